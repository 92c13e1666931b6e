/**
 * The Tesla calls the app makes, each parsed into the app's terms: the account's region, its
 * energy sites (cars skipped), a site's details, its live flows, and calendar_history windows
 * as flow buckets. One call per method; the caller picks windows with `backfillWindows`.
 */
import type { SiteEquipment } from './flows';
import { liveFlowsOf, type LiveFlows } from './flows';
import { TeslaMalformedResponseError } from './errors';
import type { TeslaHttp } from './http';
import {
  bucketsOf,
  energySitesOf,
  historyQuery,
  siteDetailsOf,
  type FlowBucket,
  type HistoryWindow,
  type TeslaEnergySite,
  type TeslaSiteDetails,
} from './mapping';
import { calendarHistorySchema, liveStatusSchema, productsSchema, siteInfoSchema } from './schemas';

/** See the module comment. */
export class TeslaClient {
  constructor(private readonly http: TeslaHttp) {}

  /** The account's regional base URL (asked once, then remembered by the HTTP layer). */
  region(): Promise<string> {
    return this.http.regionBase();
  }

  /** The account's energy sites. */
  async energySites(): Promise<TeslaEnergySite[]> {
    const body = await this.http.getJson({
      path: '/products',
      endpoint: 'products',
      siteId: null,
      what: 'a products list',
    });
    return energySitesOf(productsSchema.parse(body));
  }

  /** A site's zone, nameplate and battery. */
  async siteDetails(energySiteId: string): Promise<TeslaSiteDetails> {
    const body = await this.http.getJson({
      path: `/energy_sites/${encodeURIComponent(energySiteId)}/site_info`,
      endpoint: 'site_info',
      siteId: energySiteId,
      what: 'site details',
    });
    const parsed = siteInfoSchema.safeParse(body);
    if (!parsed.success || parsed.data === null) {
      throw new TeslaMalformedResponseError(200, 'site details');
    }
    return siteDetailsOf(parsed.data);
  }

  /** Power flows now, with the state of charge. */
  async liveFlows(energySiteId: string, equipment: SiteEquipment): Promise<LiveFlows> {
    const body = await this.http.getJson({
      path: `/energy_sites/${encodeURIComponent(energySiteId)}/live_status`,
      endpoint: 'live_status',
      siteId: energySiteId,
      what: 'a live status',
    });
    const parsed = liveStatusSchema.safeParse(body);
    if (!parsed.success || parsed.data === null) {
      throw new TeslaMalformedResponseError(200, 'a live status');
    }
    return liveFlowsOf(parsed.data, equipment);
  }

  /** One calendar_history window as flow buckets, read in the site's zone. */
  async history(
    energySiteId: string,
    window: HistoryWindow,
    zone: string,
    equipment: SiteEquipment,
  ): Promise<FlowBucket[]> {
    const body = await this.http.getJson({
      path: `/energy_sites/${encodeURIComponent(energySiteId)}/calendar_history`,
      query: historyQuery(window, zone),
      endpoint: `calendar_history_${window.period}`,
      siteId: energySiteId,
      what: 'an energy history',
    });
    const parsed = calendarHistorySchema.safeParse(body);
    if (!parsed.success || parsed.data === null) {
      throw new TeslaMalformedResponseError(200, 'an energy history');
    }
    const answerZone = parsed.data.installation_time_zone ?? zone;
    return bucketsOf(parsed.data.time_series, answerZone, equipment);
  }
}
