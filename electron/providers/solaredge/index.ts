/**
 * SolarEdge Monitoring API V2, the parts that do not depend on how providers plug in: the HTTP
 * client for a fleet key or a Site Access grant, the parsers, unit and site-time conversion,
 * span chunking and the credit table. Not registered as a provider yet.
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
