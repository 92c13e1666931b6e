/**
 * Everything one running Tesla emulator holds, passed to the route modules so each stays a
 * plain function of (context, request).
 */
import type { CallLog } from '../enphase/calls';
import type { EmulatorClock } from '../enphase/clock';
import type { FaultQueue } from '../enphase/faults';
import type { BillingBook } from './billing';
import type { EnergyFleet } from './fleet';
import type { TeslaGrants } from './grants';
import type { TeslaRegion } from './sites';

/** The platform's application at developer.tesla.com. */
export interface TeslaApp {
  clientId: string;
  clientSecret: string;
  /** Exact URIs; a `:*` port accepts any port (relays on port 0). */
  redirectUris: string[];
  /** Allowed origins: partner registration accepts only their hosts as `domain`. */
  allowedOrigins: string[];
}

/** Buckets of `calendar_history` per period: `5min`, `day` or `month`. */
export type Bucket = '5min' | 'day' | 'month';
/** The periods `calendar_history` accepts. */
export type Period = 'day' | 'week' | 'month' | 'year';

/** State shared by the routes and the admin. */
export interface TeslaContext {
  clock: EmulatorClock;
  app: TeslaApp;
  fleet: EnergyFleet;
  grants: TeslaGrants;
  billing: BillingBook;
  faults: FaultQueue;
  calls: CallLog;
  /** Each region's base URL (the emulator's own origin + `/na` or `/eu`). */
  regionBase: Record<TeslaRegion, string>;
  /**
   * A token works only on the regional base it was issued for (its `audience`); true by
   * default (the Python client picks the audience from the code's region for a reason).
   */
  audienceEnforced: boolean;
  /** Bucket size per period (uncertain in the sources; an option). */
  buckets: Record<Period, Bucket>;
  /** Where partner registration fetches a domain's public key (tests point it at the relay). */
  publicKeyUrl(domain: string): string;
  /** Domains registered per region, with the key found. */
  partners: Map<string, { region: TeslaRegion; domain: string; publicKeyPem: string }>;
  latencyMs: number;
}

/** The region whose base URL is this origin + path prefix, or null. */
export function regionOfPrefix(prefix: string): TeslaRegion | null {
  if (prefix === 'na') return 'NA';
  if (prefix === 'eu') return 'EU';
  return null;
}
