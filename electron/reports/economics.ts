/**
 * The arithmetic of money and CO2, pure so it can be tested with tables of cases:
 * savings = kWh × (self-consumed share × electricity price + exported share × feed-in price),
 * CO2 avoided = kWh × the grid's emission factor. A site's own values win over the fleet
 * default; a country override wins over the built-in table; the world average fills the rest.
 */
import type { EconomicsSettings, FactorSource, Rates } from '../../shared/economics';
import { tableFactor, WORLD_AVERAGE_KG_PER_KWH } from './grid-factors';

/** The values that apply to one site. */
export interface EffectiveRates extends Rates {
  factorKgPerKwh: number;
  factorSource: FactorSource;
}

/** What a new installation starts with: no money until a price is entered, all of it used on site. */
export const defaultEconomics: EconomicsSettings = {
  currency: null,
  fleet: { electricityPrice: 0, feedInPrice: 0, selfConsumptionShare: 1 },
  emissionFactors: {},
  sites: {},
};

/** The rates and emission factor that apply to a site. */
export function effectiveRates(
  settings: EconomicsSettings,
  site: { id: string; country: string },
): EffectiveRates {
  const own = Object.hasOwn(settings.sites, site.id) ? settings.sites[site.id] : undefined;
  const country = site.country.toUpperCase();
  const countryOverride = Object.hasOwn(settings.emissionFactors, country)
    ? settings.emissionFactors[country]
    : undefined;
  const table = tableFactor(country);
  const [factorKgPerKwh, factorSource]: [number, FactorSource] =
    own?.emissionFactorKgPerKwh !== undefined
      ? [own.emissionFactorKgPerKwh, 'site']
      : countryOverride !== undefined
        ? [countryOverride, 'country-override']
        : table !== null
          ? [table, 'table']
          : [WORLD_AVERAGE_KG_PER_KWH, 'world-average'];
  return {
    electricityPrice: own?.electricityPrice ?? settings.fleet.electricityPrice,
    feedInPrice: own?.feedInPrice ?? settings.fleet.feedInPrice,
    selfConsumptionShare: own?.selfConsumptionShare ?? settings.fleet.selfConsumptionShare,
    factorKgPerKwh,
    factorSource,
  };
}

/** Money saved (currency units) and CO2 avoided (kg) by `wh` of production at these rates. */
export function valueOfEnergy(
  wh: number,
  rates: EffectiveRates,
): { savings: number; co2Kg: number } {
  const kwh = Math.max(0, wh) / 1000;
  const share = Math.min(1, Math.max(0, rates.selfConsumptionShare));
  const perKwh = share * rates.electricityPrice + (1 - share) * rates.feedInPrice;
  return { savings: kwh * perKwh, co2Kg: kwh * rates.factorKgPerKwh };
}
