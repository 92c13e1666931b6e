/**
 * One connected Enphase owner account as a Provider: the systems the user picked, their daily
 * totals (two years in one `energy_lifetime` call), 5-minute intervals from the scheduler's
 * cursor (one `production_micro` call), and devices. Each call is one request, except the site
 * list, which also asks for the size of a system it has not sized yet (at most once a week per
 * system). Quota, renewal and error rules live in http.ts; the answer shapes in mapping.ts.
 */
import pLimit from 'p-limit';
import type { Device } from '../../../shared/domain';
import type { LocalDate } from '../../../shared/time';
import { localDateOf } from '../../../shared/time';
import { AppError } from '../../errors';
import { testFailure, type TestResult } from '../descriptor';
import type { Clock, Logger } from '../../ports';
import { siteIdOf } from '../../model/site';
import type { TokenSource } from '../../vault/types';
import type {
  DailySample,
  DeviceOutput,
  IntervalBatch,
  Provider,
  ProviderSite,
  RemoteSystemInfo,
} from '../provider';
import { CapacityBook } from './capacity';
import { EnphaseSystemNotFoundError, MalformedResponseError, QuotaExceededError } from './errors';
import type { RequestPacer } from '../pacer';
import { EnphaseHttp, type EnphaseRequest } from './http';
import type { RequestLedger } from '../request-ledger';
import {
  clampToTwoYears,
  granularityFor,
  parseDaily,
  parseDevices,
  parseIntervals,
  parseSystemsPage,
  SLOW_UPLOAD_SECONDS,
  toProviderSite,
  toRemoteSystem,
  UnreadableAnswerError,
  uploadPeriodOf,
} from './mapping';
import { parseInverterOutputs } from './device-output';
import { DEFAULT_MAX_RESPONSE_BYTES } from './read-body';
import { summarySchema, type EnphaseSystem } from './schemas';

/** Everything one account's provider needs. */
export interface EnphaseProviderOptions {
  /** The connection (owner account) these tokens belong to. */
  connectionId: string;
  /** `https://api.enphaseenergy.com` (or the emulator); `/api/v4` is added unless present. */
  apiBase: string;
  /** The platform application's API key (public configuration, still never logged). */
  apiKey: string;
  tokens: TokenSource;
  clock: Clock;
  log: Logger;
  fetch?: typeof fetch;
  /** External ids the user picked for this connection; null means every system. */
  selected?: () => ReadonlySet<string> | null;
  /** Per request, body included (default 30 s). */
  timeoutMs?: number;
  /** Shared by every Enphase connection: the quota is per application (sync/minute-gate.ts). */
  pacer?: RequestPacer;
  /** Where each request is recorded (the cache); without it the scheduler records calls. */
  ledger?: RequestLedger;
  /** Answers larger than this are refused (default 5 MB). */
  maxResponseBytes?: number;
  /**
   * A size the app already stored for a system (the cache's site row), or null: a restart then
   * costs no summary calls. Trusted like a fresh answer, for a week.
   */
  knownCapacity?: (externalId: string) => number | null;
}

/** The page size of `/systems`: the API's maximum, so one request covers 100 systems. */
export const SYSTEMS_PAGE_SIZE = 100;
/** No account has this many pages; a server that keeps paging is stopped here. */
const MAX_PAGES = 100;
/** Summaries asked for in parallel while sizing new systems. */
const SUMMARY_CONCURRENCY = 4;
/** Enphase's cloud shows uploaded data 15–30 minutes late (reference: field realities). */
export const CLOUD_DELAY_SECONDS = 30 * 60;

/** See the module comment. */
export class EnphaseProvider implements Provider {
  readonly id = 'enphase' as const;
  readonly connectionId: string;
  readonly recordsOwnRequests: boolean;
  /** Every `/systems` page counts against the application's quota; one covers 100 systems. */
  readonly listing = { sitesPerCall: SYSTEMS_PAGE_SIZE };
  private readonly http: EnphaseHttp;
  private readonly capacities = new CapacityBook();
  /** When each listed system went live (epoch s): no request asks for data before it. */
  private readonly operationalAt = new Map<string, number>();
  /** How often each listed system's gateway uploads (s): the device list has no connection type. */
  private readonly uploadPeriods = new Map<string, number>();

  constructor(private readonly options: EnphaseProviderOptions) {
    this.connectionId = options.connectionId;
    this.recordsOwnRequests = options.ledger !== undefined;
    this.http = new EnphaseHttp({
      connectionId: options.connectionId,
      apiBase: options.apiBase,
      apiKey: options.apiKey,
      tokens: options.tokens,
      clock: options.clock,
      log: options.log,
      fetch: options.fetch ?? globalThis.fetch,
      timeoutMs: options.timeoutMs ?? 30_000,
      maxBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      pacer: options.pacer ?? null,
      ledger: options.ledger ?? null,
    });
  }

  /** A site's newest data may arrive this long after it was produced: one upload plus the cloud. */
  dataLagSeconds(site: ProviderSite): number {
    return (site.uploadEverySeconds ?? SLOW_UPLOAD_SECONDS) + CLOUD_DELAY_SECONDS;
  }

  /** Every system of the account (all pages), for the connect flow's site picker. */
  async listSystems(): Promise<RemoteSystemInfo[]> {
    return (await this.allSystems()).map(toRemoteSystem);
  }

  /** One real request; says in a sentence whether the account can be read. Never throws. */
  async testConnection(): Promise<TestResult> {
    try {
      const body = await this.http.getJson({
        path: '/systems',
        query: { page: '1', size: '1' },
        endpoint: 'systems',
        siteId: null,
        what: 'a systems list',
      });
      const { total, systems } = this.read(() => parseSystemsPage(body), 'a systems list');
      const count = total ?? systems.length;
      return { ok: true, message: { key: 'notice.test.systems', params: { count } } };
    } catch (error) {
      return { ok: false, message: testFailure(error) };
    }
  }

  /** The systems the user picked, sized (summaries only for systems not sized recently). */
  async listSites(): Promise<ProviderSite[]> {
    const selected = this.options.selected?.() ?? null;
    if (selected !== null && selected.size === 0) return [];
    const systems = (await this.allSystems()).filter(
      (system) => selected === null || selected.has(system.system_id),
    );
    await this.sizeSystems(systems);
    return systems.map((system) => toProviderSite(system, this.capacities.known(system.system_id)));
  }

  /**
   * Daily totals for [from, to] in one `energy_lifetime` request: at most two years, and never
   * from before the system went live (a range Enphase may refuse, and days that are all zero).
   */
  async fetchDaily(site: ProviderSite, from: LocalDate, to: LocalDate): Promise<DailySample[]> {
    const live = this.operationalAt.get(site.externalId);
    const liveDate = live === undefined ? null : localDateOf(live, site.timeZone);
    const clamped = clampToTwoYears(from, to);
    const start = liveDate !== null && liveDate > clamped ? liveDate : clamped;
    if (start > to) return [];
    const body = await this.http.getJson({
      ...this.siteRequest(site, 'energy_lifetime', 'a daily energy list'),
      query: { start_date: start, end_date: to },
    });
    return this.read(() => parseDaily(body, start, to, site.timeZone), 'a daily energy list');
  }

  /**
   * Intervals ending after `since`, in one `production_micro` request: `day` granularity when
   * one day from `since` reaches now, `week` otherwise (the longest Enphase has).
   */
  async fetchIntervals(site: ProviderSite, since: number): Promise<IntervalBatch> {
    const now = this.options.clock.now();
    if (since >= now) return { intervals: [], lastEnergyAt: null };
    // A new system: ask from the day it went live, which Enphase cannot refuse as too early.
    const start = Math.max(Math.floor(since), this.operationalAt.get(site.externalId) ?? 0);
    const body = await this.http.getJson({
      ...this.siteRequest(site, 'production_micro', 'an interval list'),
      query: { start_at: String(start), granularity: granularityFor(start, now) },
    });
    return this.read(() => parseIntervals(body, since), 'an interval list');
  }

  /** The site's micros, meters and gateways with their statuses. */
  async fetchDevices(site: ProviderSite): Promise<Device[]> {
    const body = await this.http.getJson(this.siteRequest(site, 'devices', 'a device list'));
    return this.read(() => parseDevices(body), 'a device list');
  }

  /** Each micro's newest power, one request for the whole site (see device-output.ts). */
  async fetchDeviceOutput(site: ProviderSite): Promise<ReadonlyMap<string, DeviceOutput>> {
    const request = this.siteRequest(site, 'devices', 'the microinverter output');
    const body = await this.http.getJson({
      ...request,
      path: '/systems/inverters_summary_by_envoy_or_site',
      query: { site_id: site.externalId },
      endpoint: 'inverters_summary',
    });
    return parseInverterOutputs(body);
  }

  /** The gateway's upload period from the system list (`connection_type`); null until listed. */
  uploadCadenceSeconds(site: ProviderSite): number | null {
    return site.uploadEverySeconds ?? this.uploadPeriods.get(site.externalId) ?? null;
  }

  /**
   * A device counts as reporting within one gateway upload plus the cloud's delay: 45 min on
   * Wi-Fi or Ethernet, 6.5 h on cellular (or when the connection is not known yet).
   */
  deviceReportSeconds(site: ProviderSite): number {
    return (this.uploadCadenceSeconds(site) ?? SLOW_UPLOAD_SECONDS) + CLOUD_DELAY_SECONDS;
  }

  // ---- internals ----------------------------------------------------------------------------

  /** Every page of `/systems` at the maximum page size. */
  private async allSystems(): Promise<EnphaseSystem[]> {
    const systems: EnphaseSystem[] = [];
    const seen = new Set<string>();
    for (let page = 1; page <= MAX_PAGES; page++) {
      const body = await this.http.getJson({
        path: '/systems',
        query: { page: String(page), size: String(SYSTEMS_PAGE_SIZE), sort_by: 'id' },
        endpoint: 'systems',
        siteId: null,
        what: 'a systems list',
      });
      const parsed = this.read(() => parseSystemsPage(body), 'a systems list');
      if (parsed.dropped > 0) {
        this.options.log.warn('enphase systems skipped', {
          connectionId: this.connectionId,
          count: parsed.dropped,
        });
      }
      for (const system of parsed.systems) {
        if (seen.has(system.system_id)) continue;
        seen.add(system.system_id);
        this.uploadPeriods.set(system.system_id, uploadPeriodOf(system.connection_type));
        if (system.operational_at !== null) {
          this.operationalAt.set(system.system_id, system.operational_at);
        }
        systems.push(system);
      }
      const listed = parsed.systems.length + parsed.dropped;
      const more =
        parsed.total !== null
          ? page * SYSTEMS_PAGE_SIZE < parsed.total
          : listed === SYSTEMS_PAGE_SIZE;
      if (!more || listed === 0) break;
    }
    return systems;
  }

  /** Asks the summary for the size of each system whose size is unknown or a week old. */
  private async sizeSystems(systems: EnphaseSystem[]): Promise<void> {
    const now = this.options.clock.now();
    const due = systems.filter(
      (system) =>
        !(system.system_size !== null && system.system_size > 0) &&
        this.capacities.due(system.system_id, now) &&
        !this.rememberedSize(system.system_id, now),
    );
    if (due.length === 0) return;
    const limit = pLimit(SUMMARY_CONCURRENCY);
    let quotaUntil: number | null = null;
    await Promise.all(
      due.map((system) =>
        limit(async () => {
          const id = system.system_id;
          if (quotaUntil !== null) return this.capacities.failed(id, now, quotaUntil);
          try {
            const body = await this.http.getJson({
              path: `/systems/${id}/summary`,
              endpoint: 'summary',
              siteId: siteIdOf('enphase', id),
              what: 'a system summary',
            });
            const summary = summarySchema.safeParse(body);
            this.capacities.learned(id, summary.success ? summary.data.size_w : null, now);
          } catch (error) {
            // A missing size is not worth failing the list for; a lost grant is.
            if (error instanceof AppError && error.code === 'needs_reauth') throw error;
            if (error instanceof QuotaExceededError) quotaUntil = error.retryAt;
            this.capacities.failed(id, now, quotaUntil);
          }
        }),
      ),
    );
  }

  /** Takes a size the app stored before for a system not seen since start; true if there was one. */
  private rememberedSize(systemId: string, now: number): boolean {
    if (this.capacities.known(systemId) !== null || !this.options.knownCapacity) return false;
    const stored = this.options.knownCapacity(systemId);
    if (stored === null || !(stored > 0)) return false;
    this.capacities.learned(systemId, stored, now);
    return true;
  }

  private siteRequest(site: ProviderSite, endpoint: string, what: string): EnphaseRequest {
    // The id goes into the path: anything but digits would be a path of our choosing.
    if (!/^\d{1,15}$/.test(site.externalId)) throw new EnphaseSystemNotFoundError();
    const suffix = endpoint === 'production_micro' ? 'telemetry/production_micro' : endpoint;
    return {
      path: `/systems/${site.externalId}/${suffix}`,
      endpoint,
      siteId: siteIdOf('enphase', site.externalId),
      what,
    };
  }

  /** Runs a parser; an answer without the documented shape becomes a named, readable error. */
  private read<T>(parse: () => T, what: string): T {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof UnreadableAnswerError)) throw error;
      this.options.log.warn('enphase answer unreadable', {
        connectionId: this.connectionId,
        what: error.message,
      });
      throw new MalformedResponseError(200, what);
    }
  }
}
