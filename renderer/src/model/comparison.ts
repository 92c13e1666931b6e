/**
 * The words of "vs previous period" on the site page. Main compares like for like (only days
 * with data on both sides, the running day up to the same time, see electron/services/
 * comparison.ts); this says WHAT was compared and decides when a difference is worth a colour.
 */
import type { SiteSeries } from '../../../shared/domain';
import { changeRatio, formatChange, formatDaySpan } from '../../../shared/format';
import { t } from '../i18n/t';

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

/** Colour of a change: up, down, or neutral within ±`neutralChangeRatio`. */
export function toneOf(ratio: number | null): ComparisonView['tone'] {
  if (ratio === null || Math.abs(ratio) < neutralChangeRatio) return 'neutral';
  return ratio > 0 ? 'up' : 'down';
}

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
        ? t('site.nothingYet')
        : t('site.noPrevious', { range: series.range });
    return { label, change: null, tone: 'neutral', currentWh: null, previousWh: null };
  }
  const ratio = changeRatio(compared.currentWh, compared.previousWh);
  const change = formatChange(compared.currentWh, compared.previousWh);
  let label: string;
  if (series.range === 'day') {
    label = compared.includesToday ? t('site.vsPreviousDayNow') : t('site.vsPreviousDay');
  } else {
    const span = formatDaySpan(compared.previousFrom, compared.previousTo);
    const days = compared.days;
    label = compared.includesToday
      ? t('site.vsSpanToday', { span, days })
      : t('site.vsSpan', { span, days });
  }
  if (change === null) {
    // Nothing on the previous side (a night, a dark day): no ratio, but it is not "missing".
    return { label, change: null, tone: 'neutral', ...sides(compared) };
  }
  return { label, change, tone: toneOf(ratio), ...sides(compared) };
}
