import { describe, expect, it } from 'vitest';
import {
  fleetDayLabel,
  isRunningDay,
  runningFrom,
} from '../../../../../renderer/src/model/fleetChart';

describe('runningFrom', () => {
  it.each([
    // 19:00 UTC: Sydney is on the 18th, Denver and Boston still on the 17th.
    [['2026-06-18', '2026-06-17', '2026-06-17'], '2026-06-17'],
    [['2026-06-17'], '2026-06-17'],
    [[], null],
  ])('%j → %s', (dates, expected) => {
    expect(runningFrom(dates.map((localDate) => ({ localDate })))).toBe(expected);
  });
});

describe('isRunningDay', () => {
  it.each([
    ['2026-06-18', '2026-06-17', true],
    ['2026-06-17', '2026-06-17', true],
    ['2026-06-16', '2026-06-17', false],
    ['2026-06-17', null, false],
  ])('%s with the fleet running from %s → %s', (date, from, expected) => {
    expect(isRunningDay(date, from)).toBe(expected);
  });
});

describe('fleetDayLabel', () => {
  it.each([
    ['2026-06-17', 'Jun 17'],
    ['2026-07-01', 'Jul 1'],
    ['2025-12-31', 'Dec 31'],
  ])('%s → %s', (date, label) => {
    expect(fleetDayLabel(date)).toBe(label);
  });
});
