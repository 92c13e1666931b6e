/**
 * The monthly or yearly report as both processes see it: main computes every number from the
 * cache, the renderer lays it out for print. `expected` is reserved for expected-vs-actual (the
 * performance index) once electron/insight/ provides it; until then the comparison is the same
 * period last year.
 */
import { z } from 'zod';

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
});
export type ReportSite = z.infer<typeof reportSiteSchema>;

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
  /** Expected production and performance index (not available yet: null). */
  expected: z.null(),
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
