/**
 * "Reconnect" beside a site whose account lost its sign-in: it leads to Connections, where the
 * account's card has the Reconnect button. The site's cached numbers stay where they are.
 */
import type { MouseEvent } from 'react';
import { Icon } from '../common/Icon';

/** The link; it stops the click so a portfolio row does not also open the site. */
export function ReconnectLink({ compact = false }: { compact?: boolean }) {
  return (
    <a
      href="#/connections"
      className={compact ? 'reconnect-link compact' : 'button small reconnect-link'}
      data-testid="row-reconnect"
      title="Sign in to this site’s account again to resume updates"
      onClick={(event: MouseEvent) => event.stopPropagation()}
    >
      {compact ? 'Reconnect' : 'Reconnect account'}
      <Icon name="chevronRight" size={12} />
    </a>
  );
}
