import { describe, expect, it } from 'vitest';
import { isSiteStale, isStale } from '../../../../electron/services/freshness';

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

describe('isSiteStale', () => {
  // Berlin, 21 June 2026: sunset ≈ 19:33 UTC, sunrise ≈ 02:43 UTC.
  const berlin = { latitude: 52.52, longitude: 13.4 };
  const at = (iso: string) => Math.floor(Date.parse(iso) / 1000);

  it.each([
    [
      'data up to after sunset, now past midnight: nothing new is expected',
      '2026-06-21T19:50:00Z',
      '2026-06-21T23:30:00Z',
      false,
    ],
    [
      'data ended mid-afternoon, now at night: the gateway went quiet in daylight',
      '2026-06-21T14:00:00Z',
      '2026-06-21T23:30:00Z',
      true,
    ],
    [
      'data from last evening, now mid-morning: the morning data is missing',
      '2026-06-21T19:50:00Z',
      '2026-06-22T09:00:00Z',
      true,
    ],
    ['fresh data in daylight', '2026-06-22T08:50:00Z', '2026-06-22T09:00:00Z', false],
  ])('%s', (_name, last, now, expected) => {
    expect(isSiteStale(berlin, at(last), at(now), 15 * 60)).toBe(expected);
  });

  it('is stale when there is no data at all, day or night', () => {
    expect(isSiteStale(berlin, null, at('2026-06-21T23:30:00Z'), 900)).toBe(true);
  });
});
