/**
 * Alerts as both processes see them: what watching the fleet found, with the numbers behind it
 * and the energy it cost. Defined once here; main stores and evaluates, the renderer lists.
 */
import { z } from 'zod';
import { ALERT_RULES, type AlertRule } from './alert-rules';

/** Every condition the app watches for (shared/alert-rules.ts). */
export const alertRuleSchema = z.enum(ALERT_RULES);
export type { AlertRule };

/** How urgent: a fault costs energy now, a warning may, info is for the record. */
export const alertSeveritySchema = z.enum(['info', 'warning', 'fault']);
export type AlertSeverity = z.infer<typeof alertSeveritySchema>;

const epochSeconds = z.number().int().nonnegative();

/** One alert: a condition at a subject (a site, an account, the app) from start to end. */
export const alertSchema = z.object({
  id: z.number().int().positive(),
  rule: alertRuleSchema,
  /** `site:<id>`, `connection:<id>`, `provider:<id>` or `app`. */
  subject: z.string(),
  siteId: z.string().nullable(),
  severity: alertSeveritySchema,
  /** When the condition began (from the data, not from when the app noticed). */
  startAt: epochSeconds,
  /** When it ended; null while it lasts. */
  endAt: epochSeconds.nullable(),
  /** When the app first raised it. */
  detectedAt: epochSeconds,
  /** The app's own sentence for the condition. */
  summary: z.string(),
  /** The numbers that triggered it (names are stable keys, e.g. performanceIndex). */
  evidence: z.record(z.string(), z.number()),
  /** Energy lost so far (kWh); 0 where nothing was lost (a sign-in, a quota). */
  lostKwh: z.number().nonnegative(),
  acknowledgedAt: epochSeconds.nullable(),
});
export type Alert = z.infer<typeof alertSchema>;

/** A snooze (until an instant) or a mute (until null) of a rule ('*': all) at a subject. */
export const alertSilenceSchema = z.object({
  subject: z.string().min(1).max(300),
  rule: z.union([alertRuleSchema, z.literal('*')]),
  until: epochSeconds.nullable(),
});
export type AlertSilence = z.infer<typeof alertSilenceSchema>;

/** How the fleet is doing, for the tray icon and the sidebar badge. */
export const fleetAlertStateSchema = z.object({
  state: z.enum(['fine', 'warning', 'fault']),
  /** Open alerts nobody acknowledged, snoozed or muted. */
  unseen: z.number().int().nonnegative(),
  open: z.number().int().nonnegative(),
});
export type FleetAlertState = z.infer<typeof fleetAlertStateSchema>;

/** The alerts page's data: a list plus the silences in force and the fleet state. */
export const alertListSchema = z.object({
  alerts: z.array(alertSchema),
  silences: z.array(alertSilenceSchema),
  fleet: fleetAlertStateSchema,
});
export type AlertList = z.infer<typeof alertListSchema>;
