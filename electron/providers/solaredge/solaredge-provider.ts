/**
 * One connected SolarEdge account as a Provider: a fleet API key (every site of the fleet,
 * listed 1,000 to a call) or a homeowner's Site Access grant (the one site it names). Sites get
 * their size, zone and installation date from SolarEdge's site details; daily history comes in
 * month-long `/energy` calls from the installation date on; 15-minute energy from the
 * scheduler's cursor in as few calls as the 12-hour cap permits (one per refresh in steady
 * state), each quarter's average power being its energy × 4. A fleet key's listing also reads
 * the fleet's open alerts in one call, which set the listed sites' status (alert-status.ts); a
 * Site Access grant cannot read alerts and keeps the site's own status. Every HTTP request is
 * one credit and is written to the ledger by http.ts.
 */
import type { Device } from '../../../shared/domain';
import { startOfLocalDay, type LocalDate } from '../../../shared/time';
import { testFailure, type TestResult } from '../descriptor';
import type { Clock, Logger } from '../../ports';
import type { TokenSource } from '../../vault/types';
import { zoneCoordinates } from '../enphase/zone-coordinates';
import type { RequestLedger } from '../request-ledger';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../enphase/read-body';
import type {
  DailySample,
  IntervalBatch,
  Provider,
  ProviderSite,
  RemoteSystemInfo,
} from '../provider';
import { SolarEdgeClient, type SiteRef } from './client';
import { sitesPageQuery, defaultDialect } from './dialect';
import { SolarEdgeHttp, type SolarEdgePacer } from './http';
import { statusFromAlerts } from './alert-status';
import { parseSitesPage, type SolarEdgeAlert, type SolarEdgeSite } from './mapping';

/** How a connection reads SolarEdge. */
export type SolarEdgeAccess =
  /** A fleet key kept in the vault (its TokenSource hands out the key). */
  | { kind: 'fleet-key' }
  /** A Site Access grant for one site, whose id is the connection's account id. */
  | { kind: 'site-access'; siteId: string };

/** Everything one account's provider needs. */
export interface SolarEdgeProviderOptions {
  connectionId: string;
  /** `https://monitoringapi.solaredge.com` (or the emulator). */
  apiBase: string;
  access: SolarEdgeAccess;
  tokens: TokenSource;
  clock: Clock;
  log: Logger;
  fetch?: typeof fetch;
  pacer?: SolarEdgePacer | null;
  ledger?: RequestLedger;
  /** External ids the user picked; null lists every site (the site picker). */
  selected?: () => ReadonlySet<string> | null;
  /** Sites per `/sites` page (the API's maximum unless a test pages smaller). */
  pageSize?: number;
  timeoutMs?: number;
}

/** SolarEdge's cloud shows a quarter about 5–10 minutes after it ends (reference, emulator). */
export const CLOUD_DELAY_SECONDS = 10 * 60;
/** Inverters upload every 15 minutes. */
const UPLOAD_SECONDS = 15 * 60;
/** Seconds in a quarter hour: a quarter's Wh × 4 is its average W. */
const QUARTER = 900;

/** See the module comment. */
export class SolarEdgeProvider implements Provider {
  readonly id = 'solaredge' as const;
  readonly connectionId: string;
  readonly recordsOwnRequests: boolean;
  /** Listing costs credits: a fleet page covers 1,000 sites, a Site Access grant 1 site a call. */
  readonly listing: { sitesPerCall: number };
  private readonly client: SolarEdgeClient;
  private readonly http: SolarEdgeHttp;
  /** Installation dates of listed sites: no history is asked for before them. */
  private readonly installed = new Map<string, LocalDate>();

  constructor(private readonly options: SolarEdgeProviderOptions) {
    this.connectionId = options.connectionId;
    this.recordsOwnRequests = options.ledger !== undefined;
    const pageSize = options.pageSize ?? defaultDialect.maxPageSize;
    this.listing = { sitesPerCall: options.access.kind === 'fleet-key' ? pageSize : 1 };
    this.http = new SolarEdgeHttp({
      connectionId: options.connectionId,
      apiBase: options.apiBase,
      credential:
        options.access.kind === 'fleet-key'
          ? { kind: 'storedKey', tokens: options.tokens }
          : { kind: 'siteAccess', tokens: options.tokens },
      clock: options.clock,
      log: options.log,
      fetch: options.fetch ?? globalThis.fetch,
      timeoutMs: options.timeoutMs ?? 30_000,
      maxBytes: DEFAULT_MAX_RESPONSE_BYTES,
      ledger: options.ledger ?? null,
      pacer: options.pacer ?? null,
    });
    this.client = new SolarEdgeClient(this.http, defaultDialect, pageSize);
  }

  /** A quarter's data may arrive one upload plus the cloud's delay after it ends. */
  dataLagSeconds(): number {
    return UPLOAD_SECONDS + CLOUD_DELAY_SECONDS;
  }

  /** Every site the key or grant can see, for the site picker. */
  async listSystems(): Promise<RemoteSystemInfo[]> {
    return (await this.visibleSites()).map((site) => ({
      externalId: site.externalId,
      name: site.name,
      city: site.city,
      timeZone: site.timeZone,
      capacityW: site.capacityW,
      status: site.status,
    }));
  }

  /** One real call; says in a sentence whether the account can be read. Never throws. */
  async testConnection(): Promise<TestResult> {
    try {
      if (this.options.access.kind === 'site-access') {
        const site = await this.client.site(this.options.access.siteId);
        return { ok: true, message: { key: 'notice.test.site', params: { name: site.name } } };
      }
      const body = await this.http.getJson({
        path: '/sites',
        query: sitesPageQuery(defaultDialect, 0, 1),
        endpoint: 'sites',
        siteId: null,
        what: 'a sites list',
      });
      const { total, sites } = parseSitesPage(body);
      const count = total ?? sites.length;
      return { ok: true, message: { key: 'notice.test.sites', params: { count } } };
    } catch (error) {
      return { ok: false, message: testFailure(error) };
    }
  }

  /** The sites the user picked, with their details. */
  async listSites(): Promise<ProviderSite[]> {
    const selected = this.options.selected?.() ?? null;
    if (selected !== null && selected.size === 0) return [];
    const sites = (await this.visibleSites()).filter(
      (site) => selected === null || selected.has(site.externalId),
    );
    const alerts = await this.openAlerts(sites);
    return sites.map((site) => {
      const listed = this.toProviderSite(site);
      const fromAlerts = statusFromAlerts(alerts.get(site.externalId) ?? []);
      return fromAlerts === null ? listed : { ...listed, ...fromAlerts };
    });
  }

  /** Daily energy of [from, to], never before installation, in month-long calls. */
  async fetchDaily(site: ProviderSite, from: LocalDate, to: LocalDate): Promise<DailySample[]> {
    const installed = this.installed.get(site.externalId);
    const start = installed !== undefined && installed > from ? installed : from;
    if (start > to) return [];
    return this.client.dailyEnergy(refOf(site), start, to);
  }

  /** 15-minute energy (and its average power) of the quarters ending after `since`. */
  async fetchIntervals(site: ProviderSite, since: number): Promise<IntervalBatch> {
    const now = this.options.clock.now();
    if (since >= now) return { intervals: [], lastEnergyAt: null };
    const installed = this.installed.get(site.externalId);
    const from =
      installed === undefined ? since : Math.max(since, startOfLocalDay(installed, site.timeZone));
    // Quarters START in the span; the one that ends just after `since` started a quarter before.
    const points = await this.client.quarterEnergy(
      refOf(site),
      Math.floor(from / QUARTER) * QUARTER,
      now,
    );
    const intervals = points.flatMap((point) =>
      point.value === null || point.start + QUARTER <= since
        ? []
        : [{ endAt: point.start + QUARTER, wh: point.value, w: (point.value * 3600) / QUARTER }],
    );
    const newest = intervals.reduce<number | null>(
      (max, interval) => (max === null || interval.endAt > max ? interval.endAt : max),
      null,
    );
    return { intervals, lastEnergyAt: newest };
  }

  /** The site's inverters, meters and gateways. */
  fetchDevices(site: ProviderSite): Promise<Device[]> {
    return this.client.devices(refOf(site));
  }

  // ---- internals ----------------------------------------------------------------------------

  /** The fleet's sites (all pages), or the one site a grant names. */
  private async visibleSites(): Promise<SolarEdgeSite[]> {
    const access = this.options.access;
    const sites =
      access.kind === 'fleet-key'
        ? await this.client.listSites()
        : [await this.client.site(access.siteId)];
    for (const site of sites) {
      if (site.installationDate !== null)
        this.installed.set(site.externalId, site.installationDate);
    }
    return sites;
  }

  /**
   * The fleet's open alerts by site, in one call per listing (a fleet key only); a failed read
   * leaves the sites' own statuses, the listing itself having succeeded.
   */
  private async openAlerts(
    sites: readonly SolarEdgeSite[],
  ): Promise<ReadonlyMap<string, SolarEdgeAlert[]>> {
    const bySite = new Map<string, SolarEdgeAlert[]>();
    if (this.options.access.kind !== 'fleet-key' || sites.length === 0) return bySite;
    const zones = new Map(sites.map((site) => [site.externalId, site.timeZone]));
    try {
      const alerts = await this.client.fleetAlerts((id) => zones.get(id ?? '') ?? 'UTC');
      for (const alert of alerts) {
        if (alert.siteId === null || !zones.has(alert.siteId)) continue;
        bySite.set(alert.siteId, [...(bySite.get(alert.siteId) ?? []), alert]);
      }
    } catch (error) {
      this.options.log.warn('SolarEdge alerts not read; sites keep their own status', {
        connectionId: this.connectionId,
        error: error instanceof Error ? error.name : 'unknown',
      });
    }
    return bySite;
  }

  private toProviderSite(site: SolarEdgeSite): ProviderSite {
    const { latitude, longitude } = zoneCoordinates(site.timeZone);
    return {
      externalId: site.externalId,
      name: site.name,
      city: site.city,
      country: site.country,
      timeZone: site.timeZone,
      latitude,
      longitude,
      capacityW: site.capacityW ?? 0,
      status: site.status,
      statusDetail: null,
      lastEnergyAt: site.lastUpdateAt,
      uploadEverySeconds: UPLOAD_SECONDS,
    };
  }
}

function refOf(site: ProviderSite): SiteRef {
  return { externalId: site.externalId, timeZone: site.timeZone };
}
