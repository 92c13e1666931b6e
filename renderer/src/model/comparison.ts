/**
 * "vs previous period" on the site page. A period still in progress must be compared like for
 * like: at 10:00, today's energy against yesterday's energy up to 10:00, not yesterday's whole
 * day (which would read as −80 % every morning). Week, month and year answers from main already
 * sum the previous period over the buckets shown; a day's answer carries power per interval, so
 * the like-for-like energy is integrated here from the points' `previous` values.
 */
import type { SiteSeries } from '../../../shared/domain';

/** What the summary line compares with. */
export interface Comparison {
  previousWh: number | null;
  /** "previous day", "previous day at this time", "previous week", … */
  label: string;
}

const NAMES: Record<SiteSeries['range'], string> = {
  day: 'previous day',
  week: 'previous week',
  month: 'previous month',
  year: 'previous year',
  lifetime: 'previous period',
};

/**
 * Energy (Wh) of a power series' `previous` values, each held for the spacing between points
 * (the interval length, whether `t` marks an interval's start or its end).
 */
export function previousEnergyOfPowerPoints(points: SiteSeries['points']): number | null {
  if (points.length < 2) return null;
  let wh = 0;
  let any = false;
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    if (point.previous === null) continue;
    const step = i > 0 ? point.t - points[i - 1]!.t : points[1]!.t - point.t;
    wh += (point.previous * step) / 3600;
    any = true;
  }
  return any ? wh : null;
}

/** The comparison for a series; `today` is the site's local date. */
export function comparisonFor(series: SiteSeries, today: string): Comparison {
  if (series.range === 'day' && series.anchor === today && series.unit === 'W') {
    return {
      previousWh: previousEnergyOfPowerPoints(series.points),
      label: 'previous day at this time',
    };
  }
  return { previousWh: series.previousTotalWh, label: NAMES[series.range] };
}
