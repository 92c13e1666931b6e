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
        <h1>{t('portfolio.title')}</h1>
        <p className="page-subtitle">
          {data
            ? t('portfolio.subtitle', { count: data.rows.length })
            : portfolio.error
              ? t('portfolio.loadFailed')
              : t('portfolio.loading')}
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
            title={t('portfolio.emptyTitle')}
            action={
              <div className="empty-actions">
                <a className="button primary" href="#/connections" data-testid="empty-connect">
                  {t('portfolio.emptyConnect')}
                </a>
                <a className="button" href="#/settings">
                  {t('portfolio.emptySettings')}
                </a>
              </div>
            }
          >
            {t('portfolio.emptyBody', { fleet: demoFleetPhrase(info?.demoSiteCount) })}
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
          label={t('portfolio.kpiToday')}
          quantity={energyParts(kpis.todayWh, energyUnit)}
          testId="kpi-today"
          rawValue={kpis.todayWh}
          foot={t('portfolio.kpiTodayFoot', { count: kpis.siteCount })}
        />
        <KpiCard
          label={t('portfolio.kpiPower')}
          quantity={powerParts(kpis.currentW, energyUnit)}
          testId="kpi-current"
          rawValue={kpis.currentW}
          foot={
            kpis.utilisation === null
              ? undefined
              : t('portfolio.kpiPowerFoot', { percent: formatNumber(kpis.utilisation * 100, 0) })
          }
        />
        <KpiCard
          label={t('portfolio.kpiCapacity')}
          quantity={capacityParts(kpis.capacityW)}
          testId="kpi-capacity"
          rawValue={kpis.capacityW}
          foot={t('portfolio.kpiCapacityFoot')}
        />
        <KpiCard
          label={t('portfolio.kpiAttention')}
          quantity={{ value: String(kpis.attentionCount), unit: '' }}
          testId="kpi-attention"
          rawValue={kpis.attentionCount}
          tone={kpis.attentionCount > 0 ? 'attention' : undefined}
          foot={
            kpis.attentionCount > 0 ? t('portfolio.kpiAttentionFoot') : t('portfolio.kpiAllNormal')
          }
        />
      </div>
      {chartOpen && (
        <section className="card" id="fleet-chart" aria-labelledby="fleet-chart-heading">
          <div className="card-header">
            <h2 id="fleet-chart-heading">{t('portfolio.fleetChart')}</h2>
            <span className="hint">{t('portfolio.fleetChartHint')}</span>
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
