/**
 * Honesty banners above every page: demo data, offline with cached data, a rebuilt cache.
 * They stack in a fixed order and never cover content.
 */
import { Icon } from '../common/Icon';
import { useAppState } from '../state/appContext';
import { UpdateBanner } from './UpdateBanner';

const lastSyncFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** When the cached data was fetched, in the user's own clock ("Tue 14 Oct, 14:05"). */
function cachedFrom(lastRunAt: number | null): string {
  return lastRunAt === null ? 'the last sync' : lastSyncFormat.format(new Date(lastRunAt * 1000));
}

/** The demo label: on screen whenever the app runs the simulated fleet. */
export function DemoBanner() {
  return (
    <div className="banner banner-demo" data-testid="demo-label" role="note">
      <span className="demo-badge">DEMO</span>
      <span>
        <strong>Demo data — simulated buildings.</strong> Connect an account to see your own sites.
      </span>
    </div>
  );
}

/** All banners that apply right now. */
export function Banners() {
  const { info, sync, online } = useAppState();
  return (
    <div className="banners">
      <UpdateBanner />
      {info?.mode === 'demo' && <DemoBanner />}
      {!online && (
        <div className="banner banner-offline" data-testid="offline-banner" role="status">
          <Icon name="offline" />
          <span>
            <strong>You’re offline.</strong> Showing cached data from{' '}
            {cachedFrom(sync?.lastRunAt ?? null)}; it will refresh when the connection returns.
          </span>
        </div>
      )}
      {info?.cacheNotice && (
        <div className="banner banner-notice" data-testid="cache-notice" role="status">
          <Icon name="info" />
          <span>{info.cacheNotice}</span>
        </div>
      )}
    </div>
  );
}
