/**
 * Money and CO2 as both processes see them: the prices a facility manager enters (a fleet
 * default, overridden per site), grid emission factors per country (a documented table in
 * electron/reports/, overridable), and the savings and CO2 avoided they lead to.
 */
import { z } from 'zod';

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const money = z.number().finite().min(0).max(100);
/** ISO 3166-1 alpha-2, as providers report a site's country. */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected a two-letter country code');
/** kg CO2 per kWh: the dirtiest grids are near 1.1; 2 leaves room without allowing nonsense. */
const emissionFactor = z.number().finite().min(0).max(2);

/** What a kWh of solar is worth at one site: the price avoided and the price paid for export. */
export const ratesSchema = z.object({
  /** What the site pays per kWh bought from the grid (currency units per kWh). */
  electricityPrice: money,
  /** What the grid pays per kWh exported. */
  feedInPrice: money,
  /** Share of the production used on site (0–1); the rest is exported. */
  selfConsumptionShare: z.number().finite().min(0).max(1),
});
export type Rates = z.infer<typeof ratesSchema>;

/** A site's own values; anything left out comes from the fleet default or the country table. */
export const siteOverrideSchema = ratesSchema
  .partial()
  .extend({ emissionFactorKgPerKwh: emissionFactor.optional() })
  .strict();
export type SiteOverride = z.infer<typeof siteOverrideSchema>;

/** Everything the user set about money and CO2 (stored in the settings store, see services/economics.ts). */
export const economicsSettingsSchema = z.object({
  /** ISO 4217 code; null follows the operating system's locale. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected a three-letter currency code')
    .nullable(),
  fleet: ratesSchema,
  /** The user's own grid factors per country (kg CO2/kWh), over the built-in table. */
  emissionFactors: z.record(countryCodeSchema, emissionFactor),
  sites: z.record(z.string().min(1).max(200), siteOverrideSchema),
});
export type EconomicsSettings = z.infer<typeof economicsSettingsSchema>;

/** Where a site's emission factor came from, so screens can say so. */
export const factorSourceSchema = z.enum(['site', 'country-override', 'table', 'world-average']);
export type FactorSource = z.infer<typeof factorSourceSchema>;

/** One built-in grid factor, with the data year it describes. */
export const gridFactorSchema = z.object({
  country: countryCodeSchema,
  kgPerKwh: z.number(),
  year: z.number().int(),
});

/** The `economics.get` answer: settings, the currency in use, the built-in table and its source. */
export const economicsViewSchema = z.object({
  settings: economicsSettingsSchema,
  /** The currency shown: the setting, or the one of the OS locale. */
  currency: z.string(),
  table: z.array(gridFactorSchema),
  /** Used for countries the table does not list. */
  worldAverageKgPerKwh: z.number(),
  /** One sentence naming the table's source and year. */
  tableSource: z.string(),
});
export type EconomicsView = z.infer<typeof economicsViewSchema>;

/** Savings and CO2 of one site over a period. */
export const siteValueSchema = z.object({
  siteId: z.string(),
  wh: z.number().nonnegative(),
  savings: z.number().nonnegative(),
  co2Kg: z.number().nonnegative(),
  factorKgPerKwh: z.number().nonnegative(),
  factorSource: factorSourceSchema,
});
export type SiteValue = z.infer<typeof siteValueSchema>;

/** The `economics.value` answer: per site and in total, for local dates [from, to]. */
export const valueSchema = z.object({
  from: localDate,
  to: localDate,
  currency: z.string(),
  sites: z.array(siteValueSchema),
  totals: z.object({
    wh: z.number().nonnegative(),
    savings: z.number().nonnegative(),
    co2Kg: z.number().nonnegative(),
  }),
});
export type EconomicValue = z.infer<typeof valueSchema>;

/** What a portfolio export or a saved report answers: the file's name (null: cancelled). */
export const savedFileSchema = z.object({
  fileName: z.string().nullable(),
  rows: z.number().int().nonnegative(),
});

/** Requests for the economics and report channels. */
export const economicsRequests = {
  update: z
    .object({
      currency: economicsSettingsSchema.shape.currency.optional(),
      fleet: ratesSchema.strict().optional(),
      emissionFactors: economicsSettingsSchema.shape.emissionFactors.optional(),
    })
    .strict(),
  setSite: z
    .object({ siteId: z.string().min(1).max(200), override: siteOverrideSchema.nullable() })
    .strict(),
  value: z
    .object({
      /** null: every site the portfolio shows. */
      siteIds: z.array(z.string().min(1).max(200)).max(5000).nullable(),
      from: localDate,
      to: localDate,
    })
    .strict(),
  export: z
    .object({
      /** null: every site the portfolio shows. */
      siteIds: z.array(z.string().min(1).max(200)).max(5000).nullable(),
      from: localDate,
      to: localDate,
      granularity: z.enum(['day', 'month']),
      format: z.enum(['csv', 'xlsx']),
    })
    .strict(),
};
