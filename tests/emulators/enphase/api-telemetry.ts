/**
 * `/telemetry/production_micro` (5-minute intervals from the system's local midnight) and
 * `/energy_lifetime` (one Wh value per local day, up to two years in one call).
 */
import { Hono } from 'hono';
import { DateTime } from 'luxon';
import { addDays, addMonths, isLocalDate } from '../../../shared/time';
import { withOwnedSystem, type ApiEnv } from './access';
import type { EmulatorContext } from './context';
import { datesBetween, localMidnight } from './days';
import { futureDate, invalidRange, unprocessable } from './errors';
import { errorResponse, jsonResponse } from './http';
import { metaView } from './views';

const granularities = ['15mins', 'day', 'week'] as const;
type Granularity = (typeof granularities)[number];

/** Telemetry and lifetime routes (mounted under the API gate). */
export function telemetryRoutes(context: EmulatorContext): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();
  const { fleet, clock } = context;

  routes.get(
    '/systems/:id/telemetry/production_micro',
    withOwnedSystem(context, (model, c) => {
      const zone = model.spec.timezone;
      const now = clock.now();
      const granularity = (c.req.query('granularity') ?? 'day') as Granularity;
      if (!granularities.includes(granularity)) {
        return errorResponse(
          unprocessable(`granularity must be one of ${granularities.join(', ')}`),
        );
      }
      const startAt = c.req.query('start_at');
      const startDate = c.req.query('start_date');
      let start: number;
      if (startAt !== undefined) {
        if (!/^\d{1,12}$/.test(startAt)) return errorResponse(invalidRange);
        start = Number(startAt);
      } else if (startDate !== undefined) {
        if (!isLocalDate(startDate)) return errorResponse(invalidRange);
        start = localMidnight(startDate, zone);
      } else {
        start = localMidnight(fleet.today(model), zone);
      }
      if (start > now) return errorResponse(futureDate);
      const oldest = DateTime.fromSeconds(now, { zone }).minus({ years: 2 }).toSeconds();
      if (start < oldest) return errorResponse(invalidRange);
      // The window's end is the wall-clock span in the system's zone: a DST day is 23 or 25 h.
      const windowEnd =
        granularity === '15mins'
          ? start + 900
          : DateTime.fromSeconds(start, { zone })
              .plus({ days: granularity === 'day' ? 1 : 7 })
              .toSeconds();
      const end = Math.min(now, windowEnd);
      return jsonResponse(200, {
        system_id: model.spec.systemId,
        granularity,
        total_devices: model.spec.micros.count,
        start_at: start,
        end_at: end,
        items: 'intervals',
        intervals: fleet.receivedIntervals(model, start, end),
        meta: metaView(fleet, model),
      });
    }),
  );

  routes.get(
    '/systems/:id/energy_lifetime',
    withOwnedSystem(context, (model, c) => {
      const today = fleet.today(model);
      const startDate = c.req.query('start_date') ?? model.spec.operationalDate;
      const endDate = c.req.query('end_date') ?? addDays(today, -1);
      if (!isLocalDate(startDate) || !isLocalDate(endDate)) return errorResponse(invalidRange);
      if (startDate > today || endDate > today) return errorResponse(futureDate);
      // At most two years in one call; a longer or reversed range is refused, not trimmed.
      if (startDate > endDate || endDate >= addMonths(startDate, 24)) {
        return errorResponse(invalidRange);
      }
      const production = fleet.daysWh(model, datesBetween(startDate, endDate));
      return jsonResponse(200, {
        system_id: model.spec.systemId,
        start_date: startDate,
        production,
        micro_production: production,
        meta: metaView(fleet, model),
      });
    }),
  );
  return routes;
}
