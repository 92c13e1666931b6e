/**
 * Each micro's newest output from `/systems/inverters_summary_by_envoy_or_site?site_id=…`.
 * This endpoint is not in the reference doc: its shape is taken from Enphase's published v4
 * OpenAPI model (a list of gateways, each with `micro_inverters`, whose `power_produced` is
 * `{value, units, precision}`), so the parser forgives everything and a surprise costs only the
 * figures, never the device list. The `energy` there is lifetime, not today: it is not used.
 */
import { z } from 'zod';
import type { DeviceOutput } from '../provider';
import { looseAmount, looseText } from './schemas';

/** `{value, units}`: an amount with its unit, null when either is unusable. */
const quantitySchema = z
  .object({ value: looseAmount, units: looseText })
  .nullable()
  .optional()
  .catch(null);

const microSchema = z.object({ serial_number: looseText, power_produced: quantitySchema });

/** Watts from a power quantity; units other than W and kW are refused rather than guessed. */
export function wattsOf(
  quantity: { value: number | null; units: string | null } | null | undefined,
) {
  if (!quantity || quantity.value === null) return null;
  const unit = (quantity.units ?? 'W').trim().toLowerCase();
  if (unit === 'w') return quantity.value;
  if (unit === 'kw') return quantity.value * 1000;
  return null;
}

/** Serial → the micro's newest power; micros without a usable serial or figure are left out. */
export function parseInverterOutputs(body: unknown): Map<string, DeviceOutput> {
  const out = new Map<string, DeviceOutput>();
  const gateways = Array.isArray(body) ? body : [body];
  for (const gateway of gateways) {
    const micros =
      typeof gateway === 'object' && gateway !== null
        ? (gateway as Record<string, unknown>).micro_inverters
        : null;
    if (!Array.isArray(micros)) continue;
    for (const item of micros) {
      const parsed = microSchema.safeParse(item);
      if (!parsed.success || !parsed.data.serial_number) continue;
      const powerW = wattsOf(parsed.data.power_produced);
      if (powerW !== null) out.set(parsed.data.serial_number, { powerW, energyTodayWh: null });
      if (out.size >= 10_000) return out;
    }
  }
  return out;
}
