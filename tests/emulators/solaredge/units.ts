/**
 * The unit an energy answer is written in: the API picks it per answer (reference: WH, KWH,
 * MWH, GWH in the response). The emulator picks by magnitude so each unit shows up in real
 * answers, or uses a forced one; values stay exact (integer Wh divided by a power of ten).
 */

/** Energy units of the API. */
export type EnergyUnit = 'WH' | 'KWH' | 'MWH' | 'GWH';

/** `auto` picks by the answer's largest value; otherwise that unit always. */
export type EnergyUnitChoice = 'auto' | EnergyUnit;

const factors: Record<EnergyUnit, number> = { WH: 1, KWH: 1e3, MWH: 1e6, GWH: 1e9 };

/** The unit for an answer whose largest value is `maxWh`. */
export function unitFor(maxWh: number, choice: EnergyUnitChoice): EnergyUnit {
  if (choice !== 'auto') return choice;
  if (maxWh < 100_000) return 'WH';
  if (maxWh < 100_000_000) return 'KWH';
  return 'MWH';
}

/** Integer Wh written in `unit` (null stays null). */
export function inUnit(wh: number | null, unit: EnergyUnit): number | null {
  return wh === null ? null : wh / factors[unit];
}
