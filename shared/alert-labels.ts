/**
 * Alert rules as a person names them (the Alerts page, notifications, chart markers). Apart from
 * alerts.ts so renderer code can use the words without loading zod (whose eval probe the
 * Content-Security-Policy reports).
 */
import type { AlertRule } from './alerts';

/** See the module comment. */
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
