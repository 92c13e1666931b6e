/** Site header: name, place, size, zone, freshness, status (with its detail), and the KPI row. */
import type { SiteDetail } from '../../../shared/domain';
import {
  formatCapacity,
  formatLocalDate,
  formatNumber,
  specificYieldOf,
  type EnergyUnitPreference,
} from '../../../shared/format';
import { Freshness } from '../common/Freshness';
import { Icon } from '../common/Icon';
import { KpiCard } from '../common/KpiCard';
import { ReconnectLink } from '../connections/ReconnectLink';
import { StatusPill } from '../common/StatusPill';
import { lifetimeCoverage } from '../model/lifetime';
import { daylightFacts } from '../model/night';
import { siteEnergyParts, sitePowerParts } from '../model/siteUnits';
import { SiteTags } from '../tags/SiteTags';
import { t } from '../i18n/t';

/** The header block. */
export function SiteHeader({ detail, now }: { detail: SiteDetail; now: number }) {
  const { site } = detail;
  return (
    <header className="page-header site-header">
      <nav className="breadcrumb" aria-label={t('site.breadcrumb')}>
        <a href="#/">{t('nav.portfolio')}</a>
        <Icon name="chevronRight" size={12} />
        <span aria-current="page">{site.name}</span>
      </nav>
      <div className="site-title">
        <h1 data-testid="site-name">{site.name}</h1>
        <span data-testid="site-status" data-value={site.status}>
          <StatusPill status={site.status} detail={site.statusDetail} />
        </span>
        {site.status === 'needs_reauth' && <ReconnectLink />}
      </div>
      <p className="page-subtitle site-facts">
        <span>
          {site.city}
          {site.country ? `, ${site.country}` : ''}
        </span>
        <span className="num">{formatCapacity(site.capacityW)}</span>
        <span>{site.timeZone}</span>
        <span className="num" data-testid="site-daylight" data-night={detail.daylight.night}>
          {daylightFacts(detail.daylight, now, site.timeZone)}
        </span>
        <span data-testid="site-updated" data-value={detail.lastIntervalAt ?? ''}>
          <Freshness at={detail.lastIntervalAt} now={now} stale={detail.stale} />
        </span>
      </p>
      <SiteTags siteId={site.id} siteName={site.name} />
      {site.status !== 'normal' && site.statusDetail && (
        <p className={`status-detail status-detail-${site.status}`} data-testid="status-detail">
          <Icon name="alert" size={15} />
          {site.statusDetail}
        </p>
      )}
    </header>
  );
}

/** Today, now, lifetime and today's specific yield. */
export function SiteKpis({ detail, unit }: { detail: SiteDetail; unit: EnergyUnitPreference }) {
  const { site } = detail;
  const share = site.capacityW > 0 ? (detail.currentW / site.capacityW) * 100 : null;
  return (
    <div className="kpi-grid">
      <KpiCard
        label={t('site.kpiToday')}
        quantity={siteEnergyParts(detail.todayWh, site.capacityW, unit)}
        testId="site-today"
        rawValue={detail.todayWh}
        foot={formatLocalDate(detail.localDate)}
      />
      <KpiCard
        label={t('site.kpiPower')}
        quantity={sitePowerParts(detail.currentW, site.capacityW, unit)}
        testId="site-current"
        rawValue={detail.currentW}
        foot={
          share === null ? undefined : t('site.kpiPowerFoot', { percent: formatNumber(share, 0) })
        }
      />
      <KpiCard
        label={t('site.kpiYield')}
        quantity={{
          value: formatNumber(specificYieldOf(detail.todayWh, site.capacityW), 2),
          unit: 'kWh/kWp',
        }}
        testId="site-specific-yield"
        rawValue={specificYieldOf(detail.todayWh, site.capacityW)}
        foot={t('site.kpiYieldFoot', { capacity: formatCapacity(site.capacityW) })}
      />
      <KpiCard
        label={t('site.kpiLifetime')}
        quantity={siteEnergyParts(detail.lifetimeWh, site.capacityW, unit)}
        testId="site-lifetime"
        rawValue={detail.lifetimeWh}
        foot={lifetimeCoverage(detail.firstDate)}
      />
    </div>
  );
}
