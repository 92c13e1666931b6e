/**
 * The Tesla Fleet API emulator (energy sites): OAuth with regional audiences and single-use
 * refresh tokens, NA and EU bases with 421, the energy endpoints, billing in money with 402 and
 * 429 `after`, partner registration, and an admin surface, on 127.0.0.1. See README.md.
 */
export { InvalidTeslaAdminError, TeslaAdmin } from './admin';
export type { TeslaState } from './admin';
export { defaultTeslaBilling } from './billing';
export type { BillingUsage, TeslaBilling } from './billing';
export type { Bucket, Period, TeslaApp } from './context';
export { defaultTeslaOwners, ENERGY_SITE, EU_OWNER, NA_OWNER, PASSWORDS } from './fixtures';
export { UnknownEnergySiteError } from './fleet';
export type { DayTruth } from './fleet';
export { defaultTeslaLifetimes } from './grants';
export type { TeslaLifetimes, TeslaTokens } from './grants';
export { defaultBuckets, periodSpanCaps } from './history';
export { BACKUP_RESERVE_PERCENT, POWERWALL, SAMPLE_SECONDS } from './model';
export { TESLA_USER_SCOPES } from './oauth';
export { PUBLIC_KEY_PATH } from './partner';
export type { EnergySiteSpec, TeslaOwnerSpec, TeslaRegion } from './sites';
export {
  DEFAULT_TESLA_SEED,
  startTeslaEmulator,
  TESLA_CLIENT_ID,
  TESLA_CLIENT_SECRET,
  TESLA_REDIRECT_URIS,
} from './server';
export type { TeslaEmulator, TeslaEmulatorOptions } from './server';
