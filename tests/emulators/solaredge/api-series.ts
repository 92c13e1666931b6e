/**
 * `/sites/{id}/overview` (energy from site-local midnight to now unless a span is given, and
 * the current power), `/power` (QUARTER_HOUR, at most 12 h a call) and `/energy` (QUARTER_HOUR
 * 12 h, HOUR 24 h, DAY one month, MONTH and YEAR unlimited unless configured). Spans are
 * half-open [start, end) in the site's wall clock and measured in wall-clock time; a longer
 * span is refused with 400, never trimmed. Buckets are labelled by their start.
 */
import { Hono, type Context } from 'hono';
import { DateTime } from 'luxon';
import { jsonResponse } from '../enphase/http';
import { withSite, type ApiEnv } from './access';
import type { SolarEdgeContext } from './context';
import { QUARTER_SECONDS, type SiteModel } from './production';
import { badRequest, problemResponse } from './problems';
import { inUnit, unitFor, type EnergyUnitChoice } from './units';
import { lastUpdate } from './views';
import { formatWall, parseWall, type WallTime } from './wall-clock';

/** Resolutions the API knows. */
export const resolutions = ['QUARTER_HOUR', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
/** One of {@link resolutions}. */
export type Resolution = (typeof resolutions)[number];

/** The longest span per resolution (luxon duration), or null for none. */
export type SpanCaps = Record<Resolution, { hours?: number; months?: number } | null>;

/** The reference's caps: QUARTER_HOUR 12 h, HOUR 24 h, DAY a month, WEEK a year, longer free. */
export const defaultSpanCaps: SpanCaps = {
  QUARTER_HOUR: { hours: 12 },
  HOUR: { hours: 24 },
  DAY: { months: 1 },
  WEEK: { months: 12 },
  MONTH: null,
  YEAR: null,
};

/** Series options of one emulator. */
export interface SeriesOptions {
  caps: SpanCaps;
  energyUnit: EnergyUnitChoice;
}

interface Span {
  start: WallTime;
  end: WallTime;
}

interface Bucket {
  start: number;
  end: number;
}

/** Overview, power and energy routes (mounted under the API gate). */
export function seriesRoutes(context: SolarEdgeContext): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();
  const { fleet, dialect, series: options } = context;
  const names = dialect.spanParams === 'from' ? ['from', 'to'] : ['startTime', 'endTime'];
  const wall = (at: number, model: SiteModel) =>
    formatWall(at, model.spec.timezone, dialect.timestamps);

  /** The span of the request, or the problem with it. */
  const spanOf = (c: Context<ApiEnv>, model: SiteModel, resolution: Resolution): Span | string => {
    const zone = model.spec.timezone;
    const [startName, endName] = names as [string, string];
    const start = parseWall(c.req.query(startName), zone);
    const end = parseWall(c.req.query(endName), zone);
    if (!start || !end) return `${startName} and ${endName} are required (site-local, no offset).`;
    if (end.naive <= start.naive) return `${endName} must be after ${startName}.`;
    const cap = options.caps[resolution];
    if (cap && end.naive > start.naive.plus(cap)) {
      return `A ${resolution} span may not exceed ${cap.hours ? `${cap.hours} hours` : `${cap.months} month(s)`}.`;
    }
    return { start, end };
  };

  const resolutionOf = (c: Context<ApiEnv>, fallback: Resolution): Resolution | null => {
    const value = c.req.query('resolution') ?? fallback;
    return (resolutions as readonly string[]).includes(value) ? (value as Resolution) : null;
  };

  routes.get(
    '/sites/:id/overview',
    withSite(context, (model, c) => {
      const zone = model.spec.timezone;
      const now = fleet.now();
      const [startName, endName] = names as [string, string];
      const start =
        parseWall(c.req.query(startName), zone)?.at ??
        DateTime.fromSeconds(now, { zone }).startOf('day').toSeconds();
      const end = parseWall(c.req.query(endName), zone)?.at ?? now;
      if (end <= start)
        return problemResponse(badRequest(`${endName} must be after ${startName}.`), c.req.path);
      const wh = fleet.energy(model, start, end);
      const unit = unitFor(wh ?? 0, options.energyUnit);
      return jsonResponse(200, {
        siteId: model.spec.siteId,
        startTime: wall(start, model),
        endTime: wall(end, model),
        lastUpdateTime: lastUpdate(fleet, model, dialect),
        energy: { value: inUnit(wh, unit), unit },
        power: { value: fleet.currentPowerW(model), unit: 'W' },
      });
    }),
  );

  routes.get(
    '/sites/:id/power',
    withSite(context, (model, c) => {
      const resolution = resolutionOf(c, 'QUARTER_HOUR');
      if (resolution !== 'QUARTER_HOUR') {
        return problemResponse(
          badRequest('Power comes at QUARTER_HOUR resolution only.'),
          c.req.path,
        );
      }
      const span = spanOf(c, model, resolution);
      if (typeof span === 'string') return problemResponse(badRequest(span), c.req.path);
      const values = fleet.quarters(model, span.start.at, span.end.at).map((quarter) => ({
        timestamp: wall(quarter.start, model),
        value: quarter.w,
      }));
      return jsonResponse(200, { siteId: model.spec.siteId, resolution, unit: 'W', values });
    }),
  );

  routes.get(
    '/sites/:id/energy',
    withSite(context, (model, c) => {
      const resolution = resolutionOf(c, 'DAY');
      if (resolution === null) {
        return problemResponse(
          badRequest(`resolution must be one of ${resolutions.join(', ')}.`),
          c.req.path,
        );
      }
      const span = spanOf(c, model, resolution);
      if (typeof span === 'string') return problemResponse(badRequest(span), c.req.path);
      const buckets = bucketsOf(resolution, span, model.spec.timezone);
      const energies = buckets.map((bucket) => fleet.energy(model, bucket.start, bucket.end));
      const unit = unitFor(Math.max(0, ...energies.map((wh) => wh ?? 0)), options.energyUnit);
      return jsonResponse(200, {
        siteId: model.spec.siteId,
        resolution,
        unit,
        values: buckets.map((bucket, index) => ({
          timestamp: wall(bucket.start, model),
          value: inUnit(energies[index]!, unit),
        })),
      });
    }),
  );
  return routes;
}

const calendarUnit: Partial<Record<Resolution, 'day' | 'week' | 'month' | 'year'>> = {
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  YEAR: 'year',
};

/**
 * The buckets of a span: quarters and hours by elapsed time (a repeated autumn hour gives its
 * buckets twice over, a skipped spring hour none), calendar buckets by the site's calendar,
 * each clipped to the span.
 */
function bucketsOf(resolution: Resolution, span: Span, zone: string): Bucket[] {
  const from = span.start.at;
  const to = span.end.at;
  const out: Bucket[] = [];
  const unit = calendarUnit[resolution];
  if (!unit) {
    const step = resolution === 'HOUR' ? 3600 : QUARTER_SECONDS;
    // Local hours start at :30 UTC in a +5:30 zone: align to the site's hour, not UTC's.
    const first =
      resolution === 'HOUR'
        ? DateTime.fromSeconds(from, { zone }).startOf('hour').toSeconds()
        : Math.floor(from / step) * step;
    for (let at = first; at < to; at += step)
      out.push({ start: Math.max(at, from), end: Math.min(at + step, to) });
    return out;
  }
  let cursor = DateTime.fromSeconds(from, { zone }).startOf(unit);
  while (cursor.toSeconds() < to) {
    const next = cursor.plus({ [`${unit}s`]: 1 });
    out.push({ start: Math.max(cursor.toSeconds(), from), end: Math.min(next.toSeconds(), to) });
    cursor = next;
  }
  return out;
}
