/**
 * An energy site's five-minute flows as pure, deterministic functions of (site, day, seed):
 * solar from the demo provider's model, a household load with morning and evening peaks, and
 * Powerwalls run in self-powered mode (charge from surplus solar, cover the load down to the
 * backup reserve, never charge from the grid). Everything is integer Wh, and every sample
 * balances: solar + grid import + battery discharge = home + grid export + battery charge.
 * The battery is simulated day by day from installation, each day starting where the
 * previous one ended, so the state of charge never jumps.
 */
import { demoIntervals, type DemoSiteSpec } from '../../../electron/providers/demo';
import { localDateOf, type LocalDate } from '../../../shared/time';
import { localDayEnd, localMidnight, nextDate } from '../enphase/days';
import type { EnergySiteSpec } from './sites';

/** Tesla's finest energy resolution. */
export const SAMPLE_SECONDS = 300;
/** One Powerwall: usable energy (Wh) and continuous power (W). */
export const POWERWALL = { energyWh: 13_500, powerW: 5_000 } as const;
/** The backup reserve the Powerwalls keep for outages (%). */
export const BACKUP_RESERVE_PERCENT = 20;

/** One five-minute sample's flows (Wh); `start` is its first instant (epoch s). */
export interface FlowSample {
  start: number;
  solar: number;
  home: number;
  gridImport: number;
  gridExport: number;
  batteryCharge: number;
  batteryDischarge: number;
  /** Energy in the Powerwalls at the sample's end (Wh); 0 without any. */
  batteryWh: number;
}

/** A site wrapped with its demo-model twin and caches. */
export interface SiteModel {
  spec: EnergySiteSpec;
  demo: DemoSiteSpec;
  seed: number;
  installedAt: number;
  /** Energy in the Powerwalls at each simulated local midnight. */
  midnightWh: Map<LocalDate, number>;
  /** Finished days' samples (they never change). */
  days: Map<LocalDate, FlowSample[]>;
}

/** Wraps a site in the demo model. */
export function buildSiteModel(spec: EnergySiteSpec, seed: number): SiteModel {
  return {
    spec,
    seed,
    demo: {
      slug: `tesla-${spec.energySiteId}`,
      name: spec.name,
      city: spec.name,
      country: 'US',
      timeZone: spec.timezone,
      latitude: spec.latitude,
      longitude: spec.longitude,
      capacityW: spec.pvW,
      tiltDeg: spec.tiltDeg,
      azimuthDeg: spec.azimuthDeg,
      performanceRatio: spec.performanceRatio,
      climate: spec.climate,
      inverters: { kind: 'string', count: 1, model: 'Tesla Solar Inverter 7.6' },
    },
    installedAt: localMidnight(spec.installationDate, spec.timezone),
    midnightWh: new Map(),
    days: new Map(),
  };
}

/** Usable capacity of the site's Powerwalls (Wh). */
export function batteryCapacityWh(spec: EnergySiteSpec): number {
  return spec.powerwalls * POWERWALL.energyWh;
}

/** The household's draw (W) at an instant: base, a morning and an evening bump, a wobble. */
export function householdW(spec: EnergySiteSpec, at: number): number {
  const local = new Date((at + offsetGuess(spec.longitude)) * 1000);
  const hour = local.getUTCHours() + local.getUTCMinutes() / 60;
  const bump = (centre: number, width: number) => Math.exp(-(((hour - centre) / width) ** 2));
  const wobble = 0.1 * Math.sin(at / 1_700) + 0.05 * Math.sin(at / 530);
  const shape = 0.55 * bump(7.5, 1.2) + bump(19, 2.2);
  return spec.household.baseW * (1 + wobble) + spec.household.peakW * shape;
}

/** Solar time is close enough for a household's rhythm and needs no zone lookups. */
function offsetGuess(longitude: number): number {
  return Math.round(longitude * 240);
}

/** Every sample of a local day (288; 276 or 300 on daylight-saving days); [] before install. */
export function daySamples(model: SiteModel, date: LocalDate): FlowSample[] {
  const cached = model.days.get(date);
  if (cached) return cached;
  const zone = model.spec.timezone;
  const start = localMidnight(date, zone);
  if (start < model.installedAt) return [];
  const samples = simulateDay(model, date, startingWh(model, date));
  model.days.set(date, samples);
  model.midnightWh.set(nextDate(date), samples.at(-1)?.batteryWh ?? 0);
  return samples;
}

/** The day's first battery level: a full battery at installation, else yesterday's end. */
function startingWh(model: SiteModel, date: LocalDate): number {
  const known = model.midnightWh.get(date);
  if (known !== undefined) return known;
  let day = model.spec.installationDate;
  let wh = batteryCapacityWh(model.spec);
  // Walk forward from the newest remembered midnight before `date`.
  for (const [remembered, level] of model.midnightWh) {
    if (remembered < date && remembered > day) {
      day = remembered;
      wh = level;
    }
  }
  while (day < date) {
    const samples = simulateDay(model, day, wh);
    wh = samples.at(-1)?.batteryWh ?? wh;
    day = nextDate(day);
    model.midnightWh.set(day, wh);
  }
  return wh;
}

function simulateDay(model: SiteModel, date: LocalDate, startWh: number): FlowSample[] {
  const { spec } = model;
  const zone = spec.timezone;
  const from = localMidnight(date, zone);
  const to = localDayEnd(date, zone);
  const capacity = batteryCapacityWh(spec);
  const reserve = Math.round((capacity * BACKUP_RESERVE_PERCENT) / 100);
  const stepWh = Math.round((spec.powerwalls * POWERWALL.powerW * SAMPLE_SECONDS) / 3600);
  const solar = demoIntervals(model.demo, from, to, model.seed);
  const out: FlowSample[] = [];
  let level = startWh;
  for (let i = 0, start = from; start < to; i += 1, start += SAMPLE_SECONDS) {
    const pv = Math.round(solar[i]?.wh ?? 0);
    const home = Math.round((householdW(spec, start + SAMPLE_SECONDS / 2) * SAMPLE_SECONDS) / 3600);
    const direct = Math.min(pv, home);
    const surplus = pv - direct;
    const deficit = home - direct;
    const charge = Math.min(surplus, stepWh, Math.max(0, capacity - level));
    const discharge = Math.min(deficit, stepWh, Math.max(0, level - reserve));
    level += charge - discharge;
    out.push({
      start,
      solar: pv,
      home,
      gridImport: deficit - discharge,
      gridExport: surplus - charge,
      batteryCharge: charge,
      batteryDischarge: discharge,
      batteryWh: level,
    });
  }
  return out;
}

/** The sample containing an instant, or null before installation. */
export function sampleAt(model: SiteModel, at: number): FlowSample | null {
  const date = localDateOf(at, model.spec.timezone);
  const samples = daySamples(model, date);
  const index = Math.floor((at - (samples[0]?.start ?? at)) / SAMPLE_SECONDS);
  return samples[index] ?? null;
}
