/** The portfolio page's headline figures, derived from one `portfolio.get` answer. */
import type { Portfolio } from '../../../shared/domain';
import { needsAttention } from './status';

/** The four KPI cards on top of the portfolio. */
export interface PortfolioKpis {
  todayWh: number;
  currentW: number;
  capacityW: number;
  siteCount: number;
  attentionCount: number;
  /** Current fleet output as a share of installed capacity (0..1), null without capacity. */
  utilisation: number | null;
  /** The most recent interval any site reported, for the status line. */
  lastIntervalAt: number | null;
}

/** Totals as main computed them, plus what the UI derives (sites needing attention). */
export function portfolioKpis(portfolio: Portfolio): PortfolioKpis {
  const { rows, totals } = portfolio;
  let last: number | null = null;
  for (const row of rows) {
    if (row.lastIntervalAt !== null && (last === null || row.lastIntervalAt > last)) {
      last = row.lastIntervalAt;
    }
  }
  return {
    todayWh: totals.todayWh,
    currentW: totals.currentW,
    capacityW: totals.capacityW,
    siteCount: rows.length,
    attentionCount: rows.filter((r) => needsAttention(r.site.status, r.stale)).length,
    utilisation: totals.capacityW > 0 ? totals.currentW / totals.capacityW : null,
    lastIntervalAt: last,
  };
}
