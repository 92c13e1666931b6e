/** The plain warning shown (Connections, Settings) when saved sign-ins have no OS keyring behind them. */
import { Icon } from '../common/Icon';
import { t } from '../i18n/t';

/** The warning box. */
export function KeyringWarning() {
  return (
    <div className="callout callout-warn" role="note" data-testid="keyring-warning">
      <Icon name="alert" size={16} />
      <p>{t('conn.keyring')}</p>
    </div>
  );
}
