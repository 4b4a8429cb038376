import type { ReactNode } from 'react';
import type { Tone } from './Badge.tsx';

export interface MessageProps {
  tone?: Exclude<Tone, 'neutral'>;
  title?: string;
  /** `status` (polite) for news, `alert` for problems; `none` for static text. */
  live?: 'status' | 'alert' | 'none';
  children?: ReactNode;
}

/** An inline message box. Live messages are announced by screen readers when they appear. */
export function Message({ tone = 'info', title, live = 'status', children }: MessageProps) {
  const role = live === 'none' ? undefined : live;
  return (
    <div className={`message message-${tone}`} role={role}>
      {title ? <p className="message-title">{title}</p> : null}
      {children}
    </div>
  );
}
