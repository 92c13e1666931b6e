/** One site: header, KPIs, the chart with its range and period controls, devices. */
import { useState } from 'react';
import type { SeriesRange } from '../../../shared/domain';
import { SiteAlerts } from '../alerts/SiteAlerts';
import { useSiteAlerts } from '../alerts/useSiteAlerts';
import { ErrorNotice } from '../common/ErrorNotice';
import { SeriesValue, SiteEconomicsCard } from '../economics/SiteEconomics';
import { Skeleton } from '../common/Skeleton';
import { navigate } from '../hooks/useHashRoute';
import { useNow } from '../hooks/useNow';
import { shiftAnchor } from '../model/period';
import { routeHref, type Route } from '../model/route';
import { useAppState } from '../state/appContext';
import { DevicesSection } from './DevicesSection';
import { ExportCsvButton } from './ExportCsvButton';
import { RangeToolbar } from './RangeToolbar';
import { NightNotice } from './NightNotice';
import { NotFoundPage } from '../shell/NotFoundPage';
import { SeriesSummary } from './SeriesSummary';
import { SiteChart, SiteChartSkeleton } from './SiteChart';
import { SiteHeader, SiteKpis } from './SiteHeader';
import { useSiteData } from './useSiteData';

type SiteRoute = Extract<Route, { page: 'site' }>;

function LoadingSite() {
  return (
    <div className="page" aria-busy="true">
      <header className="page-header">
        <Skeleton width={120} height={12} />
        <Skeleton width={280} height={24} style={{ marginTop: 10 }} />
        <Skeleton width={360} height={14} style={{ marginTop: 10 }} />
      </header>
      <div className="kpi-grid">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="card kpi">
            <Skeleton width="45%" height={12} />
            <Skeleton width="60%" height={28} style={{ marginTop: 8 }} />
          </div>
        ))}
      </div>
      <section className="card">
        <div className="card-header chart-toolbar">
          <Skeleton width={300} height={32} />
        </div>
        <div className="card-body">
          <SiteChartSkeleton />
        </div>
      </section>
    </div>
  );
}

/** The site page for a `#/site/<id>` route. */
export function SitePage({ route }: { route: SiteRoute }) {
  const { energyUnit } = useAppState();
  const now = useNow();
  const { detail, series, anchor, lastFullDay } = useSiteData(
    route.siteId,
    route.range,
    route.anchor,
  );
  const alerts = useSiteAlerts(route.siteId);
  // Bumped when this site's prices change, so the shown savings are asked for again.
  const [ratesVersion, setRatesVersion] = useState(0);
  const site = detail.lastValue;

  if (!site) {
    if (detail.error?.code === 'not_found')
      return <NotFoundPage asked={{ kind: 'site', siteId: route.siteId }} />;
    return detail.error ? (
      <div className="page">
        <ErrorNotice error={detail.error} onRetry={detail.reload} />
      </div>
    ) : (
      <LoadingSite />
    );
  }

  const today = site.localDate;
  const current = anchor ?? today;
  const go = (range: SeriesRange, next: string | null) =>
    navigate(routeHref({ page: 'site', siteId: route.siteId, range, anchor: next }));
  // Keep the last chart on screen (dimmed) while the next range or period loads: no jump.
  // Before sunrise, with nothing yet today, the last full day stands in for an empty grid.
  const fallback = series.value ? lastFullDay.value : null;
  const shown = fallback ?? series.value ?? series.lastValue;

  return (
    <div className="page">
      <SiteHeader detail={site} now={now} />
      {detail.error && <ErrorNotice error={detail.error} onRetry={detail.reload} />}
      <SiteKpis detail={site} unit={energyUnit} />
      <section className="card">
        <div className="card-header chart-toolbar">
          <RangeToolbar
            range={route.range}
            anchor={current}
            today={today}
            firstDate={site.firstDate}
            shownFrom={series.value?.from ?? null}
            shownTo={series.value?.to ?? null}
            onRange={(range) => go(range, route.anchor)}
            onStep={(step) => go(route.range, shiftAnchor(current, route.range, step, today))}
            onToday={() => go(route.range, null)}
          />
          <ExportCsvButton
            siteName={site.site.name}
            timeZone={site.site.timeZone}
            series={series.value}
          />
        </div>
        <div className="card-body">
          {series.error ? (
            <ErrorNotice error={series.error} onRetry={series.reload} />
          ) : shown ? (
            <>
              {fallback && <NightNotice detail={site} now={now} shownDay={fallback.anchor} />}
              <SeriesSummary series={shown} today={today} unit={energyUnit} />
              <SeriesValue
                siteId={route.siteId}
                series={shown}
                today={today}
                version={String(ratesVersion)}
              />
              <SiteChart
                series={shown}
                timeZone={site.site.timeZone}
                capacityW={site.site.capacityW}
                unit={energyUnit}
                pending={series.value === null}
                alerts={alerts}
              />
            </>
          ) : (
            <SiteChartSkeleton />
          )}
        </div>
      </section>
      <SiteAlerts siteId={route.siteId} siteName={site.site.name} now={now} alerts={alerts} />
      <DevicesSection
        devices={site.devices}
        reporting={site.deviceReporting}
        now={now}
        night={site.daylight.night}
        unit={energyUnit}
      />
      <SiteEconomicsCard
        siteId={route.siteId}
        country={site.site.country}
        onSaved={() => setRatesVersion((v) => v + 1)}
      />
    </div>
  );
}
