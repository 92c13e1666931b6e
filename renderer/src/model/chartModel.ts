/**
 * Maps a `site.series` answer onto what the chart draws: one unit for the whole chart, labels
 * for ticks and tooltips, points reduced to what the pixels can show, and whether to animate.
 */
import { lttb, minMaxPerBucket } from '../../../shared/downsample';
import type { SeriesRange, SiteSeries } from '../../../shared/domain';
import { addDays, addMonths } from '../../../shared/time';
import {
  energyScale,
  formatBucketLabel,
  powerScale,
  type EnergyUnitPreference,
  type Scale,
} from '../../../shared/format';
import { t } from '../i18n/t';

/** One drawn point, already divided into the chart's unit. */
export interface ChartDatum {
  label: string;
  /** Bucket start (epoch seconds): the day chart's x, so gaps and DST days keep true spacing. */
  t: number;
  tick: string;
  tooltipLabel: string;
  /** Null for a bucket still in the future (drawn as an empty slot). */
  value: number | null;
  previous: number | null;
  /** Raw W or Wh, for exact tooltips; null in the future. */
  rawValue: number | null;
  rawPrevious: number | null;
  /** The clear-sky expectation in the chart's unit, and raw (null where there is none). */
  expected: number | null;
  rawExpected: number | null;
  /** Performance index of an energy bucket: value ÷ expected (null without an expectation). */
  index: number | null;
}

/** Everything a site chart needs to draw one series. */
export interface ChartModel {
  kind: 'area' | 'bars';
  range: SeriesRange;
  scale: Scale;
  data: ChartDatum[];
  /** Points before reduction for the screen (the series may already be reduced by main). */
  sourcePoints: number;
  /** Points actually drawn (without the empty future slots). */
  shownPoints: number;
  hasPrevious: boolean;
  hasExpected: boolean;
  /** Animation only for short series: long ones would spend the frame budget on tweening. */
  animate: boolean;
  /** Y-axis top for a day with no production yet (night): the site's capacity, not "0–4 W". */
  emptyAxisMax: number | null;
}

/** Above this many points a chart is drawn without animation. */
export const ANIMATION_POINT_LIMIT = 60;
/** Narrowest bar worth drawing, in pixels; more bars than fit get bucketed. */
const MIN_BAR_PX = 3;

function downsampleFor<T extends { t: number; value: number }>(
  kind: ChartModel['kind'],
  points: readonly T[],
  widthPx: number,
): T[] {
  if (widthPx <= 0) return points.slice();
  if (kind === 'area') {
    // A line needs no more than one point per pixel column.
    return points.length > widthPx
      ? lttb(
          points,
          widthPx,
          (p) => p.t,
          (p) => p.value,
        )
      : points.slice();
  }
  const slots = Math.floor(widthPx / MIN_BAR_PX);
  return points.length > slots
    ? minMaxPerBucket(
        points,
        Math.max(1, Math.floor(slots / 2)),
        (p) => p.t,
        (p) => p.value,
      )
    : points.slice();
}

/**
 * Labels of the buckets a period still has ahead of it (main sends points up to today only), so a
 * week always shows seven slots and a month its every day: the bars keep their width and place.
 */
export function futureLabels(
  series: Pick<SiteSeries, 'range' | 'from' | 'to' | 'points'>,
): string[] {
  const last = series.points.at(-1)?.label;
  const out: string[] = [];
  if (series.range === 'week' || series.range === 'month') {
    const start = last ? addDays(last, 1) : series.from;
    for (let day = start; day <= series.to && out.length < 31; day = addDays(day, 1)) out.push(day);
  } else if (series.range === 'year') {
    const start = last ? addMonths(`${last}-01`, 1) : series.from;
    for (let month = start; month <= series.to && out.length < 12; month = addMonths(month, 1)) {
      out.push(month.slice(0, 7));
    }
  }
  return out;
}

/**
 * Builds the chart model of a series drawn `widthPx` wide (0 when not measured yet). A power
 * chart takes its unit from the site's `capacityW` as well, so a dawn reading of 800 W still
 * reads in kW like the rest of the site's day.
 */
export function buildChartModel(
  series: SiteSeries,
  widthPx: number,
  preference: EnergyUnitPreference,
  capacityW = 0,
): ChartModel {
  const kind = series.range === 'day' ? 'area' : 'bars';
  let max = 0;
  for (const p of series.points) max = Math.max(max, p.value, p.previous ?? 0, p.expected ?? 0);
  const scale =
    series.unit === 'W'
      ? powerScale(Math.max(max, capacityW), preference)
      : energyScale(max, preference);
  const shown = downsampleFor(kind, series.points, widthPx);
  const data: ChartDatum[] = shown.map((p): ChartDatum => ({
    label: p.label,
    t: p.t,
    tick: formatBucketLabel(p.label, series.range),
    tooltipLabel: formatBucketLabel(p.label, series.range, true),
    value: p.value / scale.factor,
    previous: p.previous === null ? null : p.previous / scale.factor,
    rawValue: p.value,
    rawPrevious: p.previous,
    expected: p.expected === undefined ? null : p.expected / scale.factor,
    rawExpected: p.expected ?? null,
    index: indexOf(p.value, p.expected, series.unit, capacityW),
  }));
  const lastT = shown.at(-1)?.t ?? 0;
  for (const [i, label] of futureLabels(series).entries()) {
    data.push({
      label,
      // Not drawn by bar charts (they place by label); kept increasing for consistency.
      t: lastT + (i + 1) * 86_400,
      tick: formatBucketLabel(label, series.range),
      tooltipLabel: formatBucketLabel(label, series.range, true),
      value: null,
      previous: null,
      rawValue: null,
      rawPrevious: null,
      expected: null,
      rawExpected: null,
      index: null,
    });
  }
  return {
    kind,
    range: series.range,
    scale,
    data,
    sourcePoints: series.downsampledFrom ?? series.points.length,
    shownPoints: shown.length,
    hasPrevious: series.points.some((p) => p.previous !== null),
    hasExpected: series.points.some((p) => p.expected !== undefined),
    animate: shown.length <= ANIMATION_POINT_LIMIT,
    emptyAxisMax:
      series.unit === 'W' && max === 0 && capacityW > 0 ? capacityW / scale.factor : null,
  };
}

/**
 * Below this expectation a day's index is noise (a polar-winter day, a day that has just begun):
 * no index rather than a confident wrong one. Wh, and Wh per W installed (kWh/kWp).
 */
export const MIN_INDEX_EXPECTED_WH = 100;
export const MIN_INDEX_EXPECTED_WH_PER_W = 0.05;

/** A day's performance index, only for energy buckets with a meaningful expectation. */
export function indexOf(
  value: number,
  expected: number | undefined,
  unit: 'W' | 'Wh',
  capacityW = 0,
): number | null {
  if (unit !== 'Wh' || expected === undefined) return null;
  const floor = Math.max(MIN_INDEX_EXPECTED_WH, MIN_INDEX_EXPECTED_WH_PER_W * capacityW);
  return expected < floor ? null : value / expected;
}

/** The label of the previous-period comparison in legends ("Yesterday", "Last week", …). */
export function previousLabel(range: SeriesRange): string {
  switch (range) {
    case 'day':
      return t('site.previous.day');
    case 'week':
      return t('site.previous.week');
    case 'month':
      return t('site.previous.month');
    case 'year':
    case 'lifetime':
      return t('site.previous.year');
  }
}
