/**
 * One connected Tesla owner account as a Provider: its energy sites (one `products` call, plus
 * one `site_info` per site the app has not described yet), daily solar totals 31 days to a
 * `calendar_history` month call, and five-minute intervals one `day` call per local date from
 * the cursor (at most today and yesterday: older detail loads when a person opens that day),
 * each interval carrying home, grid and battery flows where the site measures them. Every call
 * is billed, recorded in the ledger with its cost, and refused unsent once the month's
 * spending limit is reached (http.ts).
 */
import type { Device } from '../../../shared/domain';
import { addDays, localDateOf, type LocalDate } from '../../../shared/time';
import { testFailure, type TestResult } from '../descriptor';
import type { IntervalFlows } from '../../model/site';
import type {
  DailySample,
  IntervalBatch,
  IntervalSample,
  Provider,
  ProviderSite,
  RemoteSystemInfo,
} from '../provider';
import { zoneCoordinates } from '../enphase/zone-coordinates';
import { TeslaClient } from './client';
import type { EnergyFlows, SiteEquipment } from './flows';
import type { TeslaHttp } from './http';
import { backfillWindows, type FlowBucket, type TeslaSiteDetails } from './mapping';

/** Tesla samples energy every five minutes. */
export const SAMPLE_SECONDS = 300;
/** The cloud shows a sample about five minutes after it ends (emulator default; uncertain). */
export const TESLA_CLOUD_DELAY_SECONDS = 300;
/** Interval fetches reach back at most this many local days before today. */
const INTERVAL_DAYS_BACK = 1;
/**
 * A battery's state of charge comes only from `live_status` (calendar_history has none): read
 * at most this often (s), with the refresh that reaches the present, on the newest interval.
 */
export const SOC_EVERY_SECONDS = 3600;

/** What describes a site without asking Tesla again (the cache's row). */
export interface KnownTeslaSite {
  timeZone: string;
  capacityW: number;
}

/** What one account's provider needs. */
export interface TeslaProviderOptions {
  connectionId: string;
  http: TeslaHttp;
  clock: { now(): number };
  /** External ids the user picked; null means every site (the site picker). */
  selected: () => ReadonlySet<string> | null;
  /** A site the app already described (its stored row), or null. */
  known: (externalId: string) => KnownTeslaSite | null;
}

/** See the module comment. */
export class TeslaProvider implements Provider {
  readonly id = 'tesla' as const;
  readonly connectionId: string;
  /** The HTTP layer writes every request, with its cost, to the ledger. */
  readonly recordsOwnRequests = true;
  /** A `products` call lists every site of the account, and it is billed. */
  readonly listing = { sitesPerCall: 100 };
  private readonly client: TeslaClient;
  private readonly equipment = new Map<string, SiteEquipment>();
  private readonly details = new Map<string, TeslaSiteDetails>();
  /** When each battery's charge was last read (epoch s). */
  private readonly socReadAt = new Map<string, number>();

  constructor(private readonly options: TeslaProviderOptions) {
    this.connectionId = options.connectionId;
    this.client = new TeslaClient(options.http);
  }

  /** Five-minute samples plus the cloud's delay. */
  dataLagSeconds(): number {
    return SAMPLE_SECONDS + TESLA_CLOUD_DELAY_SECONDS;
  }

  /** Every energy site of the account, described (for the site picker). */
  async listSystems(): Promise<RemoteSystemInfo[]> {
    const sites = await this.describe(null);
    return sites.map((site) => ({
      externalId: site.externalId,
      name: site.name,
      city: site.city,
      timeZone: site.timeZone,
      capacityW: site.capacityW > 0 ? site.capacityW : null,
      status: site.status,
    }));
  }

  /** One real call (`products`); says in a sentence whether the account can be read. */
  async testConnection(): Promise<TestResult> {
    try {
      const count = (await this.client.energySites()).length;
      return {
        ok: true,
        message: { key: 'notice.test.energySites', params: { count } },
      };
    } catch (error) {
      return { ok: false, message: testFailure(error) };
    }
  }

  /** The sites the user picked. */
  listSites(): Promise<ProviderSite[]> {
    return this.describe(this.options.selected());
  }

  /** Daily solar totals, 31 days to a call. */
  async fetchDaily(site: ProviderSite, from: LocalDate, to: LocalDate): Promise<DailySample[]> {
    const out: DailySample[] = [];
    for (const window of backfillWindows(from, to, 'day')) {
      const buckets = await this.history(site, window);
      for (const bucket of buckets) {
        if (bucket.solarWh === null) continue;
        const localDate = localDateOf(bucket.start, site.timeZone);
        if (localDate >= from && localDate <= to) out.push({ localDate, wh: bucket.solarWh });
      }
    }
    return out;
  }

  /**
   * Five-minute intervals after `since`, one call per local date: the days from `since` to
   * today, but when `since` lies further back only its own day, yesterday and today (a backfill
   * then costs three calls, and a day opened later still gets its own detail).
   */
  async fetchIntervals(site: ProviderSite, since: number): Promise<IntervalBatch> {
    const now = this.options.clock.now();
    const today = localDateOf(now, site.timeZone);
    const earliest = addDays(today, -INTERVAL_DAYS_BACK);
    const sinceDate = localDateOf(since, site.timeZone);
    const windows =
      sinceDate >= earliest
        ? backfillWindows(sinceDate, today, '5min')
        : [
            ...backfillWindows(sinceDate, sinceDate, '5min'),
            ...backfillWindows(earliest, today, '5min'),
          ];
    const intervals: IntervalSample[] = [];
    for (const window of windows) {
      for (const bucket of await this.history(site, window)) {
        const endAt = bucket.start + SAMPLE_SECONDS;
        if (endAt <= since || endAt > now || bucket.solarWh === null) continue;
        intervals.push(intervalOf(bucket, endAt, this.equipmentOf(site.externalId)));
      }
    }
    const newest = intervals.reduce<number | null>((max, i) => Math.max(max ?? 0, i.endAt), null);
    await this.readCharge(site, intervals.at(-1), now);
    return { intervals, lastEnergyAt: newest };
  }

  /** Puts the battery's charge on the newest interval, at most every SOC_EVERY_SECONDS. */
  private async readCharge(
    site: ProviderSite,
    newest: IntervalSample | undefined,
    now: number,
  ): Promise<void> {
    const equipment = this.equipmentOf(site.externalId);
    if (!equipment.battery || !newest?.flows) return;
    if (now - newest.endAt > SOC_EVERY_SECONDS) return;
    if (now - (this.socReadAt.get(site.externalId) ?? 0) < SOC_EVERY_SECONDS) return;
    const live = await this.client.liveFlows(site.externalId, equipment);
    this.socReadAt.set(site.externalId, now);
    newest.flows.socPercent = live.stateOfChargePercent;
  }

  /** Tesla's device list is not read yet: the site page shows none. */
  fetchDevices(): Promise<Device[]> {
    return Promise.resolve([]);
  }

  private history(site: ProviderSite, window: Parameters<TeslaClient['history']>[1]) {
    return this.client.history(
      site.externalId,
      window,
      site.timeZone,
      this.equipmentOf(site.externalId),
    );
  }

  private equipmentOf(externalId: string): SiteEquipment {
    return (
      this.equipment.get(externalId) ??
      this.details.get(externalId)?.equipment ?? { battery: false, loadMeter: false }
    );
  }

  /** The account's energy sites among `selected` (all when null), described. */
  private async describe(selected: ReadonlySet<string> | null): Promise<ProviderSite[]> {
    const sites = (await this.client.energySites()).filter(
      (site) => selected === null || selected.has(site.energySiteId),
    );
    const out: ProviderSite[] = [];
    for (const site of sites) {
      this.equipment.set(site.energySiteId, site.equipment);
      const known = this.details.has(site.energySiteId)
        ? null
        : this.options.known(site.energySiteId);
      let timeZone = known?.timeZone ?? this.details.get(site.energySiteId)?.timeZone ?? null;
      let capacityW = known?.capacityW ?? this.details.get(site.energySiteId)?.nameplateW ?? 0;
      if (timeZone === null) {
        const details = await this.client.siteDetails(site.energySiteId);
        this.details.set(site.energySiteId, details);
        timeZone = details.timeZone ?? 'UTC';
        capacityW = details.nameplateW ?? 0;
      }
      const { latitude, longitude } = zoneCoordinates(timeZone);
      out.push({
        externalId: site.energySiteId,
        name: site.name,
        city: '',
        country: '',
        timeZone,
        latitude,
        longitude,
        capacityW,
        status: 'normal',
        statusDetail: null,
        lastEnergyAt: null,
        uploadEverySeconds: SAMPLE_SECONDS,
      });
    }
    return out;
  }
}

/** A five-minute bucket as an interval: solar as production, the rest as flows. */
function intervalOf(bucket: FlowBucket, endAt: number, equipment: SiteEquipment): IntervalSample {
  const wh = Math.max(0, bucket.solarWh ?? 0);
  const sample: IntervalSample = { endAt, wh, w: (wh * 3600) / SAMPLE_SECONDS };
  if (!equipment.battery && !equipment.loadMeter) return sample;
  return { ...sample, flows: flowsOf(bucket) };
}

function flowsOf(bucket: EnergyFlows): IntervalFlows {
  const clean = (value: number | null) => (value === null ? null : Math.max(0, value));
  return {
    homeWh: clean(bucket.homeWh),
    gridImportWh: clean(bucket.gridImportWh),
    gridExportWh: clean(bucket.gridExportWh),
    batteryChargeWh: clean(bucket.batteryChargeWh),
    batteryDischargeWh: clean(bucket.batteryDischargeWh),
    socPercent: null,
  };
}
