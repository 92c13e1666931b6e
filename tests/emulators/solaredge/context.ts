/**
 * Everything one running SolarEdge emulator holds, passed to the route modules so each stays a
 * plain function of (context, request).
 */
import type { CallLog } from '../enphase/calls';
import type { EmulatorClock } from '../enphase/clock';
import type { FaultQueue } from '../enphase/faults';
import type { CreditBook } from './credits';
import type { SiteFleet } from './fleet';
import type { GrantStore } from './grants';
import type { SeriesOptions } from './api-series';
import type { TimestampStyle } from './wall-clock';

/** The platform's registered Site Access application. */
export interface SiteAccessApp {
  clientId: string;
  clientSecret: string;
  /** Exact URIs; a `:*` port accepts any port (relays on port 0). */
  redirectUris: string[];
}

/**
 * Where the sources disagree (reference: "Where SolarEdge V2 sources disagree"): each is an
 * option so the app's single mapping module can be proved against either form.
 */
export interface Dialect {
  /** `local` (default): `YYYY-MM-DD hh:mm:ss` in the site's zone; `offset`: ISO with offset. */
  timestamps: TimestampStyle;
  /** Names of the span parameters: `startTime`/`endTime` (default) or `from`/`to`. */
  spanParams: 'startTime' | 'from';
  /** `v2` (default): `{page, sitesInPage, totalCount, sites:[…]}`; `v1`: `{sites:{count, site:[…]}}`. */
  sitesList: 'v2' | 'v1';
  /**
   * The most sites one `/sites` page holds, whatever `sites-in-page` asked (1,000 by default);
   * smaller, a fleet of a few sites spans pages even for a client asking 1,000 a page.
   */
  sitesPageCap: number;
}

/** An alert opened through the admin API (the fields `/alerts` lists, wall time added there). */
export interface OpenedAlert {
  alertId: number;
  siteId: number;
  type: string;
  severity: string;
  serialNumber: string | null;
  description: string;
  openedAt: number;
}

/** The state shared by the emulator's routes and admin. */
export interface SolarEdgeContext {
  clock: EmulatorClock;
  app: SiteAccessApp;
  fleet: SiteFleet;
  grants: GrantStore;
  credits: CreditBook;
  /** Credits per endpoint name (see api.ts); 1 when absent. */
  creditCosts: Record<string, number>;
  faults: FaultQueue;
  calls: CallLog;
  dialect: Dialect;
  /** Span caps and the energy unit choice. */
  series: SeriesOptions;
  /** Revoked fleet keys: 401 from then on. */
  revokedKeys: Set<string>;
  /** Alerts an admin opened (by alert id), served with the sites' own until closed. */
  openedAlerts: Map<number, OpenedAlert>;
  latencyMs: number;
  /**
   * Whether `revoke-token` wants client_id and client_secret (RFC 7009 for a confidential
   * client; the reference does not say): true means the app must revoke through the relay.
   */
  revokeNeedsClient: boolean;
}

/** The payer of a Site Access call: the platform's application, shared by every grant. */
export function oauthPayer(app: SiteAccessApp): string {
  return `oauth:${app.clientId}`;
}
