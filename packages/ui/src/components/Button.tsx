import type { ButtonHTMLAttributes } from 'react';
import { cx } from '../cx.ts';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  /** While true the button is disabled and shows `busyLabel` (if given) instead of its children. */
  busy?: boolean;
  busyLabel?: string;
}

export function Button({
  variant = 'primary',
  size = 'normal',
  busy = false,
  busyLabel,
  type = 'button',
  className,
  disabled,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={cx('button', `button-${variant}`, size === 'small' && 'button-small', className)}
      disabled={disabled || busy}
      {...rest}
    >
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
