/**
 * The monthly or yearly report as both processes see it: main computes every number from the
 * cache, the renderer lays it out for print. Expected production and the performance index come
 * from electron/insight/'s model; the same period last year is shown beside them.
 */
import { z } from 'zod';
import { alertRuleSchema } from './alerts';

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** `YYYY-MM` (a month) or `YYYY` (a year). */
export const reportPeriodSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'expected YYYY or YYYY-MM');

/** Which report: the whole fleet, or one site, for a month or a year. */
export const reportRequestSchema = z
  .object({
    /** `fleet`, or a site id. */
    scope: z.string().min(1).max(200),
    period: reportPeriodSchema,
  })
  .strict();
export type ReportRequest = z.infer<typeof reportRequestSchema>;

/** One site's line in the report (and in the ranking). */
export const reportSiteSchema = z.object({
  siteId: z.string(),
  name: z.string(),
  city: z.string(),
  country: z.string(),
  timeZone: z.string(),
  capacityW: z.number().nonnegative(),
  wh: z.number().nonnegative(),
  /** The same local dates one year earlier; null when the cache has nothing then. */
  previousWh: z.number().nonnegative().nullable(),
  /** kWh per kWp over the period. */
  specificYield: z.number().nonnegative(),
  /** Share of daylight with data (0–1), over the part of the period with interval history. */
  availability: z.number().min(0).max(1).nullable(),
  savings: z.number().nonnegative(),
  co2Kg: z.number().nonnegative(),
  /** What the site should have produced over the period so far (insight's model), Wh. */
  expectedWh: z.number().nonnegative(),
  /** Actual over expected; null when nothing was expected (no sun, or no capacity). */
  performanceIndex: z.number().nonnegative().nullable(),
  /** Energy lost in the period's alerts at this site (kWh). */
  lostKwh: z.number().nonnegative(),
});
export type ReportSite = z.infer<typeof reportSiteSchema>;

/** One alert of the period at a site, as the report lists it. */
export const reportAlertSchema = z.object({
  siteId: z.string(),
  siteName: z.string(),
  rule: alertRuleSchema,
  /** Epoch seconds. */
  startAt: z.number().int(),
  /** Epoch seconds; null while it lasts. */
  endAt: z.number().int().nullable(),
  /** The whole alert's lost energy (kWh), as the alert store records it. */
  lostKwh: z.number().nonnegative(),
});
export type ReportAlert = z.infer<typeof reportAlertSchema>;

/** The whole report. */
export const reportSchema = z.object({
  scope: z.union([
    z.object({ kind: z.literal('fleet') }),
    z.object({ kind: z.literal('site'), siteId: z.string(), name: z.string() }),
  ]),
  period: z.object({
    kind: z.enum(['month', 'year']),
    /** `YYYY-MM` or `YYYY`. */
    label: z.string(),
    from: localDate,
    to: localDate,
    /** The last local date with data so far when the period is still running, else `to`. */
    through: localDate,
  }),
  generatedAt: z.number().int(),
  currency: z.string(),
  /** One sentence naming where the CO2 factors come from. */
  factorSource: z.string(),
  totals: z.object({
    wh: z.number().nonnegative(),
    previousWh: z.number().nonnegative().nullable(),
    capacityW: z.number().nonnegative(),
    specificYield: z.number().nonnegative(),
    availability: z.number().min(0).max(1).nullable(),
    savings: z.number().nonnegative(),
    co2Kg: z.number().nonnegative(),
    expectedWh: z.number().nonnegative(),
    performanceIndex: z.number().nonnegative().nullable(),
    lostKwh: z.number().nonnegative(),
  }),
  /** Sites ranked by specific yield, best first. */
  sites: z.array(reportSiteSchema),
  /** Energy per local day (month report) or per month (year report), with last year's. */
  buckets: z.array(
    z.object({
      label: z.string(),
      wh: z.number().nonnegative(),
      previousWh: z.number().nonnegative().nullable(),
    }),
  ),
  /** The site alerts that overlap the period, by site then start. */
  alerts: z.array(reportAlertSchema),
});
export type Report = z.infer<typeof reportSchema>;

/** The monthly-report setting: whether to write last month's fleet report on the 1st, and where. */
export const monthlyReportSettingsSchema = z.object({
  enabled: z.boolean(),
  /** Chosen through the folder dialog in main; the renderer never types a path. */
  folder: z.string().nullable(),
  /** The last month written (`YYYY-MM`), so a restart never writes it twice. */
  lastWritten: z.string().nullable(),
});
export type MonthlyReportSettings = z.infer<typeof monthlyReportSettingsSchema>;
