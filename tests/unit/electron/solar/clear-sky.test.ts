import { describe, expect, it } from 'vitest';
import { clearSkyPowerW, sunPosition, type PanelArray } from '../../../../electron/solar/clear-sky';

const array: PanelArray = { capacityW: 10_000, tiltDeg: 20, azimuthDeg: 180, performanceRatio: 1 };

describe('clear-sky power', () => {
  it.each([
    ['sun below the horizon', { altitude: -5, azimuth: 180 }, 0, 0],
    ['sun on the horizon', { altitude: 0, azimuth: 180 }, 0, 0],
    ['low morning sun', { altitude: 10, azimuth: 120 }, 500, 4_000],
    ['high noon sun facing the panels', { altitude: 70, azimuth: 180 }, 8_000, 10_000],
  ])('%s', (_name, sun, min, max) => {
    const w = clearSkyPowerW(array, sun);
    expect(w).toBeGreaterThanOrEqual(min);
    expect(w).toBeLessThanOrEqual(max);
  });

  it('scales with the performance ratio and never passes capacity', () => {
    const sun = { altitude: 60, azimuth: 180 };
    expect(clearSkyPowerW({ ...array, performanceRatio: 0.5 }, sun)).toBeCloseTo(
      clearSkyPowerW(array, sun) / 2,
    );
    expect(clearSkyPowerW({ ...array, performanceRatio: 5 }, sun)).toBe(array.capacityW);
  });

  it('puts the sun high at noon in Denver in June and below the horizon at midnight', () => {
    expect(sunPosition(39.7, -105, Date.UTC(2026, 5, 21, 19) / 1000).altitude).toBeGreaterThan(70);
    expect(sunPosition(39.7, -105, Date.UTC(2026, 5, 21, 7) / 1000).altitude).toBeLessThan(0);
  });
});
