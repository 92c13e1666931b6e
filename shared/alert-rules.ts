/**
 * The conditions the app watches for and their names, kept free of zod: the renderer imports
 * the labels, and importing shared/alerts.ts (schemas) would pull zod and its `new Function`
 * probe into the page, which the CSP reports.
 */

/** Every condition the app watches for. */
export const ALERT_RULES = [
  'no_data',
  'zero_production',
  'underperformance',
  'device_fault',
  'needs_sign_in',
  'quota_low',
  'quota_exhausted',
  'cache_rebuilt',
] as const;
export type AlertRule = (typeof ALERT_RULES)[number];

/** A rule as a person names it (the Alerts page, notifications, reports). */
export const RULE_LABEL: Record<AlertRule, string> = {
  no_data: 'No data',
  zero_production: 'No production',
  underperformance: 'Underperforming',
  device_fault: 'Device fault',
  needs_sign_in: 'Sign-in needed',
  quota_low: 'Quota nearly used',
  quota_exhausted: 'Quota used up',
  cache_rebuilt: 'Cache rebuilt',
};
