/**
 * The portfolio: fleet KPIs, then every site in a searchable, filterable, sortable table (the
 * sites come first: the 30-day fleet chart opens on request), grouped by tag when asked.
 */
import { useEffect, useMemo, useState } from 'react';
import type { PortfolioRow } from '../../../shared/domain';
import { capacityParts, energyParts, formatNumber, powerParts } from '../../../shared/format';
import { EmptyState } from '../common/EmptyState';
import { FleetValue } from '../economics/FleetValue';
import { ErrorNotice } from '../common/ErrorNotice';
import { KpiCard } from '../common/KpiCard';
import { Skeleton, SkeletonRows } from '../common/Skeleton';
import { useNow } from '../hooks/useNow';
import { preloadCharts } from '../charts/lazyCharts';
import { usePerformanceMark } from '../hooks/usePerformanceMark';
import { demoFleetPhrase } from '../model/demoCopy';
import { runningFrom } from '../model/fleetChart';
import { filterRows, isFiltering, NO_FILTER, tableItems } from '../model/portfolioFilter';
import { sortRows } from '../model/portfolioSort';
import { portfolioKpis } from '../model/portfolioView';
import { useAppState } from '../state/appContext';
import { usePortfolio } from '../state/portfolioContext';
import { TagDialog } from '../tags/TagDialog';
import { useSiteTags } from '../tags/tagsContext';
import { FleetChart } from './FleetChart';
import { PortfolioTable } from './PortfolioTable';
import { PortfolioToolbar } from './PortfolioToolbar';
import { useRememberedChartOpen, useRememberedFilter, useRememberedSort } from './sortMemory';
import { t } from '../i18n/t';

function LoadingPortfolio() {
  return (
    <>
      <div className="kpi-grid">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="card kpi" aria-hidden="true">
            <Skeleton width="45%" height={12} />
            <Skeleton width="60%" height={28} style={{ marginTop: 8 }} />
          </div>
        ))}
      </div>
      <section className="card">
        <div className="card-header">
          <Skeleton width={160} height={16} />
        </div>
        <table className="data-table">
          <tbody>
            <SkeletonRows rows={6} columns={6} />
          </tbody>
        </table>
      </section>
    </>
  );
}

/** The portfolio page. */
export function PortfolioPage() {
  const portfolio = usePortfolio();
  const { energyUnit, info } = useAppState();
  const now = useNow();
  const [sort, setSort] = useRememberedSort();
  const [filter, setFilter] = useRememberedFilter();
  const [chartOpen, setChartOpen] = useRememberedChartOpen();
  const [editing, setEditing] = useState<PortfolioRow | null>(null);
  const tags = useSiteTags().bySite;
  // lastValue: a reload keeps showing the previous answer instead of a skeleton.
  const data = portfolio.lastValue;
  const allRows = data?.rows;
  const sorted = useMemo(() => sortRows(allRows ?? [], sort), [allRows, sort]);
  const filtered = useMemo(() => filterRows(sorted, filter, tags), [sorted, filter, tags]);
  const items = useMemo(
    () => tableItems(filtered, filter.groupByTag, tags),
    [filtered, filter.groupByTag, tags],
  );
  usePerformanceMark('enalysis:portfolio-ready', data !== null && data.rows.length > 0);
  useEffect(() => {
    // The site charts' chunk loads while the person reads the portfolio.
    const idle = window.requestIdleCallback?.(() => void preloadCharts()) ?? 0;
    return () => window.cancelIdleCallback?.(idle);
  }, []);

  const header = (
    <header className="page-header">
      <div>
        <h1>Portfolio</h1>
        <p className="page-subtitle">
          {data
            ? `${data.rows.length} ${data.rows.length === 1 ? 'site' : 'sites'} · today in each site’s local time`
            : portfolio.error
              ? 'Sites could not be loaded.'
              : 'Loading sites…'}
        </p>
      </div>
    </header>
  );

  if (!data) {
    return (
      <div className="page">
        {header}
        {portfolio.error ? (
          <ErrorNotice error={portfolio.error} onRetry={portfolio.reload} />
        ) : (
          <LoadingPortfolio />
        )}
      </div>
    );
  }

  if (data.rows.length === 0) {
    return (
      <div className="page">
        {header}
        <section className="card">
          <EmptyState
            title="No sites yet — connect an account or turn on demo mode"
            action={
              <div className="empty-actions">
                <a className="button primary" href="#/connections" data-testid="empty-connect">
                  Connect an account
                </a>
                <a className="button" href="#/settings">
                  Open Settings
                </a>
              </div>
            }
          >
            Connect an account on the Connections page to follow your own buildings. Demo mode (in
            Settings) shows {demoFleetPhrase(info?.demoSiteCount)} with live production and needs no
            account.
          </EmptyState>
        </section>
      </div>
    );
  }

  const kpis = portfolioKpis(data);
  return (
    <div className="page">
      <div className="page-header-row">
        {header}
        <button
          type="button"
          className="button"
          aria-expanded={chartOpen}
          aria-controls="fleet-chart"
          data-testid="fleet-chart-toggle"
          onClick={() => setChartOpen(!chartOpen)}
        >
          {chartOpen ? t('fleet.hideChart') : t('fleet.showChart')}
        </button>
      </div>
      {portfolio.error && <ErrorNotice error={portfolio.error} onRetry={portfolio.reload} />}
      <div className="kpi-grid">
        <KpiCard
          label="Fleet energy today"
          quantity={energyParts(kpis.todayWh, energyUnit)}
          testId="kpi-today"
          rawValue={kpis.todayWh}
          foot={`across ${kpis.siteCount} sites`}
        />
        <KpiCard
          label="Current power"
          quantity={powerParts(kpis.currentW, energyUnit)}
          testId="kpi-current"
          rawValue={kpis.currentW}
          foot={
            kpis.utilisation === null
              ? undefined
              : `${formatNumber(kpis.utilisation * 100, 0)} % of capacity`
          }
        />
        <KpiCard
          label="Installed capacity"
          quantity={capacityParts(kpis.capacityW)}
          testId="kpi-capacity"
          rawValue={kpis.capacityW}
          foot="peak, all sites"
        />
        <KpiCard
          label="Sites needing attention"
          quantity={{ value: String(kpis.attentionCount), unit: '' }}
          testId="kpi-attention"
          rawValue={kpis.attentionCount}
          tone={kpis.attentionCount > 0 ? 'attention' : undefined}
          foot={kpis.attentionCount > 0 ? 'faults, warnings or stale data' : 'all sites normal'}
        />
      </div>
      {chartOpen && (
        <section className="card" id="fleet-chart" aria-labelledby="fleet-chart-heading">
          <div className="card-header">
            <h2 id="fleet-chart-heading">Fleet energy, last 30 days</h2>
            <span className="hint">sum of each site’s local days</span>
          </div>
          <div className="card-body chart-body">
            <FleetChart
              days={data.fleetDaily}
              unit={energyUnit}
              runningFrom={runningFrom(data.rows)}
            />
            <FleetValue days={data.fleetDaily} />
          </div>
        </section>
      )}
      <section className="card sites-card" aria-labelledby="sites-heading">
        <div className="card-header sites-header">
          <h2 id="sites-heading">{t('fleet.sitesHeading')}</h2>
          <PortfolioToolbar
            rows={data.rows}
            shown={filtered.length}
            filter={filter}
            onChange={setFilter}
          />
        </div>
        {items.length === 0 ? (
          <EmptyState
            title={t('fleet.noMatchTitle')}
            action={
              <button
                type="button"
                className="button"
                onClick={() => setFilter({ ...NO_FILTER, groupByTag: filter.groupByTag })}
              >
                {t('fleet.showAll')}
              </button>
            }
          >
            {isFiltering(filter) ? t('fleet.noMatchBody') : t('fleet.noSites')}
          </EmptyState>
        ) : (
          <PortfolioTable
            items={items}
            allRows={data.rows}
            tags={tags}
            now={now}
            unit={energyUnit}
            sort={sort}
            onSortChange={setSort}
            onEditTags={setEditing}
          />
        )}
      </section>
      {editing && (
        <TagDialog
          siteId={editing.site.id}
          siteName={editing.site.name}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
