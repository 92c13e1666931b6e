/**
 * Every site in one sortable table, windowed so 1,000 sites stay fast: only the lines near the
 * window are in the DOM, aria-rowcount and aria-rowindex tell assistive technology the whole
 * size, and the lines are ONE Tab stop that arrow keys, Page Up/Down, Home and End move through.
 * Cells carry raw values for E2E tests.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { PortfolioRow } from '../../../shared/domain';
import {
  columnFormatter,
  energyScale,
  powerScale,
  type EnergyUnitPreference,
} from '../../../shared/format';
import type { TableItem, TagsBySite } from '../model/portfolioFilter';
import { nextSort, type SortKey, type SortState } from '../model/portfolioSort';
import { rowKeyTarget } from '../model/virtualRows';
import { COLUMN_COUNT, GroupRow, SiteRow, type ColumnFormats } from './SiteRow';
import { SortHeader } from './SortHeader';
import { useVirtualRows } from './useVirtualRows';
import { t } from '../i18n/t';

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

function Spacer({ lines, height }: { lines: number; height: number }) {
  if (lines <= 0) return null;
  return (
    <tr className="spacer-row" aria-hidden="true">
      <td colSpan={COLUMN_COUNT} style={{ height: lines * height }} />
    </tr>
  );
}

/** The portfolio table over already filtered, sorted and grouped lines. */
export function PortfolioTable({
  items,
  allRows,
  tags,
  now,
  unit,
  sort,
  onSortChange,
  onEditTags,
}: {
  items: readonly TableItem[];
  /** Every site of the fleet: units are chosen for the fleet, so a filter does not change them. */
  allRows: readonly PortfolioRow[];
  tags: TagsBySite;
  now: number;
  unit: EnergyUnitPreference;
  sort: SortState;
  onSortChange: (sort: SortState) => void;
  onEditTags?: (row: PortfolioRow) => void;
}) {
  const formats = useMemo(() => columnFormats(allRows, unit), [allRows, unit]);
  const { bodyRef, range, rowHeight, pageRows, reveal } = useVirtualRows(items.length);
  // Lines that hold a site, by place: keys move between them and skip group headings.
  const siteLines = useMemo(
    () => items.flatMap((item, index) => (item.kind === 'site' ? [index] : [])),
    [items],
  );
  const [active, setActive] = useState<string | null>(null);
  const pendingFocus = useRef<number | null>(null);
  const activeIndex = items.findIndex((item) => item.key === active);
  // The Tab stop: the active line if it is rendered, else the first rendered site line.
  const stop =
    activeIndex >= range.start && activeIndex < range.end
      ? activeIndex
      : (siteLines.find((i) => i >= range.start && i < range.end) ?? -1);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableSectionElement>) => {
      const line = (event.target as HTMLElement).closest('tr[data-index]');
      if (!line) return;
      const from = siteLines.indexOf(Number(line.getAttribute('data-index')));
      const to = rowKeyTarget(event.key, Math.max(0, from), siteLines.length, pageRows);
      if (to === null) return;
      event.preventDefault();
      const index = siteLines[to] ?? 0;
      pendingFocus.current = index;
      setActive(items[index]?.key ?? null);
      reveal(index);
    },
    [siteLines, pageRows, items, reveal],
  );

  const body = useRef<HTMLTableSectionElement | null>(null);
  const setBody = useCallback(
    (element: HTMLTableSectionElement | null) => {
      body.current = element;
      bodyRef(element);
    },
    [bodyRef],
  );
  // After a key moved the stop: focus that line's name and scroll it into view.
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const line = body.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (!line) return;
    pendingFocus.current = null;
    line.querySelector<HTMLElement>('a.site-name')?.focus({ preventScroll: true });
    line.scrollIntoView({ block: 'nearest' });
  });

  const onSort = (key: SortKey) => onSortChange(nextSort(sort, key));
  const header = { sort, onSort };
  const shown = items.slice(range.start, range.end);
  return (
    <table
      className="data-table portfolio-table"
      data-testid="portfolio-table"
      aria-rowcount={items.length + 1}
    >
      <colgroup>
        {/* Shares, not pixels: the table reads the same at 1280 and 1920 wide. */}
        {/* Status fits its longest pill, "Needs reconnect", at 1280 wide. */}
        <col style={{ width: '24%' }} />
        <col style={{ width: '15.5%' }} />
        <col style={{ width: '8.5%' }} />
        <col style={{ width: '7.5%' }} />
        <col style={{ width: '11%' }} />
        <col style={{ width: '10%' }} />
        <col style={{ width: '11.5%' }} />
        <col style={{ width: '12%' }} />
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
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
      <tbody
        ref={setBody}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const line = (event.target as HTMLElement).closest('tr[data-index]');
          const item = line ? items[Number(line.getAttribute('data-index'))] : undefined;
          if (item) setActive(item.key);
        }}
      >
        <Spacer lines={range.start} height={rowHeight} />
        {shown.map((item, offset) => {
          const index = range.start + offset;
          return item.kind === 'group' ? (
            <GroupRow key={item.key} tag={item.tag} count={item.count} index={index} />
          ) : (
            <SiteRow
              key={item.key}
              row={item.row}
              index={index}
              now={now}
              formats={formats}
              tags={tags.get(item.row.site.id)}
              tabbable={index === stop}
              onEditTags={onEditTags}
            />
          );
        })}
        <Spacer lines={items.length - range.end} height={rowHeight} />
      </tbody>
    </table>
  );
}
