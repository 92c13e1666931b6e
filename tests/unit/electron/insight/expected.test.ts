import { describe, expect, it } from 'vitest';
import {
  assumedArray,
  expectedIntervals,
  expectedWhBetween,
} from '../../../../electron/insight/expected';

const denver = { latitude: 39.7, longitude: -105, capacityW: 100_000 };
const sydney = { latitude: -33.9, longitude: 151.2, capacityW: 100_000 };
const utc = (iso: string): number => Date.parse(iso) / 1000;

describe('expected production', () => {
  it.each([
    ['northern site faces south', denver, 180],
    ['southern site faces north', sydney, 0],
  ])('%s', (_name, site, azimuth) => {
    expect(assumedArray(site, 0.8).azimuthDeg).toBe(azimuth);
  });

  it.each([
    // [what, from, to, min kWh, max kWh] for a 100 kWp roof at PR 0.8
    ['a clear June day in Denver', '2026-06-21T06:00:00Z', '2026-06-22T06:00:00Z', 550, 800],
    ['a clear December day in Denver', '2026-12-21T07:00:00Z', '2026-12-22T07:00:00Z', 200, 450],
    ['a Denver night', '2026-06-21T04:00:00Z', '2026-06-21T10:00:00Z', 0, 0],
  ])('%s', (_what, from, to, min, max) => {
    const kwh = expectedWhBetween(denver, utc(from), utc(to), 0.8) / 1000;
    expect(kwh).toBeGreaterThanOrEqual(min);
    expect(kwh).toBeLessThanOrEqual(max);
  });

  it('gives one value per 5-minute interval, ending on the grid', () => {
    const rows = expectedIntervals(
      denver,
      utc('2026-06-21T18:02:00Z'),
      utc('2026-06-21T19:00:00Z'),
      1,
    );
    expect(rows).toHaveLength(12);
    expect(rows[0]!.endAt % 300).toBe(0);
    expect(rows.every((r) => r.wh > 0)).toBe(true);
  });

  it('is proportional to the performance ratio', () => {
    const from = utc('2026-06-21T15:00:00Z');
    const to = utc('2026-06-21T16:00:00Z');
    expect(expectedWhBetween(denver, from, to, 0.5)).toBeCloseTo(
      expectedWhBetween(denver, from, to, 1) / 2,
    );
  });
});
