/**
 * The Enphase v4 answers as zod schemas that forgive what the real API does: nulls anywhere,
 * -1 for "not in this list", empty lists, numbers as strings, statuses nobody documented. A
 * field the app cannot use becomes null; a list item it cannot use is dropped on its own, so
 * one odd system or interval never costs the rest of the answer.
 */
import { z } from 'zod';

/** Latest instant the API can sensibly name (2100-01-01): catches milliseconds sent as seconds. */
const LATEST_INSTANT = 4_102_444_800;
/** Earliest (2000-01-01). */
const EARLIEST_INSTANT = 946_684_800;

/** An epoch-seconds instant, or null for anything else (null, -1, text, milliseconds). */
export const looseInstant = z
  .unknown()
  .optional()
  .transform((value): number | null => {
    const n = typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : value;
    return typeof n === 'number' &&
      Number.isInteger(n) &&
      n >= EARLIEST_INSTANT &&
      n <= LATEST_INSTANT
      ? n
      : null;
  });

/** A non-negative finite number, or null (the lists' -1, null, NaN-ish text). */
export const looseAmount = z
  .unknown()
  .optional()
  .transform((value): number | null => {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : null;
  });

/** A string, or null for anything else. Long values are cut: they end up in the UI. */
export const looseText = z
  .unknown()
  .optional()
  .transform((value): string | null =>
    typeof value === 'string'
      ? value.slice(0, 200)
      : typeof value === 'number'
        ? String(value)
        : null,
  );

/** Any JSON array (items are parsed one by one), or an empty list for null/absent. */
const looseList = z
  .unknown()
  .optional()
  .transform((value): unknown[] => (Array.isArray(value) ? value : []));

/** Enphase system ids are integers; keep them as text, refuse anything else. */
const systemId = z
  .union([z.number().int().positive(), z.string().regex(/^\d{1,15}$/)])
  .transform((value) => String(value));

/** One system of `/systems` (or `/systems/{id}`). */
export const systemSchema = z.object({
  system_id: systemId,
  name: looseText,
  public_name: looseText,
  timezone: looseText,
  address: z
    .unknown()
    .optional()
    .transform((value) => (typeof value === 'object' && value !== null ? value : {}))
    .pipe(z.object({ city: looseText, state: looseText, country: looseText })),
  connection_type: looseText,
  status: looseText,
  last_report_at: looseInstant,
  last_energy_at: looseInstant,
  operational_at: looseInstant,
  /** Always -1 in the list (→ null): the summary has the size. */
  system_size: looseAmount,
});
/** A system as parsed. */
export type EnphaseSystem = z.infer<typeof systemSchema>;

/** `/systems` page. */
export const systemsPageSchema = z.object({
  total: looseAmount,
  current_page: looseAmount,
  size: looseAmount,
  systems: looseList,
});

/** `/systems/{id}/summary`: only the size matters to the app. */
export const summarySchema = z.object({ size_w: looseAmount, status: looseText });

/** One 5-minute (or hourly) interval of `production_micro`. */
export const microIntervalSchema = z.object({
  end_at: looseInstant,
  powr: looseAmount,
  enwh: looseAmount,
});

const metaSchema = z
  .unknown()
  .optional()
  .transform((value) => (typeof value === 'object' && value !== null ? value : {}))
  .pipe(z.object({ last_energy_at: looseInstant, operational_at: looseInstant }));

/** `production_micro`. */
export const productionMicroSchema = z.object({
  intervals: looseList,
  meta: metaSchema,
});

/** `energy_lifetime`: one Wh value per local day from `start_date`. */
export const energyLifetimeSchema = z.object({
  start_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  production: looseList,
  meta: metaSchema,
});

/** One device of `/devices` (micro, meter, gateway, battery…). */
export const deviceSchema = z.object({
  serial_number: looseText,
  model: looseText,
  product_name: looseText,
  sku: looseText,
  status: looseText,
  last_report_at: looseInstant,
});

/** `/devices`: groups of devices by kind. */
export const devicesSchema = z.object({
  devices: z
    .unknown()
    .optional()
    .transform((value) =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : {},
    ),
});

/** The 429 body (no Retry-After header exists: this is the only word on how long to wait). */
export const quotaBodySchema = z.object({
  period: z
    .unknown()
    .optional()
    .transform((value) => (value === 'month' ? 'month' : 'minute')),
  period_end: looseInstant,
});

/** The error bodies: `{message, details, code}`, or a 500's `{errorCode, errorMessages}`. */
export const errorBodySchema = z.object({ message: looseText, details: looseText });
