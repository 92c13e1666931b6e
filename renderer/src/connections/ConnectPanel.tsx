/**
 * The top of the Connections page: what connecting means, the two ways to sign in, the wait
 * while the person signs in, and what happened last (cancelled, failed, sites added).
 */
import { ErrorNotice } from '../common/ErrorNotice';
import { Icon } from '../common/Icon';
import type { Flow, FlowNote, SignInMethod } from './connectFlow';
import { countText } from './connectionView';

function Waiting({ method, reconnecting }: { method: SignInMethod; reconnecting: boolean }) {
  return (
    <div className="connect-waiting" role="status" aria-live="polite" data-testid="connect-waiting">
      <span className="spinner" aria-hidden="true" />
      <div>
        <div className="connect-waiting-title">
          {method === 'popup'
            ? 'Finish signing in to Enphase in the window that opened…'
            : 'Finish signing in to Enphase in your browser…'}
        </div>
        <div className="muted">
          {method === 'popup'
            ? 'Closing that window cancels; nothing is saved until you sign in.'
            : 'When Enphase has signed you in, your browser hands you back to Enalysis.'}
          {reconnecting ? ' Sign in with the same account to reconnect it.' : ''}
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
          <p>Sign-in was cancelled. Nothing was changed; connect again whenever you are ready.</p>
          <button type="button" className="button small" onClick={onDismiss}>
            OK
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
                  {countText(note.added, 'site')} added from {note.accountLabel}.
                </strong>{' '}
                Their history is downloading in the background; they fill in on the Portfolio over
                the next minutes.
              </>
            ) : (
              <>
                <strong>{note.accountLabel}</strong> now has {countText(note.total, 'site')}.
              </>
            )}
          </p>
          <button type="button" className="button small" onClick={onDismiss}>
            OK
          </button>
        </div>
      );
  }
}

/** The connect card. `onConnect` starts a sign-in; `onDismiss` clears the last note. */
export function ConnectPanel({
  flow,
  hasConnections,
  onConnect,
  onDismiss,
}: {
  flow: Flow;
  hasConnections: boolean;
  onConnect: (method: SignInMethod) => void;
  onDismiss: () => void;
}) {
  const signingIn = flow.step === 'signing-in' ? flow : null;
  return (
    <section className="card connect-panel" data-testid="connect-panel">
      <div className="card-header">
        <h2>{hasConnections ? 'Connect another account' : 'Connect your Enphase account'}</h2>
      </div>
      <div className="card-body connect-body">
        <p className="connect-intro">
          Sign in with your own Enphase account and choose which of its systems to follow. You sign
          in on Enphase’s own page: Enalysis never sees your password, and the access it receives
          stays encrypted on this computer.
        </p>
        {signingIn ? (
          <Waiting method={signingIn.method} reconnecting={signingIn.connectionId !== null} />
        ) : (
          <div className="connect-actions">
            <button
              type="button"
              className="button primary"
              data-testid="connect-enphase"
              disabled={flow.step !== 'idle'}
              onClick={() => onConnect('popup')}
            >
              Connect Enphase
            </button>
            <button
              type="button"
              className="link-button"
              data-testid="connect-enphase-browser"
              disabled={flow.step !== 'idle'}
              onClick={() => onConnect('browser')}
            >
              Use my browser instead
            </button>
          </div>
        )}
        {flow.step === 'idle' && flow.note && <Note note={flow.note} onDismiss={onDismiss} />}
      </div>
    </section>
  );
}
