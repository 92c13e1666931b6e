import { describe, expect, it } from 'vitest';
import type { EnergyUnitPreference } from '../../../../../shared/format';
import { siteEnergyParts, sitePowerParts } from '../../../../../renderer/src/model/siteUnits';

describe('site units follow the site size', () => {
  it.each([
    { wh: 0, capacityW: 420_000, expected: { value: '0', unit: 'kWh' } },
    { wh: 850, capacityW: 420_000, expected: { value: '0.850', unit: 'kWh' } },
    { wh: 1_482_300, capacityW: 420_000, expected: { value: '1,482', unit: 'kWh' } },
    { wh: 600, capacityW: 0, expected: { value: '600', unit: 'Wh' } },
  ])('$wh Wh at $capacityW W → $expected.value $expected.unit', ({ wh, capacityW, expected }) => {
    expect(siteEnergyParts(wh, capacityW, 'auto')).toEqual(expected);
  });

  it.each<{ w: number; capacityW: number; unit: EnergyUnitPreference; expected: object }>([
    { w: 0, capacityW: 420_000, unit: 'auto', expected: { value: '0', unit: 'kW' } },
    { w: 800, capacityW: 420_000, unit: 'auto', expected: { value: '0.800', unit: 'kW' } },
    { w: 800, capacityW: 420_000, unit: 'MWh', expected: { value: '0.001', unit: 'MW' } },
  ])('$w W at $capacityW W ($unit) → $expected', ({ w, capacityW, unit, expected }) => {
    expect(sitePowerParts(w, capacityW, unit)).toEqual(expected);
  });
});
