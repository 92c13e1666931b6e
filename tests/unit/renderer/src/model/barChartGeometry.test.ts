import { describe, expect, it } from 'vitest';
import {
  barBoxes,
  labelStride,
  niceTicks,
  roundedTopBar,
  slotAt,
  type Plot,
} from '../../../../../renderer/src/model/barChartGeometry';

describe('niceTicks', () => {
  it.each([
    { max: 7_480, expected: [0, 2_000, 4_000, 6_000, 8_000] },
    { max: 8_000, expected: [0, 2_000, 4_000, 6_000, 8_000] },
    { max: 14.2, expected: [0, 5, 10, 15] },
    { max: 0.9, expected: [0, 0.25, 0.5, 0.75, 1] },
    { max: 1, expected: [0, 0.25, 0.5, 0.75, 1] },
    { max: 123, expected: [0, 50, 100, 150] },
    { max: 0, expected: [0, 1] },
    { max: Number.NaN, expected: [0, 1] },
  ])('$max → $expected', ({ max, expected }) => {
    expect(niceTicks(max)).toEqual(expected);
  });

  it('always reaches the largest value', () => {
    for (const max of [1, 3, 9.99, 10.01, 77, 1234, 98_765]) {
      expect(niceTicks(max).at(-1)).toBeGreaterThanOrEqual(max);
    }
  });
});

describe('barBoxes', () => {
  const plot: Plot = { left: 40, top: 8, width: 300, height: 100 };

  it('puts each bar in the middle of an equal slot, scaled to the axis top', () => {
    const bars = barBoxes([50, 100, 0], plot, 100);
    expect(bars.map((b) => b.center)).toEqual([90, 190, 290]);
    expect(bars.map((b) => b.height)).toEqual([50, 100, 0]);
    expect(bars[1]!.y).toBe(plot.top);
    expect(bars[0]!.y + bars[0]!.height).toBe(plot.top + plot.height);
  });

  it('caps the bar width so a few bars do not turn into blocks', () => {
    expect(barBoxes([1, 2], plot, 2)[0]!.width).toBe(28);
    expect(barBoxes(Array(30).fill(1), plot, 1)[0]!.width).toBeCloseTo(7.5);
  });

  it('draws negative values as nothing and handles an empty series', () => {
    expect(barBoxes([-5], plot, 10)[0]!.height).toBe(0);
    expect(barBoxes([], plot, 10)).toEqual([]);
  });
});

describe('labels and hover', () => {
  it.each([
    { slot: 30, label: 26, expected: 1 },
    { slot: 20, label: 26, expected: 2 },
    { slot: 8, label: 26, expected: 4 },
    { slot: 0, label: 26, expected: 1 },
  ])('slot $slot px, label $label px → every $expected', ({ slot, label, expected }) => {
    expect(labelStride(slot, label)).toBe(expected);
  });

  it.each([
    { x: 39, expected: null },
    { x: 40, expected: 0 },
    { x: 139, expected: 0 },
    { x: 140, expected: 1 },
    { x: 340, expected: 2 },
    { x: 341, expected: null },
  ])('x $x is over slot $expected', ({ x, expected }) => {
    expect(slotAt(x, { left: 40, top: 0, width: 300, height: 10 }, 3)).toBe(expected);
  });
});

describe('roundedTopBar', () => {
  it('starts and ends on the axis line', () => {
    const d = roundedTopBar({ x: 10, y: 20, width: 8, height: 30, center: 14 });
    expect(d.startsWith('M10,50')).toBe(true);
    expect(d.endsWith('V50Z')).toBe(true);
  });
  it('draws nothing for an empty day', () => {
    expect(roundedTopBar({ x: 10, y: 50, width: 8, height: 0, center: 14 })).toBe('');
  });
});
