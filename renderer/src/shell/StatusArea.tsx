/** Sync status in the sidebar's foot: what the scheduler does, when it last ran, refresh now. */
import { useState } from 'react';
import type { IpcError } from '../../../shared/contract';
import { formatAgo } from '../i18n/relative';
import { Icon } from '../common/Icon';
import { useNow } from '../hooks/useNow';
import { useAppState } from '../state/appContext';
import { t } from '../i18n/t';
import { syncExplanation } from '../model/syncExplanation';

/** The status area. */
export function StatusArea() {
  const { sync, online, refreshNow, updateSettings } = useAppState();
  const now = useNow();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  const onRefresh = async () => {
    setBusy(true);
    setError(null);
    setError(await refreshNow());
    setBusy(false);
  };
  const onResume = async () => {
    setError(null);
    const result = await updateSettings({ refreshPaused: false });
    if (!result.ok) setError(result.error);
  };

  const running = busy || sync?.running === true;
  const paused = sync?.paused === true;
  const progress = sync?.progress;
  const line = !online
    ? t('status.offline')
    : paused
      ? t('status.paused')
      : running
        ? t('status.syncing')
        : t('status.online');
  return (
    <div className="status-area" data-testid="sync-status" aria-live="polite">
      <div className="status-line">
        <span
          className={`dot ${online && !paused ? 'dot-normal' : 'dot-offline'}`}
          aria-hidden="true"
        />
        <span data-testid="sync-state">{line}</span>
        {running && progress && (
          <span className="num muted">
            {progress.done}/{progress.total}
          </span>
        )}
      </div>
      {sync && <div data-testid="sync-explanation">{syncExplanation(sync)}</div>}
      {sync && (
        <div className="num" data-testid="sync-last-run" data-value={sync.lastRunAt ?? ''}>
          {t('status.lastUpdate', { ago: formatAgo(sync.lastRunAt, now) })}
        </div>
      )}
      {sync?.lastError && <div className="stale-mark">{sync.lastError}</div>}
      {error && <div className="stale-mark">{error.message}</div>}
      {paused ? (
        // Paused from the tray or before a restart: resuming must not need the tray.
        <button
          type="button"
          className="button small refresh-button"
          onClick={() => void onResume()}
          data-testid="resume-refresh"
        >
          <Icon name="refresh" size={14} />
          {t('status.resume')}
        </button>
      ) : (
        <button
          type="button"
          className="button small refresh-button"
          onClick={() => void onRefresh()}
          disabled={running || !online}
          data-testid="refresh-now"
        >
          <Icon name="refresh" size={14} />
          {t('status.refreshNow')}
        </button>
      )}
    </div>
  );
}
