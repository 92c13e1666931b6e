/**
 * The Fleet API answers the app reads, as zod schemas that forgive what real APIs do: nulls
 * anywhere, numbers as text, fields nobody documented, products that are cars. A field the app
 * cannot use becomes null; an item it cannot use is dropped on its own, so one odd product or
 * sample never costs the rest. Field names live here and in mapping.ts only.
 */
import { z } from 'zod';
import { looseAmount, looseText } from '../enphase/schemas';
import { looseList, looseNumber } from '../solaredge/schemas';

/** `{"response": …}` around every answer; anything else reads as `{response: null}`. */
export function envelope<T extends z.ZodType>(inner: T) {
  return z
    .unknown()
    .transform((body) =>
      typeof body === 'object' && body !== null && 'response' in body
        ? (body as { response: unknown }).response
        : null,
    )
    .pipe(inner);
}

const anObject = z
  .unknown()
  .optional()
  .transform((value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {},
  );

/** An id as the API writes it (a number, sometimes text), or null. */
const looseId = z
  .unknown()
  .optional()
  .transform((value): string | null => {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
    if (typeof value === 'string' && /^\d{1,20}$/.test(value)) return value;
    return null;
  });

/** A boolean, or null for anything else. */
const looseFlag = z
  .unknown()
  .optional()
  .transform((value): boolean | null => (typeof value === 'boolean' ? value : null));

/** `GET /api/1/users/region`. */
export const regionSchema = envelope(
  anObject.pipe(z.object({ region: looseText, fleet_api_base_url: looseText })),
);

/** What `components` says a site has. */
export const componentsSchema = anObject.pipe(
  z.object({ solar: looseFlag, battery: looseFlag, grid: looseFlag, load_meter: looseFlag }),
);

/** One product; vehicles have no `energy_site_id` and are dropped by the mapping. */
export const productSchema = anObject.pipe(
  z.object({
    energy_site_id: looseId,
    site_name: looseText,
    resource_type: looseText,
    components: componentsSchema,
  }),
);

/** `GET /api/1/products`: the list, each item parsed on its own later. */
export const productsSchema = envelope(looseList);

/** `GET /api/1/energy_sites/{id}/site_info`. */
export const siteInfoSchema = envelope(
  anObject.pipe(
    z.object({
      site_name: looseText,
      installation_time_zone: looseText,
      nameplate_power: looseAmount,
      nameplate_energy: looseAmount,
      battery_count: looseAmount,
      installation_date: looseText,
      components: componentsSchema,
    }),
  ),
);

/** `GET /api/1/energy_sites/{id}/live_status` (W; battery + discharging, grid + importing). */
export const liveStatusSchema = envelope(
  anObject.pipe(
    z.object({
      solar_power: looseNumber,
      battery_power: looseNumber,
      load_power: looseNumber,
      grid_power: looseNumber,
      percentage_charged: looseNumber,
      grid_status: looseText,
      timestamp: looseText,
    }),
  ),
);

/** One `time_series` entry of `calendar_history?kind=energy` (Wh). */
export const energyEntrySchema = anObject.pipe(
  z.object({
    timestamp: looseText,
    solar_energy_exported: looseAmount,
    total_solar_generation: looseAmount,
    total_home_usage: looseAmount,
    grid_energy_imported: looseAmount,
    grid_energy_exported_from_solar: looseAmount,
    grid_energy_exported_from_battery: looseAmount,
    total_grid_energy_exported: looseAmount,
    battery_energy_exported: looseAmount,
    battery_energy_imported_from_solar: looseAmount,
    battery_energy_imported_from_grid: looseAmount,
    total_battery_charge: looseAmount,
    total_battery_discharge: looseAmount,
  }),
);

/** `calendar_history?kind=energy`: the period, the site's zone and the raw entries. */
export const calendarHistorySchema = envelope(
  anObject.pipe(
    z.object({
      period: looseText,
      installation_time_zone: looseText,
      time_series: looseList,
    }),
  ),
);

/** An error body: `{"response":null,"error":"…","error_description":"", "after"?: s}`. */
export const errorBodySchema = anObject.pipe(
  z.object({ error: looseText, error_description: looseText, after: looseAmount }),
);

/** Parsed types. */
export type TeslaProduct = z.infer<typeof productSchema>;
export type TeslaSiteInfo = z.infer<typeof siteInfoSchema>;
export type TeslaLiveStatus = z.infer<typeof liveStatusSchema>;
export type TeslaEnergyEntry = z.infer<typeof energyEntrySchema>;
