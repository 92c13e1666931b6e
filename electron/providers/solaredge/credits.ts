/**
 * What SolarEdge charges, as data a future budget reads (reference: 1 credit per call on every
 * endpoint; the free developer tier has 2,000 a month and 10 a minute), and how many calls a
 * piece of work costs under the span caps, computed with the same chunking the client uses.
 */
import type { LocalDate } from '../../../shared/time';
import { defaultDialect, type SolarEdgeDialect } from './dialect';
import { monthChunks, wallHourChunks } from './spans';

/** The endpoints the app calls, as the ledger names them. */
export const solarEdgeEndpoints = [
  'sites',
  'site',
  'overview',
  'power',
  'energy',
  'devices',
  'alerts',
  'fleet-alerts',
] as const;
/** One of {@link solarEdgeEndpoints}. */
export type SolarEdgeEndpoint = (typeof solarEdgeEndpoints)[number];

/** Credits per call of each endpoint. */
export const creditCost: Readonly<Record<SolarEdgeEndpoint, number>> = {
  sites: 1,
  site: 1,
  overview: 1,
  power: 1,
  energy: 1,
  devices: 1,
  alerts: 1,
  'fleet-alerts': 1,
};

/** A plan's credit limits. */
export interface CreditPlan {
  perMinute: number;
  perMonth: number;
}

/** The free developer tier: the default plan setting. */
export const FREE_TIER: CreditPlan = { perMinute: 10, perMonth: 2_000 };

/** Credits of a set of calls. */
export function creditsFor(calls: Partial<Record<SolarEdgeEndpoint, number>>): number {
  let total = 0;
  for (const endpoint of solarEdgeEndpoints) total += (calls[endpoint] ?? 0) * creditCost[endpoint];
  return total;
}

/** Calls for 15-minute data over the instants [from, to) in a site's zone. */
export function powerCalls(
  from: number,
  to: number,
  zone: string,
  dialect: SolarEdgeDialect = defaultDialect,
): number {
  const cap = dialect.caps.QUARTER_HOUR;
  return wallHourChunks(from, to, zone, cap && 'hours' in cap ? cap.hours : 24 * 366).length;
}

/** Calls for daily energy over local dates [from, toExclusive). */
export function dailyEnergyCalls(
  from: LocalDate,
  toExclusive: LocalDate,
  dialect: SolarEdgeDialect = defaultDialect,
): number {
  const cap = dialect.caps.DAY;
  return monthChunks(from, toExclusive, cap && 'months' in cap ? cap.months : null).length;
}
