/**
 * The energy flows of a site over a span of local days, as the site page shows them: solar,
 * home use, grid import and export, battery charge and discharge, and the newest state of
 * charge. Only sites that measure more than solar have them (`measured` false otherwise, and
 * the page shows no flows section).
 */
import { z } from 'zod';

const amount = z.number().nonnegative().nullable();

/** See the module comment. */
export const siteFlowsSchema = z.object({
  siteId: z.string(),
  from: z.string(),
  to: z.string(),
  /** False for a solar-only site: nothing beside solar is measured. */
  measured: z.boolean(),
  solarWh: amount,
  homeWh: amount,
  gridImportWh: amount,
  gridExportWh: amount,
  batteryChargeWh: amount,
  batteryDischargeWh: amount,
  /** The newest state of charge in the span (%), and when it was read (epoch s). */
  socPercent: z.number().min(0).max(100).nullable(),
  socAt: z.number().int().nullable(),
});
export type SiteFlows = z.infer<typeof siteFlowsSchema>;
