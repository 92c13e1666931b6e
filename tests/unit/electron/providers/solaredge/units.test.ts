// The one place SolarEdge values become Wh and W: every unit the API may choose, exactly.
import { describe, expect, it } from 'vitest';
import {
  energyToWh,
  isEnergyUnit,
  peakPowerToW,
  powerToW,
  UnknownUnitError,
} from '../../../../../electron/providers/solaredge/units';

describe('energyToWh', () => {
  it.each([
    [12_345, 'WH', 12_345],
    [12.345, 'KWH', 12_345],
    [0.001, 'KWH', 1],
    [141.268, 'KWH', 141_268],
    [1.234567, 'MWH', 1_234_567],
    [0.000001, 'MWH', 1],
    [2.5, 'GWH', 2_500_000_000],
    [12.345, 'kWh', 12_345],
    [12.345, ' KWh ', 12_345],
    [0, 'MWH', 0],
    [1234.5678, 'WH', 1234.568],
    [null, 'KWH', null],
  ])('%s %s is %s Wh', (value, unit, wh) => {
    expect(energyToWh(value, unit)).toBe(wh);
  });

  it('refuses a unit it does not know rather than guess a factor', () => {
    expect(() => energyToWh(1, 'BTU')).toThrow(UnknownUnitError);
    expect(() => energyToWh(1, '')).toThrow(UnknownUnitError);
    expect(isEnergyUnit('kwh')).toBe(true);
    expect(isEnergyUnit('W')).toBe(false);
  });
});

describe('powerToW and peakPowerToW', () => {
  it.each([
    [68_340.5, 'W', 68_340.5],
    [68.3405, 'kW', 68_340.5],
    [1.2, 'MW', 1_200_000],
    [500, null, 500],
    [null, 'W', null],
  ])('%s %s is %s W', (value, unit, w) => {
    expect(powerToW(value, unit)).toBe(w);
  });

  it('reads peak power in kW', () => {
    expect(peakPowerToW(9.8)).toBe(9_800);
    expect(peakPowerToW(82.8)).toBe(82_800);
    expect(peakPowerToW(null)).toBeNull();
    expect(() => powerToW(1, 'hp')).toThrow(UnknownUnitError);
  });
});
