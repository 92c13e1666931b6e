/**
 * The words of "vs previous period" on the site page. Main compares like for like (only days
 * with data on both sides, the running day up to the same time, see electron/services/
 * comparison.ts); this says WHAT was compared and decides when a difference is worth a colour.
 */
import type { SiteSeries } from '../../../shared/domain';
import { changeRatio, formatChange } from '../../../shared/format';

/**
 * Differences smaller than this (1 %) are shown without colour: day-to-day noise in metering
 * and weather, not news. Rounded figures below it read "0 %" or "±1 %" anyway.
 */
export const neutralChangeRatio = 0.01;

/** What the summary line says about the comparison. */
export interface ComparisonView {
  /** "vs previous day at this time", "vs 8 – 9 Jun 2026 · 2 days with data on both sides". */
  label: string;
  /** "+12 %", or null when there is nothing to compare with (then `label` says why). */
  change: string | null;
  tone: 'up' | 'down' | 'neutral';
  /** Both sides' energy over the compared days, when compared (null otherwise). */
  currentWh: number | null;
  previousWh: number | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(date: string): [year: string, month: string, day: number] {
  const [y = '', m = '01', d = '01'] = date.split('-');
  return [y, MONTHS[Number(m) - 1] ?? m, Number(d)];
}

/** A span of local days in words: "8 Jun 2026", "8 – 9 Jun 2026", "8 Jun – 3 Jul 2026". */
export function formatDaySpan(from: string, to: string): string {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  if (from === to) return `${d1} ${m1} ${y1}`;
  if (y1 !== y2) return `${d1} ${m1} ${y1} – ${d2} ${m2} ${y2}`;
  if (m1 !== m2) return `${d1} ${m1} – ${d2} ${m2} ${y2}`;
  return `${d1} – ${d2} ${m2} ${y2}`;
}

/** Colour of a change: up, down, or neutral within ±`neutralChangeRatio`. */
export function toneOf(ratio: number | null): ComparisonView['tone'] {
  if (ratio === null || Math.abs(ratio) < neutralChangeRatio) return 'neutral';
  return ratio > 0 ? 'up' : 'down';
}

const PERIOD: Record<SiteSeries['range'], string> = {
  day: 'previous day',
  week: 'previous week',
  month: 'previous month',
  year: 'previous year',
  lifetime: 'previous period',
};

function sides(compared: NonNullable<SiteSeries['comparison']>) {
  return { currentWh: compared.currentWh, previousWh: compared.previousWh };
}

/** The comparison line for a series; `today` is the site's local date. */
export function comparisonFor(series: SiteSeries, today: string): ComparisonView {
  const running = series.anchor === today || (series.from <= today && today <= series.to);
  const compared = series.comparison;
  if (compared === null) {
    const label =
      series.range === 'day' && running && series.totalWh === 0
        ? 'Nothing produced yet today'
        : `No ${PERIOD[series.range]} with data to compare with`;
    return { label, change: null, tone: 'neutral', currentWh: null, previousWh: null };
  }
  const ratio = changeRatio(compared.currentWh, compared.previousWh);
  const change = formatChange(compared.currentWh, compared.previousWh);
  let label: string;
  if (series.range === 'day') {
    label = compared.includesToday ? 'vs previous day at this time' : 'vs previous day';
  } else {
    const days = compared.days === 1 ? '1 day' : `${compared.days} days`;
    const cut = compared.includesToday ? ', today up to this time' : '';
    label = `vs ${formatDaySpan(compared.previousFrom, compared.previousTo)} · ${days} with data on both sides${cut}`;
  }
  if (change === null) {
    // Nothing on the previous side (a night, a dark day): no ratio, but it is not "missing".
    return { label, change: null, tone: 'neutral', ...sides(compared) };
  }
  return { label, change, tone: toneOf(ratio), ...sides(compared) };
}
