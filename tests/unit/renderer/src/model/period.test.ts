import { describe, expect, it } from 'vitest';
import type { SeriesRange } from '../../../../../shared/domain';
import {
  canGoNext,
  canGoPrevious,
  periodEnd,
  periodStart,
  shiftAnchor,
} from '../../../../../renderer/src/model/period';

const today = '2025-10-14'; // a Tuesday

describe('periodStart / periodEnd', () => {
  it.each<{ range: SeriesRange; anchor: string; start: string; end: string }>([
    { range: 'day', anchor: today, start: today, end: today },
    { range: 'week', anchor: today, start: '2025-10-13', end: '2025-10-19' },
    { range: 'week', anchor: '2025-10-19', start: '2025-10-13', end: '2025-10-19' },
    { range: 'month', anchor: today, start: '2025-10-01', end: '2025-10-31' },
    { range: 'month', anchor: '2024-02-10', start: '2024-02-01', end: '2024-02-29' },
    { range: 'year', anchor: today, start: '2025-01-01', end: '2025-12-31' },
  ])('$range of $anchor is $start..$end', ({ range, anchor, start, end }) => {
    expect(periodStart(anchor, range)).toBe(start);
    expect(periodEnd(anchor, range)).toBe(end);
  });
});

describe('shiftAnchor', () => {
  it.each<{ range: SeriesRange; anchor: string; step: -1 | 1; expected: string }>([
    { range: 'day', anchor: today, step: -1, expected: '2025-10-13' },
    { range: 'day', anchor: '2025-10-13', step: 1, expected: today },
    { range: 'week', anchor: today, step: -1, expected: '2025-10-07' },
    { range: 'month', anchor: today, step: -1, expected: '2025-09-14' },
    { range: 'month', anchor: '2025-03-31', step: -1, expected: '2025-02-28' },
    { range: 'year', anchor: today, step: -1, expected: '2024-10-14' },
    { range: 'year', anchor: '2024-02-29', step: 1, expected: '2025-02-28' },
    // Never past the site's today: the next month from 30 Sep lands on today, not 30 Oct.
    { range: 'month', anchor: '2025-09-30', step: 1, expected: today },
    { range: 'week', anchor: '2025-10-10', step: 1, expected: today },
    { range: 'lifetime', anchor: today, step: -1, expected: today },
  ])('$range $anchor by $step → $expected', ({ range, anchor, step, expected }) => {
    expect(shiftAnchor(anchor, range, step, today)).toBe(expected);
  });
});

describe('canGoNext', () => {
  it.each<{ range: SeriesRange; anchor: string; expected: boolean }>([
    { range: 'day', anchor: today, expected: false },
    { range: 'day', anchor: '2025-10-13', expected: true },
    { range: 'week', anchor: '2025-10-13', expected: false },
    { range: 'week', anchor: '2025-10-12', expected: true },
    { range: 'month', anchor: '2025-10-01', expected: false },
    { range: 'month', anchor: '2025-09-30', expected: true },
    { range: 'year', anchor: '2025-01-01', expected: false },
    { range: 'year', anchor: '2024-12-31', expected: true },
    { range: 'lifetime', anchor: '2020-01-01', expected: false },
  ])('$range at $anchor → $expected', ({ range, anchor, expected }) => {
    expect(canGoNext(anchor, range, today)).toBe(expected);
  });
});

describe('canGoPrevious', () => {
  it.each<{ range: SeriesRange; anchor: string; first: string | null; expected: boolean }>([
    { range: 'day', anchor: today, first: null, expected: true },
    { range: 'day', anchor: '2025-06-01', first: '2025-06-01', expected: false },
    { range: 'day', anchor: '2025-06-02', first: '2025-06-01', expected: true },
    { range: 'week', anchor: '2025-06-04', first: '2025-06-03', expected: false },
    { range: 'month', anchor: '2025-06-30', first: '2025-06-03', expected: false },
    { range: 'month', anchor: '2025-07-01', first: '2025-06-03', expected: true },
    { range: 'year', anchor: '2025-12-31', first: '2025-06-03', expected: false },
    { range: 'lifetime', anchor: today, first: null, expected: false },
  ])('$range at $anchor, data since $first → $expected', ({ range, anchor, first, expected }) => {
    expect(canGoPrevious(anchor, range, first)).toBe(expected);
  });
});
