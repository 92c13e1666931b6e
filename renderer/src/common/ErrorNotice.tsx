/**
 * The one way an error looks anywhere in the app: what failed, main's own message (it is written
 * for people), and a retry when the caller can offer one.
 */
import type { IpcError } from '../../../shared/contract';
import { Icon } from './Icon';
import { t } from '../i18n/t';

/** Shows an IpcError with an optional retry button. */
export function ErrorNotice({
  error,
  onRetry,
  title,
}: {
  error: IpcError;
  onRetry?: () => void;
  title?: string;
}) {
  return (
    <div className="notice" role="alert" data-testid="error-notice" data-code={error.code}>
      <Icon name="alert" size={18} />
      <div>
        <div className="notice-title">{title ?? t(`error.${error.code}`)}</div>
        <div className="notice-text" data-testid="error-message">
          {error.message}
        </div>
      </div>
      {onRetry && (
        <button type="button" className="button small" onClick={onRetry}>
          {t('error.tryAgain')}
        </button>
      )}
    </div>
  );
}
