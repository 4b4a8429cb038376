import { type ReactNode, useEffect, useRef } from 'react';
import { cx } from '../cx.ts';
import { focusHeadingIfFocusLost } from './focus.ts';
import { documentTitle, useShell } from './ShellContext.ts';

export interface PageProps {
  title: string;
  /** A short line above the title, e.g. the trust or centre name. */
  caption?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  narrow?: boolean;
  children?: ReactNode;
}

/** One screen: sets the document title and renders the single h1, focusable for route changes. */
export function Page({ title, caption, description, actions, narrow, children }: PageProps) {
  const { area } = useShell();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = documentTitle(title, area);
  }, [title, area]);

  useEffect(() => {
    focusHeadingIfFocusLost(heading.current);
  }, []);

  return (
    <div className={cx('stack', narrow && 'page-narrow')}>
      <div className="page-header">
        <div>
          {caption ? <span className="page-caption">{caption}</span> : null}
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {description ? <p className="page-description">{description}</p> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {children}
    </div>
  );
}
