/**
 * Production of an emulated system, built on the demo provider's model (suncalc clear sky,
 * seeded clouds, a recurring inverter trip) so values are plausible and deterministic: pure
 * functions of (system, instant, seed). This file turns the model's samples into Enphase's
 * integer 5-minute intervals; everything the API reports (days, summaries, lifetime) is a sum
 * of exactly these intervals, so the numbers agree with each other.
 */
import { demoIntervals, demoTripAt, type DemoSiteSpec } from '../../../electron/providers/demo';
import { applyIncidents, type Incident } from '../../../electron/providers/demo/incidents';
import { assertValidDemoSiteSpec } from '../../../electron/providers/demo/sites';
import { isValidTimeZone, startOfLocalDay } from '../../../shared/time';
import type { SystemSpec } from './systems';

/** Enphase micro telemetry uses 5-minute intervals. */
export const INTERVAL_SECONDS = 300;

/** The weather seed unless a test picks another. */
export const DEFAULT_EMULATOR_SEED = 42_422_025;

/** One `production_micro` interval, exactly as the API writes it. */
export interface MicroInterval {
  end_at: number;
  devices_reporting: number;
  /** Average power (W), an integer like the real API's. */
  powr: number;
  /** Energy (Wh), an integer like the real API's. */
  enwh: number;
}

/** A system and the demo-model site it produces through. */
export interface SystemModel {
  spec: SystemSpec;
  site: DemoSiteSpec;
  seed: number;
  /** Local midnight of the operational date. */
  operationalAt: number;
  /** Key of the model's inputs: finished days are cached under it across emulator instances. */
  cacheKey: string;
  /** Production incidents injected through the admin API (never a gateway silence: see the spec). */
  incidents: Incident[];
}

/** Wraps a system in the demo model (its micro fault becomes the model's recurring trip). */
export function buildSystemModel(spec: SystemSpec, seed: number): SystemModel {
  const fault = spec.microFault;
  const site: DemoSiteSpec = {
    slug: `enphase-${spec.systemId}`,
    name: spec.name,
    city: spec.address.city,
    country: spec.address.country,
    timeZone: spec.timezone,
    latitude: spec.latitude,
    longitude: spec.longitude,
    capacityW: spec.capacityW,
    tiltDeg: spec.tiltDeg,
    azimuthDeg: spec.azimuthDeg,
    performanceRatio: spec.performanceRatio,
    climate: spec.climate,
    inverters: {
      kind: 'micro',
      count: spec.micros.count,
      model: spec.micros.model,
      ...(spec.extension && {
        extension: { count: spec.extension.count, model: spec.extension.model },
      }),
    },
    ...(fault && {
      fault: {
        tripAt: fault.tripAt,
        cycleDays: fault.cycleDays,
        resetAfterDays: fault.resetAfterDays,
        inverterIndex: fault.microIndex,
        alarm: 'groundFault',
      },
    }),
  };
  assertValidDemoSiteSpec(site, isValidTimeZone);
  return {
    spec,
    site,
    seed,
    operationalAt: startOfLocalDay(spec.operationalDate, spec.timezone),
    cacheKey: JSON.stringify([spec, seed]),
    incidents: [],
  };
}

/** When the micro fault in effect at `at` began, or null while every micro works. */
export function microFaultSince(model: SystemModel, at: number): number | null {
  return demoTripAt(model.site, at);
}

/** When the gateway outage in effect at `at` began, or null while it is connected. */
export function offlineSince(model: SystemModel, at: number): number | null {
  const outage = model.spec.gatewayOffline;
  if (!outage) return null;
  const cycle = outage.cycleDays * 86_400;
  const start = outage.startAt + Math.floor((at - outage.startAt) / cycle) * cycle;
  return at - start < outage.offlineHours * 3600 ? start : null;
}

/**
 * Every interval with `from < end_at <= to` that the system's micros produced: none before the
 * system went live; night slots as zeros or left out, per the system's `nightIntervals`.
 */
export function microIntervals(model: SystemModel, from: number, to: number): MicroInterval[] {
  const start = Math.max(from, model.operationalAt);
  if (to <= start) return [];
  const omitNight = model.spec.nightIntervals === 'omit';
  const count = model.spec.micros.count;
  const out: MicroInterval[] = [];
  const key = String(model.spec.systemId);
  for (const modelled of demoIntervals(model.site, start, to, model.seed)) {
    const [sample = modelled] = applyIncidents(key, [modelled], model.incidents, Infinity);
    const awake = sample.w > 0;
    if (!awake && omitNight) continue;
    // The model takes an interval's power at its midpoint; the dead micro is judged there too.
    const midpoint = sample.endAt - INTERVAL_SECONDS / 2;
    const faulted =
      model.spec.microFault !== undefined && microFaultSince(model, midpoint) !== null;
    out.push({
      end_at: sample.endAt,
      devices_reporting: awake ? count - (faulted ? 1 : 0) : 0,
      powr: Math.round(sample.w),
      enwh: Math.round(sample.wh),
    });
  }
  return out;
}

/** Sum of `enwh` of the intervals with `from < end_at <= to`. */
export function energyBetween(model: SystemModel, from: number, to: number): number {
  let wh = 0;
  for (const interval of microIntervals(model, from, to)) wh += interval.enwh;
  return wh;
}

/** Totals of whole days, shared by every emulator in the process: a finished day never changes. */
const finishedDays = new Map<string, number>();

/** A local day as the instants it starts and ends at. */
export interface DayBounds {
  start: number;
  end: number;
}

/**
 * Energy of consecutive local days counting only intervals that ended by `until` (the data
 * the cloud has): full days once `until` passes their end, partial or zero days before that.
 * Days not yet cached are computed in one pass of the model, then bucketed.
 */
export function dayEnergies(
  model: SystemModel,
  days: readonly DayBounds[],
  until: number,
): number[] {
  const out = days.map(() => 0);
  const missing: number[] = [];
  days.forEach((day, index) => {
    if (until <= day.start) return;
    if (until < day.end) {
      out[index] = energyBetween(model, day.start, until);
      return;
    }
    const cached = finishedDays.get(`${model.cacheKey}|${day.start}`);
    if (cached === undefined) missing.push(index);
    else out[index] = cached;
  });
  if (missing.length === 0) return out;
  const first = days[missing[0]!]!;
  const last = days[missing.at(-1)!]!;
  const intervals = microIntervals(model, first.start, last.end);
  let cursor = 0;
  for (const index of missing) {
    const day = days[index]!;
    let wh = 0;
    while (cursor < intervals.length && intervals[cursor]!.end_at <= day.start) cursor += 1;
    while (cursor < intervals.length && intervals[cursor]!.end_at <= day.end) {
      wh += intervals[cursor]!.enwh;
      cursor += 1;
    }
    finishedDays.set(`${model.cacheKey}|${day.start}`, wh);
    out[index] = wh;
  }
  return out;
}

/**
 * A cheap stand-in (about 3.4 kWh per kWp per day) for the summary's lifetime counter before
 * its exactly modelled window: a system live since 2018 needs a plausible total, not 2,000 days
 * of sun positions computed on the first summary call. Daily endpoints stay exact.
 */
export function estimatedEnergy(model: SystemModel, days: number): number {
  return Math.round(Math.max(0, days) * model.spec.capacityW * model.spec.performanceRatio * 4.2);
}
