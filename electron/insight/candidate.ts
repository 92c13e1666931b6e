/**
 * What a rule reports before it is stored: the evaluator turns candidates into alerts, keeping
 * one alert per (rule, subject, start) so re-evaluating the same data changes nothing.
 */
import type { AlertRule, AlertSeverity } from '../../shared/alerts';
import type { SiteStatus } from '../../shared/domain';
import type { StoredText } from '../i18n/stored-text';
import type { HourBucket } from './hours';

/** A condition a rule found. */
export interface AlertCandidate {
  rule: AlertRule;
  subject: string;
  siteId: string | null;
  severity: AlertSeverity;
  /** Start from the data; null for states whose start is when the app first saw them. */
  startAt: number | null;
  /** End from the data (the condition is over); null while it lasts. */
  endAt: number | null;
  /** The app's sentence as a message (a device fault may carry the provider's stored one). */
  summary: StoredText;
  evidence: Record<string, number>;
  /** Energy lost inside the evaluation window (Wh); earlier windows are banked by the store. */
  lostWh: number;
  /** A run with no healthy hour before it in the window: it may continue an older alert. */
  leading?: boolean;
  /**
   * A state the provider reports (a device fault): while it lasts, an open alert of the rule goes
   * on as it is, whatever start it was stored with.
   */
  ongoing?: boolean;
}

/** One site's local day as the site rules see it (built by insight/site-day.ts). */
export interface SiteDay {
  siteId: string;
  name: string;
  capacityW: number;
  status: SiteStatus;
  statusDetail: StoredText | null;
  /** When the provider says the status began (epoch seconds), or null when it does not say. */
  statusSince: number | null;
  /** Every hour of yesterday and today (local); hours after now have nothing reported. */
  hours: HourBucket[];
  /** Start of today (local): energy lost is counted from here, earlier days are banked. */
  windowStart: number;
  /** Regional clearness (peers' actual ÷ expected, capped at 1) per hour start; empty without peers. */
  clearness: ReadonlyMap<number, number>;
  /** Newest instant the site has data for. */
  lastDataAt: number | null;
  /** Seconds of daylight since `lastDataAt`, up to now. */
  silentDaylightSeconds: number;
  /** Expected energy since `lastDataAt` (Wh), adjusted for the region's weather where known. */
  silentExpectedWh: number;
  /** How often the provider normally delivers new data for this site (s). */
  cadenceSeconds: number;
  now: number;
}

/** The subject key of a site. */
export function siteSubject(siteId: string): string {
  return `site:${siteId}`;
}
