import { describe, expect, it } from 'vitest';
import {
  hash01,
  hash32,
  stringHash,
  valueNoise,
} from '../../../../../electron/providers/demo/noise';

describe('demo noise', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('FNV-1a of %j is %i (the published test vectors)', (text, expected) => {
    expect(stringHash(text)).toBe(expected);
  });

  it('gives the same draw for the same inputs and a different one when any input changes', () => {
    expect(hash32(1, 2, 3)).toBe(hash32(1, 2, 3));
    const draws = new Set([hash32(1, 2, 3), hash32(2, 2, 3), hash32(1, 3, 3), hash32(1, 2, 4)]);
    expect(draws.size).toBe(4);
  });

  it('spreads draws evenly over [0, 1)', () => {
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const u = hash01(7, 11, i);
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      buckets[Math.floor(u * 10)]! += 1;
    }
    for (const count of buckets) expect(count).toBeGreaterThan(1_700);
  });

  it('is smooth: 15-minute noise moves by at most a tenth per minute (a cloud drifts in)', () => {
    let previous = valueNoise(1, 2, 0, 900);
    for (let t = 60; t < 86_400; t += 60) {
      const value = valueNoise(1, 2, t, 900);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      expect(Math.abs(value - previous)).toBeLessThanOrEqual(0.1);
      previous = value;
    }
  });

  it('passes through the knot values exactly at the knots', () => {
    expect(valueNoise(5, 6, 1800, 900)).toBe(hash01(5 ^ 900, 6, 2));
  });
});
