/**
 * The one interface every data source implements: the built-in demo fleet now, Enphase,
 * SolarEdge and Tesla later. The scheduler only ever talks to this.
 */
import type { Device, ProviderId, RemoteSystem } from '../../shared/domain';
import type { LocalDate } from '../../shared/time';
import type { DailySample, IntervalSample, SiteDescription } from '../model/site';

export type { DailySample, IntervalSample };

/** A site as a provider describes it, before the app gives it an id. */
export interface ProviderSite extends SiteDescription {
  /** The provider's own id for the site (Enphase system_id, as a string). */
  externalId: string;
  /** Newest instant the provider has energy for (epoch s); lets the scheduler skip idle sites. */
  lastEnergyAt: number | null;
  /**
   * How often the site's gateway uploads (s), when the provider says (Enphase: 15 min on
   * Wi-Fi/Ethernet, 6 h on cellular). Tells when the evening's last data can have arrived.
   */
  uploadEverySeconds?: number;
}

/** A system as the connect flow's site picker lists it, before anyone chose it. */
export type RemoteSystemInfo = Omit<RemoteSystem, 'selected'>;

/** What one interval fetch returned. */
export interface IntervalBatch {
  intervals: IntervalSample[];
  /** Newest instant the provider has data for, even if no interval came back. */
  lastEnergyAt: number | null;
}

/** A device's output as a provider reports it; null where it gives no such figure. */
export interface DeviceOutput {
  /** Power at the device's newest report (W). */
  powerW: number | null;
  /** Energy produced today so far (Wh). */
  energyTodayWh: number | null;
}

/** A source of sites and their production. */
export interface Provider {
  readonly id: ProviderId;
  /**
   * The connected owner account this instance reads (one instance per connection: two Enphase
   * accounts are two providers with id 'enphase'); null for sources without accounts (demo).
   */
  readonly connectionId: string | null;
  /**
   * True when the provider writes each of its HTTP requests to the request ledger itself,
   * because one method call can be several requests (Enphase: a site list plus the summaries
   * that give capacities). The scheduler then records nothing for its calls.
   */
  readonly recordsOwnRequests?: boolean;
  /**
   * Set when listing the account's sites costs requests (Enphase: one `/systems` page per 100
   * systems): the scheduler then lists only when that is cheaper than asking each site
   * directly, and never while every site sleeps. Absent: listing is free and done every tick.
   */
  readonly listing?: { sitesPerCall: number };
  /**
   * How long after production a site's data may still arrive (its upload period plus the
   * provider cloud's delay, s). Absent: only stored data tells when a site's day is closed.
   */
  dataLagSeconds?(site: ProviderSite): number;
  /** Every site the connected account can see. */
  listSites(): Promise<ProviderSite[]>;
  /** Daily energy for local days in [from, to], both included (backfill, one call where possible). */
  fetchDaily(site: ProviderSite, from: LocalDate, to: LocalDate): Promise<DailySample[]>;
  /** Intervals ending strictly after `since` (epoch s) up to now. */
  fetchIntervals(site: ProviderSite, since: number): Promise<IntervalBatch>;
  /**
   * Devices and their status for the site page, inverters in a stable order (the N-th is named
   * "Inverter N" in the list and in fault texts: shared/device-label.ts).
   */
  fetchDevices(site: ProviderSite): Promise<Device[]>;
  /**
   * Each device's newest output by serial, where the provider gives it in a call of its own
   * (Enphase); the site page shows the list without figures if this fails.
   */
  fetchDeviceOutput?(site: ProviderSite): Promise<ReadonlyMap<string, DeviceOutput>>;
  /**
   * How long a device may be silent and still count as reporting (s): its normal upload
   * cadence plus the provider's delay. Absent: the provider states none, its status decides.
   */
  deviceReportSeconds?(site: ProviderSite): number;
}
