/**
 * SolarEdge's V2 endpoints as typed calls on one credential: every page of `/sites`, details,
 * the overview, 15-minute power and energy split into as few calls as the span caps permit,
 * daily energy in month-long calls, monthly energy for older history, devices and alerts.
 * Answers come back in UTC instants, Wh and W; nothing here knows about the cache or the
 * scheduler.
 */
import { addDays, localDateOf, type LocalDate } from '../../../shared/time';
import { defaultDialect, sitesPageQuery, spanQuery, type SolarEdgeDialect } from './dialect';
import type { SolarEdgeHttp } from './http';
import {
  parseAlerts,
  parseDevices,
  parseEnergySeries,
  parseOverview,
  parsePowerSeries,
  parseSite,
  parseSitesPage,
  UnreadableSolarEdgeAnswerError,
  type ParsedSeries,
  type SeriesPoint,
  type SolarEdgeAlert,
  type SolarEdgeSite,
} from './mapping';
import { SolarEdgeMalformedResponseError } from './errors';
import { dateBound, monthChunks, wallHourChunks, type WallChunk } from './spans';
import type { Device } from '../../../shared/domain';

/** The site facts a series call needs. */
export interface SiteRef {
  externalId: string;
  timeZone: string;
}

/** Energy of one local day (Wh), or of one month (`localDate` is its first day). */
export interface DayEnergy {
  localDate: LocalDate;
  wh: number;
}

/** The most sites a page may hold; fewer calls for big fleets. */
export const DEFAULT_SITES_PAGE_SIZE = 1_000;
/** A fleet bigger than this is refused rather than paged forever (a broken total, say). */
const MAX_PAGES = 100;

/** See the module comment. */
export class SolarEdgeClient {
  constructor(
    private readonly http: SolarEdgeHttp,
    private readonly dialect: SolarEdgeDialect = defaultDialect,
    private readonly pageSize: number = DEFAULT_SITES_PAGE_SIZE,
  ) {}

  /** Every site the fleet key sees, all pages (an API key only: Site Access has one site). */
  async listSites(): Promise<SolarEdgeSite[]> {
    const sites: SolarEdgeSite[] = [];
    let collected = 0;
    for (let index = 0; index < MAX_PAGES; index++) {
      const body = await this.http.getJson({
        path: '/sites',
        query: sitesPageQuery(this.dialect, index, this.pageSize),
        endpoint: 'sites',
        siteId: null,
        what: 'a sites list',
      });
      const page = this.read(() => parseSitesPage(body), 'a sites list');
      sites.push(...page.sites);
      // A server may serve fewer per page than asked: the total, when given, decides.
      const rawCount = page.sites.length + page.dropped;
      collected += rawCount;
      if (rawCount === 0) break;
      if (page.total !== null ? collected >= page.total : rawCount < this.pageSize) break;
    }
    return sites;
  }

  /** One site's details: name, size, zone, installation date. */
  async site(externalId: string): Promise<SolarEdgeSite> {
    const body = await this.http.getJson({
      path: `/sites/${encodeURIComponent(externalId)}`,
      endpoint: 'site',
      siteId: externalId,
      what: 'site details',
    });
    return this.read(() => parseSite(body), 'site details');
  }

  /** Today's energy (site-local midnight → now) and the current power, in one credit. */
  async overview(site: SiteRef): Promise<ReturnType<typeof parseOverview>> {
    const body = await this.http.getJson({
      path: `/sites/${encodeURIComponent(site.externalId)}/overview`,
      endpoint: 'overview',
      siteId: site.externalId,
      what: 'an overview',
    });
    return this.read(() => parseOverview(body, site.timeZone), 'an overview');
  }

  /** Average power (W) of every quarter hour starting in [from, to). */
  power(site: SiteRef, from: number, to: number): Promise<SeriesPoint[]> {
    return this.quarterSeries(site, from, to, 'power');
  }

  /** Energy (Wh) of every quarter hour starting in [from, to). */
  quarterEnergy(site: SiteRef, from: number, to: number): Promise<SeriesPoint[]> {
    return this.quarterSeries(site, from, to, 'energy');
  }

  /** Daily energy of local dates [from, to] (inclusive), in calls of at most a month. */
  async dailyEnergy(site: SiteRef, from: LocalDate, to: LocalDate): Promise<DayEnergy[]> {
    const cap = this.dialect.caps.DAY;
    const chunks = monthChunks(from, addDays(to, 1), cap && 'months' in cap ? cap.months : null);
    return this.dateSeries(site, chunks, 'DAY');
  }

  /** Monthly energy from the month of `from` to the month of `to` (older history, fewer calls). */
  async monthlyEnergy(site: SiteRef, from: LocalDate, to: LocalDate): Promise<DayEnergy[]> {
    const first = `${from.slice(0, 7)}-01`;
    const next = monthAfter(to);
    const cap = this.dialect.caps.MONTH;
    const chunks = monthChunks(first, next, cap && 'months' in cap ? cap.months : null);
    return this.dateSeries(site, chunks, 'MONTH');
  }

  /** The site's inverters, meters and gateways. */
  async devices(site: SiteRef): Promise<Device[]> {
    const body = await this.http.getJson({
      path: `/sites/${encodeURIComponent(site.externalId)}/devices`,
      endpoint: 'devices',
      siteId: site.externalId,
      what: 'a device list',
    });
    return this.read(() => parseDevices(body, site.timeZone), 'a device list');
  }

  /** Open alerts of one site (API key only). */
  async siteAlerts(site: SiteRef): Promise<SolarEdgeAlert[]> {
    const body = await this.http.getJson({
      path: `/sites/${encodeURIComponent(site.externalId)}/alerts`,
      endpoint: 'alerts',
      siteId: site.externalId,
      what: 'an alert list',
    });
    return this.read(() => parseAlerts(body, () => site.timeZone), 'an alert list');
  }

  /** Open alerts of the whole fleet in one call (API key only); zones by site id. */
  async fleetAlerts(zoneOf: (siteId: string | null) => string): Promise<SolarEdgeAlert[]> {
    const body = await this.http.getJson({
      path: '/alerts',
      endpoint: 'fleet-alerts',
      siteId: null,
      what: 'an alert list',
    });
    return this.read(() => parseAlerts(body, zoneOf), 'an alert list');
  }

  private async quarterSeries(
    site: SiteRef,
    from: number,
    to: number,
    endpoint: 'power' | 'energy',
  ): Promise<SeriesPoint[]> {
    const cap = this.dialect.caps.QUARTER_HOUR;
    const chunks = wallHourChunks(from, to, site.timeZone, cap && 'hours' in cap ? cap.hours : 24);
    const points: SeriesPoint[] = [];
    for (const chunk of chunks) {
      const parsed = await this.seriesCall(site, chunk, endpoint, 'QUARTER_HOUR');
      points.push(...parsed.points.filter((point) => point.start >= from && point.start < to));
    }
    return points;
  }

  private async dateSeries(
    site: SiteRef,
    chunks: readonly { startDate: LocalDate; endDate: LocalDate }[],
    resolution: 'DAY' | 'MONTH',
  ): Promise<DayEnergy[]> {
    const out: DayEnergy[] = [];
    for (const chunk of chunks) {
      const wall: WallChunk = {
        startWall: dateBound(chunk.startDate),
        endWall: dateBound(chunk.endDate),
        after: Number.NEGATIVE_INFINITY,
      };
      const parsed = await this.seriesCall(site, wall, 'energy', resolution);
      for (const point of parsed.points) {
        if (point.value === null) continue;
        const localDate = localDateOf(point.start, site.timeZone);
        if (localDate >= chunk.startDate && localDate < chunk.endDate)
          out.push({ localDate, wh: point.value });
      }
    }
    return out;
  }

  private async seriesCall(
    site: SiteRef,
    chunk: WallChunk,
    endpoint: 'power' | 'energy',
    resolution: 'QUARTER_HOUR' | 'DAY' | 'MONTH',
  ): Promise<ParsedSeries> {
    const what = endpoint === 'power' ? 'a power series' : 'an energy series';
    const body = await this.http.getJson({
      path: `/sites/${encodeURIComponent(site.externalId)}/${endpoint}`,
      query: spanQuery(this.dialect, chunk.startWall, chunk.endWall, resolution),
      endpoint,
      siteId: site.externalId,
      what,
    });
    return this.read(
      () =>
        endpoint === 'power'
          ? parsePowerSeries(body, site.timeZone, chunk.after)
          : parseEnergySeries(body, site.timeZone, chunk.after),
      what,
    );
  }

  /** Runs a parser; an unreadable answer becomes the named error the UI can show. */
  private read<T>(parse: () => T, what: string): T {
    try {
      return parse();
    } catch (error) {
      if (error instanceof UnreadableSolarEdgeAnswerError) {
        throw new SolarEdgeMalformedResponseError(200, what);
      }
      throw error;
    }
  }
}

/** The first day of the month after `date`'s. */
function monthAfter(date: LocalDate): LocalDate {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
}
