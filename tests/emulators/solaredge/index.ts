/**
 * The SolarEdge Monitoring API V2 emulator: Site Access OAuth, fleet API keys, the V2 site and
 * series endpoints with credits and span caps, 410 for V1, and an admin surface, on 127.0.0.1.
 * See the README beside this file.
 */
export { InvalidSolarEdgeAdminError, SolarEdgeAdmin } from './admin';
export type { Payer, SolarEdgeState } from './admin';
export { defaultSpanCaps, resolutions } from './api-series';
export type { Resolution, SpanCaps } from './api-series';
export type { Dialect, SiteAccessApp } from './context';
export { FREE_TIER } from './credits';
export type { CreditLimits, CreditUsage } from './credits';
export {
  defaultFleetAccounts,
  defaultOwners,
  FLEET_KEY,
  OTHER_FLEET_KEY,
  OWNER_A,
  OWNER_B,
  SITE,
} from './fixtures';
export { UnknownSiteError } from './fleet';
export { SITE_ACCESS_SCOPES } from './grants';
export type { GrantLifetimes, SiteAccessTokens } from './grants';
export { DEFAULT_SOLAREDGE_SEED, QUARTER_SECONDS } from './production';
export type { Quarter } from './production';
export { SE_CLIENT_ID, SE_CLIENT_SECRET, SE_REDIRECT_URIS, startSolarEdgeEmulator } from './server';
export type { SolarEdgeEmulator, SolarEdgeEmulatorOptions } from './server';
export type { FleetAccountSpec, OwnerSpec, SiteSpec } from './sites';
export type { EnergyUnit, EnergyUnitChoice } from './units';
