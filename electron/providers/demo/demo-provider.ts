/**
 * The built-in demo fleet as a Provider: no network, no account, deterministic production from
 * the model in model.ts. It lets the app run out of the box, at trade shows and in every test
 * that needs believable data without an emulator.
 */
import { DateTime } from 'luxon';
import type { Device } from '../../../shared/domain';
import type { LocalDate } from '../../../shared/time';
import {
  addDays,
  daysBetween,
  isLocalDate,
  isValidTimeZone,
  localDateOf,
  startOfLocalDay,
} from '../../../shared/time';
import { InvalidRequestError, NotFoundError } from '../../errors';
import type { Message } from '../../i18n/words';
import type { Clock } from '../../ports';
import type { DailySample, IntervalBatch, Provider, ProviderSite } from '../provider';
import { demoDevices, demoInverterModel } from './devices';
import {
  DEMO_INTERVAL_SECONDS,
  demoEnergyBetween,
  demoFaultFactor,
  demoIntervals,
  demoTripAt,
} from './model';
import { applyIncidents, type Incident } from './incidents';
import type { DemoSiteSpec } from './sites';
import { assertValidDemoSiteSpec, demoSiteSpecs } from './sites';

/** The seed the app uses, so every installation shows the same weather on the same day. */
export const DEFAULT_DEMO_SEED = 20_240_601;

/** One interval call returns at most this many days, like a real API's page limit. */
export const DEMO_MAX_INTERVAL_DAYS = 8;

/** One daily call covers at most this many days (Enphase's energy_lifetime allows 2 years). */
export const DEMO_MAX_DAILY_DAYS = 2 * 366;

/** What the demo provider needs: the clock decides what "now" is, the seed the weather. */
export interface DemoProviderOptions {
  clock: Clock;
  seed?: number;
  sites?: readonly DemoSiteSpec[];
  /** Incidents with known start and end (benchmarks and tests of the alert rules). */
  incidents?: readonly Incident[];
}

/** The simulated fleet; see the file comment. */
export class DemoProvider implements Provider {
  readonly id = 'demo' as const;
  /** The demo fleet belongs to no account. */
  readonly connectionId = null;
  readonly seed: number;
  private readonly clock: Clock;
  private readonly incidents: readonly Incident[];
  private readonly sites = new Map<string, DemoSiteSpec>();
  /** Totals of days that are over: they can never change, so they are computed once. */
  private readonly finishedDays = new Map<string, number>();

  constructor(options: DemoProviderOptions) {
    this.clock = options.clock;
    this.seed = options.seed ?? DEFAULT_DEMO_SEED;
    this.incidents = options.incidents ?? [];
    for (const spec of options.sites ?? demoSiteSpecs) {
      assertValidDemoSiteSpec(spec, isValidTimeZone);
      if (this.sites.has(spec.slug))
        throw new InvalidRequestError({ key: 'error.demo.duplicate', params: { slug: spec.slug } });
      this.sites.set(spec.slug, spec);
    }
  }

  /** The fleet this provider simulates: what tests recompute expected values from. */
  specs(): DemoSiteSpec[] {
    return [...this.sites.values()];
  }

  /** The end of the newest interval that is over at `now`. */
  private newestEnd(): number {
    return Math.floor(this.clock.now() / DEMO_INTERVAL_SECONDS) * DEMO_INTERVAL_SECONDS;
  }

  private siteOf(site: ProviderSite): DemoSiteSpec {
    const found = this.sites.get(site.externalId);
    if (!found)
      throw new NotFoundError({ key: 'error.demo.noSite', params: { site: site.externalId } });
    return found;
  }

  async listSites(): Promise<ProviderSite[]> {
    const now = this.clock.now();
    const lastEnergyAt = this.newestEnd();
    return this.specs().map((site) => {
      const faulted = demoFaultFactor(site, now) < 1;
      return {
        externalId: site.slug,
        name: site.name,
        city: site.city,
        country: site.country,
        timeZone: site.timeZone,
        latitude: site.latitude,
        longitude: site.longitude,
        capacityW: site.capacityW,
        status: faulted ? 'fault' : 'normal',
        statusDetail: faulted ? faultSentence(site, now) : null,
        statusSince: faulted ? demoTripAt(site, now) : null,
        lastEnergyAt,
      };
    });
  }

  async fetchIntervals(site: ProviderSite, since: number): Promise<IntervalBatch> {
    if (!Number.isFinite(since)) throw new InvalidRequestError({ key: 'error.demo.since' });
    const demoSite = this.siteOf(site);
    const newest = this.newestEnd();
    const until = Math.min(newest, since + DEMO_MAX_INTERVAL_DAYS * 86_400);
    const modelled = since < until ? demoIntervals(demoSite, since, until, this.seed) : [];
    if (this.incidents.length === 0) return { intervals: modelled, lastEnergyAt: newest };
    const now = this.clock.now();
    const intervals = applyIncidents(demoSite.slug, modelled, this.incidents, now);
    // A silent gateway's site has nothing newer than its last upload.
    const silent = intervals.length < modelled.length;
    return { intervals, lastEnergyAt: silent ? (intervals.at(-1)?.endAt ?? since) : newest };
  }

  async fetchDaily(site: ProviderSite, from: LocalDate, to: LocalDate): Promise<DailySample[]> {
    if (!isLocalDate(from) || !isLocalDate(to)) {
      throw new InvalidRequestError({ key: 'error.demo.dailyDates' });
    }
    const span = daysBetween(from, to);
    if (span < 0 || span >= DEMO_MAX_DAILY_DAYS) {
      throw new InvalidRequestError({
        key: 'error.demo.dailySpan',
        params: { days: DEMO_MAX_DAILY_DAYS },
      });
    }
    const demoSite = this.siteOf(site);
    const newest = this.newestEnd();
    const zone = demoSite.timeZone;
    // The last local day with at least one interval over; days before it are finished.
    const lastDay = localDateOf(newest - 1, zone);
    const out: DailySample[] = [];
    // Each day ends where the next begins: one zone lookup per day computed, none per day
    // remembered, and no gap or overlap between days.
    let dayStart: number | null = null;
    for (let date = from; date <= to && date <= lastDay; date = addDays(date, 1)) {
      const key = `${demoSite.slug}|${date}`;
      const remembered = this.finishedDays.get(key);
      if (remembered !== undefined) {
        out.push({ localDate: date, wh: remembered });
        dayStart = null;
        continue;
      }
      const start = dayStart ?? startOfLocalDay(date, zone);
      const end = startOfLocalDay(addDays(date, 1), zone);
      const wh = demoEnergyBetween(demoSite, start, Math.min(end, newest), this.seed);
      if (end <= newest) this.finishedDays.set(key, wh);
      out.push({ localDate: date, wh });
      dayStart = end;
    }
    return out;
  }

  async fetchDevices(site: ProviderSite): Promise<Device[]> {
    return demoDevices(this.siteOf(site), this.clock.now(), this.seed);
  }

  /** Demo devices report every 5 minutes; one missed report is still within the cadence. */
  deviceReportSeconds(): number {
    return 2 * DEMO_INTERVAL_SECONDS;
  }
}

/**
 * The fault as a facility manager would want to read it in the site header, as a message the
 * services put into the user's language (the date goes in as day and month numbers).
 */
function faultSentence(site: DemoSiteSpec, now: number): Message | null {
  const fault = site.fault;
  const trippedAt = demoTripAt(site, now);
  if (!fault || trippedAt === null) return null;
  const at = DateTime.fromSeconds(trippedAt, { zone: site.timeZone });
  const count = site.inverters.count;
  // Numbered as the device list numbers it ("Inverter 3"): inverters come first, in index order.
  const params = {
    inverter: fault.inverterIndex + 1,
    count,
    model: demoInverterModel(site, fault.inverterIndex),
    day: at.day,
    month: String(at.month),
    time: at.toFormat('HH:mm'),
    alarm: fault.alarm,
    percent: Math.round(((count - 1) / count) * 100),
  };
  return { key: 'status.demo.tripped', params };
}
