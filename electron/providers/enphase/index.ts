/**
 * The Enphase v4 provider: one instance per connected owner account. See enphase-provider.ts.
 */
export { EnphaseProvider, SYSTEMS_PAGE_SIZE } from './enphase-provider';
export type { EnphaseProviderOptions } from './enphase-provider';
export {
  EnphaseApiKeyError,
  EnphaseForbiddenError,
  EnphaseInvalidRangeError,
  EnphaseSystemNotFoundError,
  MalformedResponseError,
  ProviderUnavailableError,
  QuotaExceededError,
  ResponseTooLargeError,
} from './errors';
export type { QuotaPeriod } from './errors';
export type { RequestLedger } from '../request-ledger';
export type { RequestPacer } from '../pacer';
export { DEFAULT_MAX_RESPONSE_BYTES } from './read-body';
export { mapSystemStatus } from './status';
