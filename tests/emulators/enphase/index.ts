/**
 * The Enphase v4 emulator: OAuth sign-in and token endpoints, the monitoring API with its
 * quotas and quirks, and an admin surface, on 127.0.0.1. See the README beside this file.
 */
export { EmulatorAdmin, InvalidAdminArgumentError, UnknownAccountError } from './admin';
export type { EmulatorState } from './admin';
export type { RecordedCall } from './calls';
export { EmulatorClock, InvalidInstantError } from './clock';
export type { RegisteredApp } from './context';
export type { FaultSpec } from './faults';
export { ACCOUNT_A, ACCOUNT_B, ACCOUNT_C, defaultAccounts } from './fixtures';
export { CELLULAR_UPLOAD_SECONDS, FAST_UPLOAD_SECONDS, UnknownSystemError } from './fleet';
export { DEFAULT_EMULATOR_SEED, INTERVAL_SECONDS } from './production';
export type { MicroInterval } from './production';
export { planLimits } from './quota';
export type { Plan, QuotaUsage } from './quota';
export {
  DEFAULT_API_KEY,
  DEFAULT_CLIENT_ID,
  DEFAULT_CLIENT_SECRET,
  DEFAULT_REDIRECT_URIS,
  startEnphaseEmulator,
} from './server';
export type { EnphaseEmulator, EnphaseEmulatorOptions } from './server';
export type { AccountSpec, ConnectionType, SystemSpec } from './systems';
export type { TokenLifetimes, TokenResponse } from './tokens';
