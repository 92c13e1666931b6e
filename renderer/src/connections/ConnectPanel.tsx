/**
 * One provider's connect card: what connecting means and the ways to sign in, as that provider
 * declares them (providers.list), the wait while the person signs in, and what happened last
 * (cancelled, failed, sites added).
 */
import { ErrorNotice } from '../common/ErrorNotice';
import { Icon } from '../common/Icon';
import type { ProviderInfo } from '../../../shared/domain';
import type { Flow, FlowNote, SignInMethod } from './connectFlow';
import { KeyForm } from './KeyForm';
import { t } from '../i18n/t';

function Waiting({
  name,
  method,
  reconnecting,
}: {
  name: string;
  method: SignInMethod;
  reconnecting: boolean;
}) {
  return (
    <div className="connect-waiting" role="status" aria-live="polite" data-testid="connect-waiting">
      <span className="spinner" aria-hidden="true" />
      <div>
        <div className="connect-waiting-title">
          {method === 'popup'
            ? t('conn.waitPopup', { name })
            : method === 'browser'
              ? t('conn.waitBrowser', { name })
              : t('conn.waitKey', { name })}
        </div>
        <div className="muted">
          {method === 'popup'
            ? t('conn.waitPopupNote')
            : method === 'browser'
              ? t('conn.waitBrowserNote', { name })
              : t('conn.waitKeyNote', { name })}
          {reconnecting
            ? method === 'key'
              ? t('conn.waitReconnectKey')
              : t('conn.waitReconnect')
            : ''}
        </div>
      </div>
    </div>
  );
}

function Note({ note, onDismiss }: { note: FlowNote; onDismiss: () => void }) {
  switch (note.kind) {
    case 'cancelled':
      return (
        <div className="callout callout-quiet" role="status" data-testid="connect-cancelled">
          <Icon name="info" size={16} />
          <p>{t('conn.cancelled')}</p>
          <button type="button" className="button small" onClick={onDismiss}>
            {t('conn.ok')}
          </button>
        </div>
      );
    case 'error':
      return <ErrorNotice error={note.error} title={note.title} />;
    case 'saved':
      return (
        <div className="callout callout-ok" role="status" data-testid="sites-saved">
          <Icon name="check" size={16} />
          <p>
            {note.added > 0 ? (
              <>
                <strong>
                  {t('conn.added', { count: note.added, account: note.accountLabel })}
                </strong>{' '}
                {t('conn.addedRest')}
              </>
            ) : (
              <>
                <strong>{note.accountLabel}</strong> {t('conn.nowHas', { count: note.total })}
              </>
            )}
          </p>
          <button type="button" className="button small" onClick={onDismiss}>
            {t('conn.ok')}
          </button>
        </div>
      );
  }
}

/**
 * The connect card of one provider. `onConnect` starts a sign-in; `onDismiss` clears the last
 * note, which shows on the card of the provider the last flow was for (`showsNote`).
 */
export function ConnectPanel({
  provider,
  flow,
  hasConnections,
  showsNote,
  onConnect,
  onDismiss,
}: {
  provider: ProviderInfo;
  flow: Flow;
  hasConnections: boolean;
  showsNote: boolean;
  onConnect: (method: SignInMethod, key?: string) => void;
  onDismiss: () => void;
}) {
  const signingIn = flow.step === 'signing-in' && flow.provider.id === provider.id ? flow : null;
  const { id, name } = provider;
  return (
    <section className="card connect-panel" data-testid="connect-panel" data-provider={id}>
      <div className="card-header">
        <h2>
          {hasConnections ? t('conn.connectAnother', { name }) : t('conn.connectYour', { name })}
        </h2>
      </div>
      <div className="card-body connect-body">
        <p className="connect-intro">{provider.intro}</p>
        {signingIn ? (
          <Waiting
            name={name}
            method={signingIn.method}
            reconnecting={signingIn.connectionId !== null}
          />
        ) : (
          <>
            {provider.connect.includes('oauth-popup') && (
              <div className="connect-actions">
                <button
                  type="button"
                  className="button primary"
                  data-testid={`connect-${id}`}
                  disabled={flow.step !== 'idle'}
                  onClick={() => onConnect('popup')}
                >
                  {t('conn.connectButton', { name })}
                </button>
                <button
                  type="button"
                  className="link-button"
                  data-testid={`connect-${id}-browser`}
                  disabled={flow.step !== 'idle'}
                  onClick={() => onConnect('browser')}
                >
                  {t('conn.useBrowser')}
                </button>
              </div>
            )}
            {provider.connect.includes('api-key') && (
              <KeyForm
                inputId={`api-key-${id}`}
                label={t('conn.apiKey', { name })}
                submitLabel={t('conn.connectKey')}
                testId={`connect-${id}-key`}
                disabled={flow.step !== 'idle'}
                onSubmit={(key) => onConnect('key', key)}
              />
            )}
          </>
        )}
        {showsNote && flow.step === 'idle' && flow.note && (
          <Note note={flow.note} onDismiss={onDismiss} />
        )}
      </div>
    </section>
  );
}
