/** What an empty portfolio says: how to get sites in, not a blank table. */
import type { ReactNode } from 'react';
import { Icon } from './Icon';

/** A centred message with an optional action. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="empty" data-testid="empty-state">
      <Icon name="sun" size={32} />
      <h2>{title}</h2>
      {children && <p>{children}</p>}
      {action}
    </div>
  );
}
