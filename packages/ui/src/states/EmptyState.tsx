import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}

/** Says plainly that there is nothing to show yet, and what to do about it. */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="state" role="status">
      <h2 className="state-title">{title}</h2>
      {children ? <div>{children}</div> : null}
      {action ? <div className="form-actions">{action}</div> : null}
    </div>
  );
}
