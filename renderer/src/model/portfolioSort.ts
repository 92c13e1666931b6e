/** Sorting of the portfolio table: pure, so the order a user sees is tested with tables. */
import type { PortfolioRow } from '../../../shared/domain';
import { STATUS_SEVERITY } from './status';

/** The sortable columns. */
export type SortKey =
  'name' | 'todayWh' | 'currentW' | 'specificYield' | 'vsExpected' | 'status' | 'updated';
/** Sort column and direction. */
export interface SortState {
  key: SortKey;
  direction: 'asc' | 'desc';
}

/** Where a fresh table starts: worst status first, so problems are seen without scrolling. */
export const DEFAULT_SORT: SortState = { key: 'status', direction: 'desc' };

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareBy(key: SortKey, a: PortfolioRow, b: PortfolioRow): number {
  switch (key) {
    case 'name':
      return collator.compare(a.site.name, b.site.name);
    case 'todayWh':
      return a.todayWh - b.todayWh;
    case 'currentW':
      return a.currentW - b.currentW;
    case 'specificYield':
      return a.specificYield - b.specificYield;
    case 'vsExpected':
      // No honest figure sorts below every figure.
      return (a.vsExpected.index ?? -1) - (b.vsExpected.index ?? -1);
    case 'status':
      // Stale data counts as a little worse than fresh data of the same status.
      return (
        STATUS_SEVERITY[a.site.status] - STATUS_SEVERITY[b.site.status] ||
        Number(a.stale) - Number(b.stale)
      );
    case 'updated':
      // Never updated sorts as the oldest.
      return (a.lastIntervalAt ?? -1) - (b.lastIntervalAt ?? -1);
  }
}

/** A sorted copy; ties are broken by name (A→Z) then id, so the order never jumps on refresh. */
export function sortRows(rows: readonly PortfolioRow[], sort: SortState): PortfolioRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * compareBy(sort.key, a, b) ||
      collator.compare(a.site.name, b.site.name) ||
      (a.site.id < b.site.id ? -1 : a.site.id > b.site.id ? 1 : 0),
  );
}

/**
 * The sort after clicking a column header: the same column flips direction; a new column starts
 * with its natural direction (names A→Z, numbers and severity largest first).
 */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) {
    return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { key, direction: key === 'name' ? 'asc' : 'desc' };
}
