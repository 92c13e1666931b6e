/**
 * "Reconnect" beside a site whose account lost its sign-in: it leads to Connections, where the
 * account's card has the Reconnect button. The site's cached numbers stay where they are.
 */
import type { MouseEvent } from 'react';
import { Icon } from '../common/Icon';
import { t } from '../i18n/t';

/** The link; it stops the click so a portfolio row does not also open the site. */
export function ReconnectLink({ compact = false }: { compact?: boolean }) {
  return (
    <a
      href="#/connections"
      className={compact ? 'reconnect-link compact' : 'button small reconnect-link'}
      data-testid="row-reconnect"
      title={t('conn.reconnectTitle')}
      onClick={(event: MouseEvent) => event.stopPropagation()}
    >
      {compact ? t('conn.reconnect') : t('conn.reconnectAccount')}
      <Icon name="chevronRight" size={12} />
    </a>
  );
}
