import type { ReactNode } from 'react';
import { cx } from '../cx.ts';

export interface CardProps {
  title?: string;
  /** Heading level of the title; 2 by default. */
  level?: 2 | 3;
  className?: string;
  children: ReactNode;
}

export function Card({ title, level = 2, className, children }: CardProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={cx('card', className)}>
      {title ? <Heading className="card-title">{title}</Heading> : null}
      {children}
    </section>
  );
}
