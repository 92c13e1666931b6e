/** Every site in one sortable table; a row opens its site. Cells carry raw values for E2E tests. */
import { memo, useMemo } from 'react';
import type { PortfolioRow } from '../../../shared/domain';
import {
  columnFormatter,
  energyScale,
  formatCapacity,
  formatNumber,
  powerScale,
  type EnergyUnitPreference,
} from '../../../shared/format';
import { Freshness } from '../common/Freshness';
import { ReconnectLink } from '../connections/ReconnectLink';
import { StatusPill } from '../common/StatusPill';
import { navigate } from '../hooks/useHashRoute';
import { nextSort, sortRows, type SortKey, type SortState } from '../model/portfolioSort';
import { siteHref } from '../model/route';
import { SortHeader } from './SortHeader';
import { VsExpectedCell } from './VsExpectedCell';
import { Sparkline } from './Sparkline';
import { t } from '../i18n/t';

/** One unit and decimal count per numeric column, so the figures line up. */
interface ColumnFormats {
  energyUnit: string;
  powerUnit: string;
  energy: (wh: number) => string;
  power: (w: number) => string;
}

function columnFormats(rows: readonly PortfolioRow[], unit: EnergyUnitPreference): ColumnFormats {
  let maxWh = 0;
  let maxW = 0;
  for (const r of rows) {
    maxWh = Math.max(maxWh, r.todayWh);
    maxW = Math.max(maxW, r.currentW);
  }
  const energy = energyScale(maxWh, unit);
  const power = powerScale(maxW, unit);
  return {
    energyUnit: energy.unit,
    powerUnit: power.unit,
    energy: columnFormatter(energy, maxWh),
    power: columnFormatter(power, maxW),
  };
}

const SiteRow = memo(function SiteRow({
  row,
  now,
  formats,
}: {
  row: PortfolioRow;
  now: number;
  formats: ColumnFormats;
}) {
  const href = siteHref(row.site.id);
  return (
    <tr
      className="clickable"
      data-testid="site-row"
      data-site-id={row.site.id}
      data-stale={row.stale || undefined}
      onClick={() => navigate(href)}
    >
      <td className="site-cell">
        <a href={href} className="site-name">
          {row.site.name}
        </a>
        <div className="site-place">
          {row.site.city}
          {row.site.country ? `, ${row.site.country}` : ''}
          <span className="num"> · {formatCapacity(row.site.capacityW)}</span>
        </div>
      </td>
      <td data-testid="status" data-value={row.site.status}>
        <StatusPill status={row.site.status} detail={row.site.statusDetail} />
        {row.site.status === 'needs_reauth' && <ReconnectLink compact />}
      </td>
      <td className="numeric num" data-testid="today-energy" data-value={row.todayWh}>
        {formats.energy(row.todayWh)}
      </td>
      <td className="numeric num" data-testid="current-power" data-value={row.currentW}>
        {formats.power(row.currentW)}
      </td>
      <td className="numeric num" data-testid="specific-yield" data-value={row.specificYield}>
        {formatNumber(row.specificYield, 2)}
      </td>
      <VsExpectedCell value={row.vsExpected} />
      <td className="spark-cell">
        <Sparkline values={row.sparkline} capacityW={row.site.capacityW} />
      </td>
      <td
        className="numeric updated-cell"
        data-testid="updated"
        data-value={row.lastIntervalAt ?? ''}
        data-stale={row.stale}
      >
        <Freshness at={row.lastIntervalAt} now={now} stale={row.stale} short />
      </td>
    </tr>
  );
});

/** The portfolio table. */
export function PortfolioTable({
  rows,
  now,
  unit,
  sort,
  onSortChange,
}: {
  rows: readonly PortfolioRow[];
  now: number;
  unit: EnergyUnitPreference;
  sort: SortState;
  onSortChange: (sort: SortState) => void;
}) {
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const formats = useMemo(() => columnFormats(rows, unit), [rows, unit]);
  const onSort = (key: SortKey) => onSortChange(nextSort(sort, key));
  const header = { sort, onSort };
  return (
    <table className="data-table portfolio-table" data-testid="portfolio-table">
      <colgroup>
        {/* Shares, not pixels: the table reads the same at 1280 and 1920 wide. */}
        {/* Status fits its longest pill, "Needs reconnect", at 1280 wide. */}
        <col style={{ width: '21%' }} />
        <col style={{ width: '16.5%' }} />
        <col style={{ width: '9%' }} />
        <col style={{ width: '8%' }} />
        <col style={{ width: '11.5%' }} />
        <col style={{ width: '10%' }} />
        <col style={{ width: '11%' }} />
        <col style={{ width: '13%' }} />
      </colgroup>
      <thead>
        <tr>
          <SortHeader label={t('portfolio.colSite')} sortKey="name" {...header} />
          <SortHeader label={t('portfolio.colStatus')} sortKey="status" {...header} />
          <SortHeader
            label={t('portfolio.colToday')}
            unit={formats.energyUnit}
            sortKey="todayWh"
            numeric
            {...header}
          />
          <SortHeader
            label={t('portfolio.colNow')}
            unit={formats.powerUnit}
            sortKey="currentW"
            numeric
            {...header}
          />
          <SortHeader
            label={t('portfolio.colYield')}
            unit="kWh/kWp"
            sortKey="specificYield"
            numeric
            {...header}
          />
          <SortHeader
            label={t('portfolio.colVsExpected')}
            unit="%"
            sortKey="vsExpected"
            numeric
            title={t('portfolio.colVsExpectedTitle')}
            {...header}
          />
          <th scope="col" className="spark-cell">
            {t('portfolio.colCurve')}
          </th>
          <SortHeader label={t('portfolio.colUpdated')} sortKey="updated" numeric {...header} />
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <SiteRow key={row.site.id} row={row} now={now} formats={formats} />
        ))}
      </tbody>
    </table>
  );
}
