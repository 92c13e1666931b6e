/**
 * Grid emission factors per country: what a kWh from the public grid emitted, so a kWh of solar
 * that replaces it avoided as much. The user may override any country (Settings → Money and CO2).
 *
 * Source: Ember, Yearly Electricity Data, "carbon intensity of electricity generation", data year
 * 2023 (lifecycle gCO2e per kWh generated), as published by Our World in Data,
 * https://ourworldindata.org/grapher/carbon-intensity-electricity (table view), with the
 * 2023 world average of 481 g and Norway's 30 g from Ember's Global Electricity Review 2024.
 * Only values read from that source are listed; a country without a row uses the world average
 * and screens say so. Generation intensity, not consumption: imports are not counted.
 */

import type { Words } from '../i18n/words';

/** The data year every row describes. */
export const GRID_FACTOR_YEAR = 2023;

/** The sentence screens and reports show under CO2 figures, in the user's language. */
export function gridFactorSource(words: Words): string {
  // The year as text: a number would be grouped like an amount ("2.023" in German).
  return words.t('report.gridFactorSource', { year: String(GRID_FACTOR_YEAR) });
}

/** World average carbon intensity of electricity generation in 2023 (kg CO2e per kWh). */
export const WORLD_AVERAGE_KG_PER_KWH = 0.481;

/** g CO2e per kWh by ISO 3166-1 alpha-2 code, data year 2023. */
const GRAMS_PER_KWH: Readonly<Record<string, number>> = {
  AR: 354,
  AT: 111,
  AU: 549,
  BA: 600,
  BD: 691,
  BE: 138,
  BG: 335,
  BO: 532,
  BR: 98,
  CA: 170,
  CL: 291,
  CN: 582,
  CO: 260,
  CR: 53,
  CY: 534,
  CZ: 450,
  DE: 381,
  DK: 152,
  EC: 150,
  EE: 417,
  EG: 570,
  FI: 79,
  FR: 56,
  GE: 168,
  GR: 337,
  HR: 205,
  HU: 204,
  IE: 291,
  IN: 713,
  IR: 655,
  NO: 30,
  SV: 271,
};

/** The built-in factor of a country in kg CO2e per kWh, or null when the table has no row. */
export function tableFactor(country: string): number | null {
  const grams = Object.hasOwn(GRAMS_PER_KWH, country) ? GRAMS_PER_KWH[country] : undefined;
  return grams === undefined ? null : grams / 1000;
}

/** Every row, for the Settings table. */
export function gridFactorTable(): { country: string; kgPerKwh: number; year: number }[] {
  return Object.entries(GRAMS_PER_KWH).map(([country, grams]) => ({
    country,
    kgPerKwh: grams / 1000,
    year: GRID_FACTOR_YEAR,
  }));
}
