import { describe, expect, it } from 'vitest';
import {
  clearDayRatio,
  learnRatios,
  ratioForMonth,
  type DayEvidence,
} from '../../../../electron/insight/performance-ratio';

/** A day whose hourly production is `ratios[i]` of a bell-shaped clear-sky curve. */
const day = (month: number, ratios: number[]): DayEvidence => ({
  month,
  hours: ratios.map((r, i) => {
    const clearSkyWh = 1000 * Math.sin(((i + 0.5) / ratios.length) * Math.PI);
    return { actualWh: r * clearSkyWh, clearSkyWh };
  }),
});
const steady = (month: number, r: number): DayEvidence => day(month, Array(8).fill(r));

describe('clear-day ratio', () => {
  it.each([
    ['a steady clear day', steady(6, 0.85), 0.85],
    ['a day with a passing cloud', day(6, [0.85, 0.85, 0.3, 0.85, 0.85, 0.85, 0.85, 0.85]), null],
    ['an overcast day (steady but implausibly low)', steady(6, 0.2), null],
    ['too few hours to judge', day(6, [0.85, 0.85, 0.85]), null],
    ['a dead site', steady(6, 0), null],
  ])('%s', (_name, evidence, expected) => {
    const ratio = clearDayRatio(evidence);
    if (expected === null) expect(ratio).toBeNull();
    else expect(ratio).toBeCloseTo(expected);
  });
});

describe('learned ratios', () => {
  it.each([
    [
      'three clear June days learn June',
      [steady(6, 0.7), steady(6, 0.72), steady(6, 0.74)],
      6,
      0.72,
    ],
    ['two clear days are not enough: default', [steady(6, 0.7), steady(6, 0.72)], 6, 0.8],
    [
      'a month without clear days borrows the learned months',
      [steady(5, 0.7), steady(5, 0.7), steady(5, 0.7)],
      7,
      0.7,
    ],
    [
      'cloudy days do not pull the ratio down',
      [steady(6, 0.9), steady(6, 0.9), steady(6, 0.9), day(6, [0.9, 0.2, 0.9, 0.3, 0.9, 0.9])],
      6,
      0.9,
    ],
    ['no history: default', [], 1, 0.8],
  ])('%s', (_name, days, month, expected) => {
    expect(ratioForMonth(learnRatios(days), month, 0.8)).toBeCloseTo(expected);
  });
});
