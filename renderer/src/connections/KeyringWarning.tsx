/** The plain warning shown (Connections, Settings) when saved sign-ins have no OS keyring behind them. */
import { Icon } from '../common/Icon';
import { KEYRING_WARNING } from './connectionView';

/** The warning box. */
export function KeyringWarning() {
  return (
    <div className="callout callout-warn" role="note" data-testid="keyring-warning">
      <Icon name="alert" size={16} />
      <p>{KEYRING_WARNING}</p>
    </div>
  );
}
