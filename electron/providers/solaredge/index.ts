/**
 * SolarEdge Monitoring API V2: the HTTP client for a fleet key or a Site Access grant, the
 * parsers, unit and site-time conversion, span chunking, the credit table and budget, and the
 * provider registered through descriptor.ts (providers/registry.ts).
 */
export { DEFAULT_SITES_PAGE_SIZE, SolarEdgeClient } from './client';
export type { DayEnergy, SiteRef } from './client';
export {
  creditCost,
  creditsFor,
  dailyEnergyCalls,
  FREE_TIER,
  powerCalls,
  solarEdgeEndpoints,
} from './credits';
export type { CreditPlan, SolarEdgeEndpoint } from './credits';
export { defaultDialect, fromToDialect } from './dialect';
export type { SolarEdgeDialect, SolarEdgeResolution } from './dialect';
export {
  SolarEdgeBadRequestError,
  SolarEdgeForbiddenError,
  SolarEdgeGoneError,
  SolarEdgeKeyRejectedError,
  SolarEdgeMalformedResponseError,
  SolarEdgeMinuteLimitError,
  SolarEdgeMonthlyCreditsError,
  SolarEdgeSiteNotFoundError,
  SolarEdgeUnavailableError,
} from './errors';
export { SolarEdgeHttp } from './http';
export type { SolarEdgeCredential, SolarEdgeHttpOptions, SolarEdgeRequest } from './http';
export type { SeriesPoint, SolarEdgeAlert, SolarEdgeSite } from './mapping';
export { solarEdgeDescriptor, SOLAREDGE_REFRESH_IDLE_SECONDS } from './descriptor';
export { SolarEdgeProvider } from './solaredge-provider';
export type { SolarEdgeAccess, SolarEdgeProviderOptions } from './solaredge-provider';
export { SolarEdgeCreditGate } from './credit-gate';
export { CreditBudgetSource } from './budget-source';
