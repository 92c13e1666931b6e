/**
 * The SolarEdge V2 answers as zod schemas that forgive what real APIs do: nulls anywhere, ids
 * as numbers or text, units in any case, fields nobody documented, V1-style wrappers
 * (`{details: …}`, `{overview: …}`). A field the app cannot use becomes null; an item it
 * cannot use is dropped on its own, so one odd site or value never costs the rest.
 */
import { z } from 'zod';
import { looseAmount, looseText } from '../enphase/schemas';

/** A finite number of either sign (power can dip below zero at night), or null. */
export const looseNumber = z
  .unknown()
  .optional()
  .transform((value): number | null => {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof n === 'number' && Number.isFinite(n) ? n : null;
  });

/** Any JSON array, or an empty list for anything else. */
export const looseList = z
  .unknown()
  .optional()
  .transform((value): unknown[] => (Array.isArray(value) ? value : []));

/** An object, or `{}` for anything else (so its fields become null, not a failure). */
function looseObject<T extends z.ZodRawShape>(shape: T) {
  return z
    .unknown()
    .optional()
    .transform((value) =>
      typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {},
    )
    .pipe(z.object(shape));
}

/** Unwraps V1's `{details: {...}}`-style envelope when present. */
export function unwrap(body: unknown, key: string): unknown {
  if (typeof body === 'object' && body !== null && key in body) {
    return (body as Record<string, unknown>)[key];
  }
  return body;
}

/** SolarEdge site ids are integers; keep them as text, refuse anything else. */
const siteId = z
  .union([z.number().int().positive(), z.string().regex(/^\d{1,15}$/)])
  .transform((value) => String(value));

/** A site of `/sites` or `/sites/{id}`. */
export const siteSchema = z.object({
  id: siteId,
  name: looseText,
  status: looseText,
  /** kW. */
  peakPower: looseAmount,
  installationDate: looseText,
  lastUpdateTime: looseText,
  location: looseObject({
    country: looseText,
    city: looseText,
    address: looseText,
    timezone: looseText,
    timeZone: looseText,
  }),
});
/** A site as parsed. */
export type SolarEdgeSiteRaw = z.infer<typeof siteSchema>;

/** `{timestamp, value}`: one bucket of power or energy. */
export const pointSchema = z.object({ timestamp: z.string().max(40), value: looseNumber });

/** `/power` and `/energy`: the unit and the buckets. */
export const seriesSchema = z.object({ unit: looseText, values: looseList });

const measured = looseObject({ value: looseNumber, unit: looseText });

/** `/overview`: the span's energy, the current power, when the data ends. */
export const overviewSchema = z.object({
  energy: measured,
  power: measured,
  lastUpdateTime: looseText,
});

/** One device of `/devices`. */
export const deviceSchema = z.object({
  serialNumber: looseText,
  name: looseText,
  type: looseText,
  model: looseText,
  status: looseText,
  lastUpdateTime: looseText,
});

/** `/devices`: the list, in V2's `devices` (or V1's `list`). */
export const devicesSchema = z.object({ devices: looseList, list: looseList });

/** One alert of `/alerts`. */
export const alertSchema = z.object({
  alertId: z.union([z.number(), z.string()]).transform(String),
  siteId: z
    .union([z.number(), z.string()])
    .optional()
    .transform((value) => (value === undefined ? null : String(value))),
  type: looseText,
  severity: looseText,
  status: looseText,
  openedTime: looseText,
  serialNumber: looseText,
  description: looseText,
});

/** `/alerts`. */
export const alertsSchema = z.object({ alerts: looseList });

/** An RFC 7807 problem document (any field may be missing). */
export const problemSchema = z.object({ title: looseText, detail: looseText, status: looseAmount });
