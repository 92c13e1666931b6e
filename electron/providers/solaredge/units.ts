/**
 * SolarEdge writes energy in whatever unit it picks per answer (WH, KWH, MWH, GWH) and power in
 * W (sometimes kW): this is the one place that turns a value and its unit into the app's Wh and
 * W. Results are rounded to a thousandth of a Wh, so `12.345 KWH` is exactly 12,345 Wh and not
 * 12,344.999…; nothing else in the app multiplies by a unit factor.
 */

const energyFactors: Record<string, number> = {
  WH: 1,
  KWH: 1e3,
  MWH: 1e6,
  GWH: 1e9,
};

const powerFactors: Record<string, number> = {
  W: 1,
  KW: 1e3,
  MW: 1e6,
};

/** Raised for a unit the app does not know: a guess could be off by a factor of 1,000. */
export class UnknownUnitError extends Error {
  override name = 'UnknownUnitError';
}

function normalised(unit: string): string {
  return unit.trim().toUpperCase().replace(/\s+/g, '');
}

/** True when `unit` names an energy unit the app can convert. */
export function isEnergyUnit(unit: string): boolean {
  return Object.hasOwn(energyFactors, normalised(unit));
}

/** A value in `unit` as Wh (null stays null: "no data" is not zero). */
export function energyToWh(value: number | null, unit: string): number | null {
  const factor = energyFactors[normalised(unit)];
  if (factor === undefined) throw new UnknownUnitError(`Unknown energy unit ${unit.slice(0, 12)}`);
  return value === null ? null : roundMilli(value * factor);
}

/** A value in `unit` (W unless said otherwise) as W. */
export function powerToW(value: number | null, unit: string | null): number | null {
  const factor = powerFactors[normalised(unit ?? 'W')];
  if (factor === undefined)
    throw new UnknownUnitError(`Unknown power unit ${(unit ?? '').slice(0, 12)}`);
  return value === null ? null : roundMilli(value * factor);
}

/** Peak power as SolarEdge states it in site details (kW) as W. */
export function peakPowerToW(kw: number | null): number | null {
  return kw === null ? null : roundMilli(kw * 1000);
}

function roundMilli(value: number): number {
  return Math.round(value * 1000) / 1000;
}
