import { describe, expect, it } from 'vitest';
import { SPARKLINE, sparklinePoints } from '../../../../../renderer/src/model/sparkline';

const ys = (points: string) => points.split(' ').map((p) => Number(p.split(',')[1]));
const xs = (points: string) => points.split(' ').map((p) => Number(p.split(',')[0]));
const bottom = SPARKLINE.height - SPARKLINE.pad;
const top = SPARKLINE.pad;

describe('sparklinePoints', () => {
  it('is empty without values', () => {
    expect(sparklinePoints([], 1000)).toBe('');
  });

  it('spans the full width from the first to the last hour', () => {
    const x = xs(sparklinePoints([0, 1, 2, 3], 10));
    expect(x[0]).toBe(SPARKLINE.pad);
    expect(x.at(-1)).toBe(SPARKLINE.width - SPARKLINE.pad);
  });

  it('scales to capacity, so a half-loaded site draws at half height', () => {
    const y = ys(sparklinePoints([0, 50_000], 100_000));
    expect(y[0]).toBe(bottom);
    expect(y[1]).toBeCloseTo((bottom + top) / 2, 0);
  });

  it('never draws outside the box, even above capacity or below zero', () => {
    const y = ys(sparklinePoints([-5, 150_000], 100_000));
    expect(y[0]).toBe(bottom);
    expect(y[1]).toBe(top);
  });
});
