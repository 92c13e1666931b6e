/**
 * Honesty banners above every page: demo data, offline with cached data, a rebuilt cache.
 * They stack in a fixed order and never cover content.
 */
import { Icon } from '../common/Icon';
import { useAppState } from '../state/appContext';
import { UpdateBanner } from './UpdateBanner';
import { formatInstant } from '../../../shared/format';
import { t } from '../i18n/t';

/** When the cached data was fetched, in the user's own clock ("Tue 14 Oct, 14:05"). */
function cachedFrom(lastRunAt: number | null): string {
  return lastRunAt === null ? t('banner.lastSync') : formatInstant(lastRunAt);
}

/** The demo label: on screen whenever the app runs the simulated fleet. */
export function DemoBanner() {
  return (
    <div className="banner banner-demo" data-testid="demo-label" role="note">
      <span className="demo-badge">{t('nav.demoBadge')}</span>
      <span>
        <strong>{t('banner.demoStrong')}</strong> {t('banner.demoRest')}
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
            <strong>{t('banner.offlineStrong')}</strong>{' '}
            {t('banner.offlineRest', { time: cachedFrom(sync?.lastRunAt ?? null) })}
          </span>
        </div>
      )}
      {info?.cacheNotice && (
        <div className="banner banner-notice" data-testid="cache-notice" role="status">
          <Icon name="info" />
          <span>{info.cacheNotice}</span>
        </div>
      )}
      {info?.settingsNotice && (
        <div className="banner banner-notice" data-testid="settings-notice" role="status">
          <Icon name="info" />
          <span>{info.settingsNotice}</span>
        </div>
      )}
    </div>
  );
}
