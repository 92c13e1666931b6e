import { describe, expect, it } from 'vitest';
import { isStale } from '../../../../electron/services/freshness';

const now = 1_800_000_000;

describe('isStale', () => {
  it.each([
    ['no data at all', null, 60, true],
    ['data from a minute ago', now - 60, 60, false],
    ['59 minutes old with a 1-minute refresh (an hour is the floor)', now - 59 * 60, 60, false],
    ['61 minutes old with a 1-minute refresh', now - 61 * 60, 60, true],
    [
      '2 hours old with a 45-minute refresh (three intervals = 135 min)',
      now - 120 * 60,
      45 * 60,
      false,
    ],
    ['2.5 hours old with a 45-minute refresh', now - 150 * 60, 45 * 60, true],
  ])('%s', (_name, last, refresh, expected) => {
    expect(isStale(last, now, refresh)).toBe(expected);
  });
});
