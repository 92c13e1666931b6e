/**
 * Production of an emulated site, built on the demo provider's model (suncalc clear sky, seeded
 * clouds, a recurring inverter trip) so values are plausible and deterministic: pure functions of
 * (site, instant, seed). This file turns the model's 5-minute samples into SolarEdge's 15-minute
 * quarters of integer Wh; every number the API reports (power, energy at any resolution, the
 * overview, the admin's truth) is built from exactly these quarters, so they agree to the Wh.
 */
import { demoIntervals, demoTripAt, type DemoSiteSpec } from '../../../electron/providers/demo';
import { assertValidDemoSiteSpec } from '../../../electron/providers/demo/sites';
import { isValidTimeZone, startOfLocalDay } from '../../../shared/time';
import type { SiteSpec } from './sites';

/** SolarEdge's finest resolution. */
export const QUARTER_SECONDS = 900;

/** The weather seed unless a test picks another. */
export const DEFAULT_SOLAREDGE_SEED = 20_261_025;

/** One quarter hour of a site: energy (integer Wh) and average power (W), null when lost. */
export interface Quarter {
  /** Start of the quarter (epoch s): SolarEdge labels buckets by their start. */
  start: number;
  wh: number | null;
  w: number | null;
}

/** A site and the demo-model site it produces through. */
export interface SiteModel {
  spec: SiteSpec;
  demo: DemoSiteSpec;
  seed: number;
  /** Local midnight of the installation date. */
  installedAt: number;
  /** Key of the model's inputs, for the cache of finished days. */
  cacheKey: string;
}

/** Wraps a site in the demo model (its inverter fault becomes the model's recurring trip). */
export function buildSiteModel(spec: SiteSpec, seed: number): SiteModel {
  const fault = spec.inverterFault;
  const demo: DemoSiteSpec = {
    slug: `solaredge-${spec.siteId}`,
    name: spec.name,
    city: spec.location.city,
    country: spec.location.country,
    timeZone: spec.timezone,
    latitude: spec.latitude,
    longitude: spec.longitude,
    capacityW: spec.peakPowerW,
    tiltDeg: spec.tiltDeg,
    azimuthDeg: spec.azimuthDeg,
    performanceRatio: spec.performanceRatio,
    climate: spec.climate,
    inverters: { kind: 'string', count: spec.inverters.count, model: spec.inverters.model },
    ...(fault && {
      fault: {
        tripAt: fault.tripAt,
        cycleDays: fault.cycleDays,
        resetAfterDays: fault.resetAfterDays,
        inverterIndex: fault.index,
        alarm: 'groundFault',
      },
    }),
  };
  assertValidDemoSiteSpec(demo, isValidTimeZone);
  return {
    spec,
    demo,
    seed,
    installedAt: startOfLocalDay(spec.installationDate, spec.timezone),
    cacheKey: JSON.stringify([spec, seed]),
  };
}

/** When the inverter fault in effect at `at` began, or null while every inverter runs. */
export function inverterFaultSince(model: SiteModel, at: number): number | null {
  return demoTripAt(model.demo, at);
}

/** True when the quarter starting at `start` fell into the site's communication gap. */
export function inGap(model: SiteModel, start: number): boolean {
  const gap = model.spec.dataGap;
  if (!gap) return false;
  const cycle = gap.cycleDays * 86_400;
  const offset = (((start - gap.startAt) % cycle) + cycle) % cycle;
  return offset < gap.hours * 3600;
}

/**
 * Every quarter starting in [from, to) (both multiples of 15 minutes): null before the site
 * went live and inside its communication gap, else three model samples summed to integer Wh.
 */
export function modelQuarters(model: SiteModel, from: number, to: number): Quarter[] {
  const out: Quarter[] = [];
  if (to <= from) return out;
  const samples = demoIntervals(model.demo, from, to, model.seed);
  for (let start = from, i = 0; start < to; start += QUARTER_SECONDS, i += 3) {
    if (start < model.installedAt || inGap(model, start)) {
      out.push({ start, wh: null, w: null });
      continue;
    }
    const three = samples.slice(i, i + 3);
    const wh = Math.round(three.reduce((sum, sample) => sum + sample.wh, 0));
    const w = Math.round((three.reduce((sum, sample) => sum + sample.w, 0) / 3) * 10) / 10;
    out.push({ start, wh, w });
  }
  return out;
}

/** Totals of finished days, shared by every emulator in the process: they never change. */
const finishedDays = new Map<string, number | null>();

/**
 * Energy (Wh) of the quarters starting in [start, end) that ended by `dataEnd`, or null when
 * none of them is known (all lost, before installation, or not uploaded yet).
 */
export function knownEnergy(
  model: SiteModel,
  start: number,
  end: number,
  dataEnd: number,
): number | null {
  const finished = dataEnd >= end;
  const key = `${model.cacheKey}|${start}|${end}`;
  if (finished && finishedDays.has(key)) return finishedDays.get(key)!;
  const last = Math.min(end, Math.floor(dataEnd / QUARTER_SECONDS) * QUARTER_SECONDS);
  let wh: number | null = null;
  for (const quarter of modelQuarters(model, start, Math.max(start, last))) {
    if (quarter.wh !== null) wh = (wh ?? 0) + quarter.wh;
  }
  if (finished) finishedDays.set(key, wh);
  return wh;
}
