/**
 * The conditions the app watches for, kept free of zod: the renderer imports them, and importing
 * shared/alerts.ts (schemas) would pull zod and its `new Function` probe into the page, which the
 * CSP reports. Their labels are words: the renderer's catalogue (`alerts.rule.*`) and main's
 * (`desktop.rule.*`, for notifications) name them in the user's language.
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
