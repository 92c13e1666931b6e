/** The demo provider's public face: the provider, its default fleet and the model tests use. */
export { DEFAULT_DEMO_SEED, DemoProvider } from './demo-provider';
export type { DemoProviderOptions } from './demo-provider';
export {
  DEMO_INTERVAL_SECONDS,
  demoClearSkyPowerAt,
  demoCloudFactor,
  demoDayKind,
  demoEnergyBetween,
  demoExpectedPowerAt,
  demoIntervalAt,
  demoIntervals,
  demoPowerAt,
  demoTripAt,
} from './model';
export type { DemoDayKind } from './model';
export { demoSiteSpecs, InvalidDemoSiteError } from './sites';
export type { DemoSiteSpec } from './sites';
