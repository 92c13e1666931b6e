/** What the app runs as: version, mode, data folder, sync behaviour, token protection. */
import { useAppState } from '../state/appContext';

/** The about card at the foot of Settings. */
export function AboutSection() {
  const { info, sync, settings } = useAppState();
  if (!info) return null;
  return (
    <section className="card" data-testid="about">
      <div className="card-header">
        <h2>About this installation</h2>
      </div>
      <dl className="facts">
        <dt>Version</dt>
        <dd className="num" data-testid="app-version">
          {info.version}
        </dd>
        <dt>Mode</dt>
        <dd data-testid="app-mode" data-value={info.mode}>
          {info.mode === 'demo'
            ? 'Demo — simulated buildings, no network'
            : 'Live — connected accounts'}
          {info.kiosk ? ' · kiosk' : ''}
        </dd>
        <dt>Data folder</dt>
        <dd className="mono selectable" data-testid="data-dir">
          {info.dataDir}
        </dd>
        <dt>Platform</dt>
        <dd>{info.platform}</dd>
        <dt>Sync</dt>
        <dd>
          {sync?.explanation ?? '—'}
          <div className="muted">
            Sites are refreshed on a schedule derived from each provider’s request budget; nothing
            is fetched at night or while you are offline, and cached data stays available.
          </div>
        </dd>
        <dt>Token protection</dt>
        <dd>
          {info.keyringProtected ? (
            'Account tokens are encrypted with your operating system’s keyring.'
          ) : (
            <span className="stale-mark" data-testid="token-protection">
              {settings?.rememberSignIns === false
                ? 'No OS keyring found: sign-ins are kept in memory only, until Enalysis closes.'
                : 'No OS keyring found: account tokens are stored without keyring protection.'}
            </span>
          )}
        </dd>
      </dl>
    </section>
  );
}
