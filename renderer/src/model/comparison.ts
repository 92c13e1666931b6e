/**
 * "vs previous period" on the site page. A period still in progress is compared like for like
 * (at 10:00, today against yesterday up to 10:00; a running week against the same weekdays):
 * main's `previousTotalWh` already sums exactly that, so this only chooses the words.
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

/** The comparison for a series; `today` is the site's local date. */
export function comparisonFor(series: SiteSeries, today: string): Comparison {
  if (series.range === 'day' && series.anchor === today && series.unit === 'W') {
    return {
      previousWh: series.previousTotalWh,
      label: 'previous day at this time',
    };
  }
  return { previousWh: series.previousTotalWh, label: NAMES[series.range] };
}
