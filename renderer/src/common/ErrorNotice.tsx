/**
 * The one way an error looks anywhere in the app: what failed, main's own message (it is written
 * for people), and a retry when the caller can offer one.
 */
import type { IpcError } from '../../../shared/contract';
import { Icon } from './Icon';

const TITLES: Record<IpcError['code'], string> = {
  invalid_request: 'That request was not accepted',
  unknown_channel: 'This version of the app cannot do that',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  unavailable: 'Temporarily unavailable',
  needs_reauth: 'The account needs to be reconnected',
  cancelled: 'Cancelled',
  internal: 'Something went wrong',
};

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
        <div className="notice-title">{title ?? TITLES[error.code]}</div>
        <div className="notice-text" data-testid="error-message">
          {error.message}
        </div>
      </div>
      {onRetry && (
        <button type="button" className="button small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
