import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { SitePlanInput } from '../../../../electron/sync/plan';
import { callsOf, planSite } from '../../../../electron/sync/plan';

const zone = 'Europe/Berlin';
const at = (iso: string): number => DateTime.fromISO(iso, { zone }).toSeconds();

/** Berlin, 1 July 2025 at 14:00 local: broad daylight. */
const noon = at('2025-07-01T14:00');
/** The first of the 7 local days of intervals a backfill fetches (today included). */
const weekStart = at('2025-06-25T00:00');

const site = (overrides: Partial<SitePlanInput>): SitePlanInput => ({
  siteId: 'demo:berlin',
  timeZone: zone,
  latitude: 52.52,
  longitude: 13.37,
  lastEnergyAt: noon,
  cursor: noon - 900,
  dailyThrough: '2025-06-30',
  retryAt: null,
  pauseAtNight: true,
  ...overrides,
});

describe('planSite', () => {
  it.each<[string, Partial<SitePlanInput>, number, ReturnType<typeof planSite>]>([
    [
      'a new site gets a year of daily totals and 7 days of intervals',
      { cursor: null, dailyThrough: null },
      noon,
      {
        kind: 'backfill',
        siteId: 'demo:berlin',
        daily: { from: '2024-07-01', to: '2025-06-30' },
        finishDay: null,
        intervalsSince: weekStart,
      },
    ],
    [
      'a new site whose daily call already succeeded only needs its intervals',
      { cursor: null, dailyThrough: '2025-06-30' },
      noon,
      {
        kind: 'backfill',
        siteId: 'demo:berlin',
        daily: null,
        finishDay: null,
        intervalsSince: weekStart,
      },
    ],
    [
      'a site not seen for three weeks finishes its last day, fills the gap with daily totals, then 7 days of intervals',
      { cursor: at('2025-06-08T17:00'), dailyThrough: '2025-05-31' },
      noon,
      {
        kind: 'backfill',
        siteId: 'demo:berlin',
        daily: { from: '2025-06-08', to: '2025-06-30' },
        finishDay: { since: at('2025-06-08T17:00'), until: at('2025-06-09T00:00') },
        intervalsSince: weekStart,
      },
    ],
    [
      'a gap whose daily totals were stored already needs no daily call',
      { cursor: at('2025-06-08T17:00'), dailyThrough: '2025-06-30' },
      noon,
      {
        kind: 'backfill',
        siteId: 'demo:berlin',
        daily: null,
        finishDay: { since: at('2025-06-08T17:00'), until: at('2025-06-09T00:00') },
        intervalsSince: weekStart,
      },
    ],
    [
      'a gap that starts at local midnight has no day to finish',
      { cursor: at('2025-06-08T00:00'), dailyThrough: '2025-06-30' },
      noon,
      {
        kind: 'backfill',
        siteId: 'demo:berlin',
        daily: null,
        finishDay: null,
        intervalsSince: weekStart,
      },
    ],
    [
      'the day to finish follows the zone: a 23-hour spring-forward day ends at local midnight',
      { cursor: at('2025-03-30T10:00'), dailyThrough: '2025-06-30' },
      noon,
      {
        kind: 'backfill',
        siteId: 'demo:berlin',
        daily: null,
        finishDay: { since: at('2025-03-30T10:00'), until: at('2025-03-30T10:00') + 14 * 3600 },
        intervalsSince: weekStart,
      },
    ],
    [
      'steady state fetches from the cursor',
      {},
      noon,
      { kind: 'intervals', siteId: 'demo:berlin', since: noon - 900 },
    ],
    [
      'a cursor at the start of the 7-day window is still steady state',
      { cursor: weekStart },
      noon,
      { kind: 'intervals', siteId: 'demo:berlin', since: weekStart },
    ],
    [
      'nothing new at the provider: no call',
      { lastEnergyAt: noon - 900 },
      noon,
      { kind: 'skip', siteId: 'demo:berlin', reason: 'idle' },
    ],
    [
      'a provider that does not say how fresh it is gets asked',
      { lastEnergyAt: null },
      noon,
      { kind: 'intervals', siteId: 'demo:berlin', since: noon - 900 },
    ],
    [
      'a site backing off waits',
      { retryAt: noon + 1 },
      noon,
      { kind: 'skip', siteId: 'demo:berlin', reason: 'backoff' },
    ],
    [
      'a backoff that is over allows the call',
      { retryAt: noon },
      noon,
      { kind: 'intervals', siteId: 'demo:berlin', since: noon - 900 },
    ],
    [
      'backoff also delays a backfill',
      { cursor: null, retryAt: noon + 60 },
      noon,
      { kind: 'skip', siteId: 'demo:berlin', reason: 'backoff' },
    ],
    [
      'one call after sunset closes the day',
      { cursor: at('2025-07-01T21:00'), lastEnergyAt: at('2025-07-01T23:00') },
      at('2025-07-01T23:00'),
      { kind: 'intervals', siteId: 'demo:berlin', since: at('2025-07-01T21:00') },
    ],
    [
      'after that the night is quiet',
      { cursor: at('2025-07-01T23:00'), lastEnergyAt: at('2025-07-02T03:00') },
      at('2025-07-02T03:00'),
      { kind: 'skip', siteId: 'demo:berlin', reason: 'night' },
    ],
    [
      'the first call after sunrise picks the day up again',
      { cursor: at('2025-07-01T23:00'), lastEnergyAt: at('2025-07-02T06:00') },
      at('2025-07-02T06:00'),
      { kind: 'intervals', siteId: 'demo:berlin', since: at('2025-07-01T23:00') },
    ],
    [
      'a cursor from last night with a whole day since is not a quiet night',
      { cursor: at('2025-07-01T03:00'), lastEnergyAt: at('2025-07-01T23:30') },
      at('2025-07-01T23:30'),
      { kind: 'intervals', siteId: 'demo:berlin', since: at('2025-07-01T03:00') },
    ],
    [
      'providers that do not pause at night are asked at night too',
      {
        cursor: at('2025-07-01T23:00'),
        lastEnergyAt: at('2025-07-02T03:00'),
        pauseAtNight: false,
      },
      at('2025-07-02T03:00'),
      { kind: 'intervals', siteId: 'demo:berlin', since: at('2025-07-01T23:00') },
    ],
  ])('%s', (_name, overrides, now, expected) => {
    expect(planSite(site(overrides), now)).toEqual(expected);
  });

  it('uses the site zone for "today": a Sydney site at 01:00 local is already on the next day', () => {
    const sydney = 'Australia/Sydney';
    const now = DateTime.fromISO('2025-07-02T01:00', { zone: sydney }).toSeconds();
    const work = planSite(site({ timeZone: sydney, cursor: null, dailyThrough: null }), now);
    expect(work).toMatchObject({ kind: 'backfill', daily: { to: '2025-07-01' } });
  });

  it.each<[ReturnType<typeof planSite>, number]>([
    [{ kind: 'skip', siteId: 'x', reason: 'idle' }, 0],
    [{ kind: 'intervals', siteId: 'x', since: 0 }, 1],
    [{ kind: 'backfill', siteId: 'x', daily: null, finishDay: null, intervalsSince: 0 }, 1],
    [
      {
        kind: 'backfill',
        siteId: 'x',
        daily: { from: 'a', to: 'b' },
        finishDay: null,
        intervalsSince: 0,
      },
      2,
    ],
    [
      {
        kind: 'backfill',
        siteId: 'x',
        daily: { from: 'a', to: 'b' },
        finishDay: { since: 0, until: 1 },
        intervalsSince: 0,
      },
      3,
    ],
  ])('%j costs %i calls', (work, calls) => {
    expect(callsOf(work)).toBe(calls);
  });
});
