/**
 * The Tesla Fleet API provider's parts (energy sites): schemas, flows, mapping, the HTTP client
 * with region discovery and a ledger entry per request with its cost, and the money model.
 * The registry reads Tesla through descriptor.ts; sign-in.ts and budget-source.ts serve the
 * connect flow and the scheduler.
 */
export { TeslaClient } from './client';
export * from './errors';
export { addFlows, flowsOfEntry, liveFlowsOf } from './flows';
export type { EnergyFlows, LiveFlows, SiteEquipment } from './flows';
export { TeslaHttp } from './http';
export type { TeslaHttpOptions, TeslaLedger, TeslaLedgerEntry, TeslaRequest } from './http';
export {
  backfillWindows,
  bucketsOf,
  energySitesOf,
  historyQuery,
  periodRules,
  siteDetailsOf,
} from './mapping';
export type {
  FlowBucket,
  HistoryWindow,
  TeslaEnergySite,
  TeslaPeriod,
  TeslaSiteDetails,
} from './mapping';
export {
  billingMonth,
  callCostMicroUsd,
  explainTeslaPlan,
  formatUsd,
  monthSpendMicroUsd,
  planTeslaRefresh,
  TESLA_PRICING,
} from './money';
export type { BudgetSite, TeslaBudgetInput, TeslaBudgetPlan, TeslaPricing } from './money';
