import { describe, expect, it } from 'vitest';
import {
  defaultEconomics,
  effectiveRates,
  valueOfEnergy,
} from '../../../../electron/reports/economics';
import {
  gridFactorTable,
  tableFactor,
  WORLD_AVERAGE_KG_PER_KWH,
} from '../../../../electron/reports/grid-factors';
import type { EconomicsSettings } from '../../../../shared/economics';

const settings: EconomicsSettings = {
  currency: 'EUR',
  fleet: { electricityPrice: 0.3, feedInPrice: 0.08, selfConsumptionShare: 0.7 },
  emissionFactors: { FR: 0.1 },
  sites: {
    'demo:own': { electricityPrice: 0.4, emissionFactorKgPerKwh: 0.2 },
    'demo:exporter': { selfConsumptionShare: 0 },
  },
};

describe('effectiveRates', () => {
  it.each([
    {
      what: 'fleet default and the table for a plain site',
      site: { id: 'demo:plain', country: 'DE' },
      expected: {
        electricityPrice: 0.3,
        feedInPrice: 0.08,
        selfConsumptionShare: 0.7,
        factorKgPerKwh: 0.381,
        factorSource: 'table',
      },
    },
    {
      what: 'the site’s own price and factor over the defaults, the rest from the fleet',
      site: { id: 'demo:own', country: 'DE' },
      expected: {
        electricityPrice: 0.4,
        feedInPrice: 0.08,
        selfConsumptionShare: 0.7,
        factorKgPerKwh: 0.2,
        factorSource: 'site',
      },
    },
    {
      what: 'a country override over the table',
      site: { id: 'demo:paris', country: 'FR' },
      expected: {
        electricityPrice: 0.3,
        feedInPrice: 0.08,
        selfConsumptionShare: 0.7,
        factorKgPerKwh: 0.1,
        factorSource: 'country-override',
      },
    },
    {
      what: 'the world average for a country the table does not list',
      site: { id: 'demo:tokyo', country: 'JP' },
      expected: {
        electricityPrice: 0.3,
        feedInPrice: 0.08,
        selfConsumptionShare: 0.7,
        factorKgPerKwh: WORLD_AVERAGE_KG_PER_KWH,
        factorSource: 'world-average',
      },
    },
    {
      what: 'lower-case country codes',
      site: { id: 'demo:plain', country: 'au' },
      expected: {
        electricityPrice: 0.3,
        feedInPrice: 0.08,
        selfConsumptionShare: 0.7,
        factorKgPerKwh: 0.549,
        factorSource: 'table',
      },
    },
    {
      what: 'a zero share set on the site (0 is a value, not "unset")',
      site: { id: 'demo:exporter', country: 'DE' },
      expected: {
        electricityPrice: 0.3,
        feedInPrice: 0.08,
        selfConsumptionShare: 0,
        factorKgPerKwh: 0.381,
        factorSource: 'table',
      },
    },
  ])('$what', ({ site, expected }) => {
    expect(effectiveRates(settings, site)).toEqual(expected);
  });

  it('never reads inherited keys as a site or a country', () => {
    expect(
      effectiveRates(defaultEconomics, { id: '__proto__', country: 'constructor' }),
    ).toMatchObject({
      factorSource: 'world-average',
      electricityPrice: 0,
    });
  });
});

describe('valueOfEnergy', () => {
  const rates = {
    electricityPrice: 0.3,
    feedInPrice: 0.08,
    selfConsumptionShare: 0.7,
    factorKgPerKwh: 0.381,
    factorSource: 'table' as const,
  };
  it.each([
    // 1,000 kWh: 700 used on site at 0.30 = 210, 300 exported at 0.08 = 24.
    { wh: 1_000_000, rates, savings: 234, co2Kg: 381 },
    { wh: 0, rates, savings: 0, co2Kg: 0 },
    { wh: 2_500, rates: { ...rates, selfConsumptionShare: 1 }, savings: 0.75, co2Kg: 0.9525 },
    { wh: 2_500, rates: { ...rates, selfConsumptionShare: 0 }, savings: 0.2, co2Kg: 0.9525 },
    // Out-of-range shares are clamped; negative energy never makes negative money.
    { wh: 1_000, rates: { ...rates, selfConsumptionShare: 3 }, savings: 0.3, co2Kg: 0.381 },
    { wh: -500, rates, savings: 0, co2Kg: 0 },
  ])('$wh Wh → $savings money, $co2Kg kg', ({ wh, rates: r, savings, co2Kg }) => {
    const value = valueOfEnergy(wh, r);
    expect(value.savings).toBeCloseTo(savings, 9);
    expect(value.co2Kg).toBeCloseTo(co2Kg, 9);
  });
});

describe('grid factor table', () => {
  it('lists each country once with plausible values and the data year', () => {
    const rows = gridFactorTable();
    expect(new Set(rows.map((r) => r.country)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.country).toMatch(/^[A-Z]{2}$/);
      expect(row.kgPerKwh).toBeGreaterThan(0);
      expect(row.kgPerKwh).toBeLessThan(1.2);
      expect(row.year).toBe(2023);
    }
    expect(tableFactor('DE')).toBe(0.381);
    expect(tableFactor('XX')).toBeNull();
    expect(tableFactor('hasOwnProperty')).toBeNull();
  });
});
