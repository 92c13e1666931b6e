import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteCache } from '../../../../electron/cache/cache';
import { currentPowerWindowSeconds } from '../../../../electron/cache/snapshot';
import { startOfLocalDay } from '../../../../shared/time';
import {
  dayOfIntervals,
  makeSite,
  manualClock,
  openTestCache,
  sumWh,
  tempFolder,
} from './fixtures/cacheFixtures';

let folder: ReturnType<typeof tempFolder>;
let cache: SqliteCache;

/** Power rising by 10 W per interval, so each hour's average is easy to predict. */
const ramp = (i: number) => i * 10;

function open(clockNow: number): void {
  cache = openTestCache(folder.dir, { clock: manualClock(clockNow) });
}

beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => {
  cache.close();
  folder.cleanup();
});

describe('snapshot: today per site zone', () => {
  it.each([
    ['America/New_York', '2024-03-10', 23],
    ['America/New_York', '2024-11-03', 25],
    ['America/New_York', '2024-07-04', 24],
    ['Europe/Berlin', '2024-03-31', 23],
    ['Europe/Berlin', '2024-10-27', 25],
    ['Australia/Sydney', '2024-10-06', 23],
  ])('%s on %s: today’s energy and %i hourly averages', (zone, date, hours) => {
    const start = startOfLocalDay(date, zone);
    const now = start + 20 * 3600 + 600;
    open(now);
    cache.upsertSite(makeSite({ timeZone: zone }));
    const day = dayOfIntervals(date, zone, 300, ramp);
    cache.upsertIntervals('demo:office', day);

    const [snap] = cache.snapshot(now);
    expect(snap?.siteId).toBe('demo:office');
    expect(snap?.localDate).toBe(date);
    expect(snap?.todayWh).toBeCloseTo(sumWh(day), 6);
    expect(snap?.hourlyW).toHaveLength(hours);
    // Hour h holds intervals 12h … 12h+11, whose ramp averages 10 * (12h + 5.5) W.
    snap?.hourlyW.forEach((w, h) => expect(w).toBeCloseTo(10 * (12 * h + 5.5), 6));
  });

  it('gives each site its own local date at the same instant', () => {
    const now = Date.parse('2024-06-01T03:00:00Z') / 1000;
    open(now);
    cache.upsertSite(makeSite({ id: 'demo:ny', name: 'A', timeZone: 'America/New_York' }));
    cache.upsertSite(makeSite({ id: 'demo:tokyo', name: 'B', timeZone: 'Asia/Tokyo' }));
    expect(cache.snapshot(now).map((s) => [s.siteId, s.localDate])).toEqual([
      ['demo:ny', '2024-05-31'],
      ['demo:tokyo', '2024-06-01'],
    ]);
  });

  it('reads the same curve whether it was stored at ingest or has to be computed from intervals', () => {
    const zone = 'Europe/Berlin';
    const now = startOfLocalDay('2024-10-27', zone) + 12 * 3600;
    open(now + 30 * 86_400); // the clock is far ahead of the day: no curve is stored for it
    cache.upsertSite(makeSite({ timeZone: zone }));
    cache.upsertIntervals('demo:office', dayOfIntervals('2024-10-27', zone, 300, ramp));
    const computed = cache.snapshot(now)[0]?.hourlyW;
    cache.close();

    folder.cleanup();
    folder = tempFolder();
    open(now);
    cache.upsertSite(makeSite({ timeZone: zone }));
    cache.upsertIntervals('demo:office', dayOfIntervals('2024-10-27', zone, 300, ramp));
    expect(cache.snapshot(now)[0]?.hourlyW).toEqual(computed);
    expect(computed).toHaveLength(25);
  });

  it('leaves hours without data at 0 and shows a reported-only day with its energy and a flat curve', () => {
    const zone = 'America/New_York';
    const start = startOfLocalDay('2024-07-04', zone);
    open(start + 86_000);
    cache.upsertSite(makeSite({ id: 'demo:a', name: 'A', timeZone: zone }));
    cache.upsertSite(makeSite({ id: 'demo:b', name: 'B', timeZone: zone }));
    cache.upsertIntervals('demo:a', [
      { endAt: start + 10 * 3600 + 300, wh: 100, w: 1200 },
      { endAt: start + 10 * 3600 + 600, wh: 200, w: 2400 },
    ]);
    cache.upsertDailyReported('demo:b', [{ localDate: '2024-07-04', wh: 31_000 }]);
    const [a, b] = cache.snapshot(start + 86_000);
    expect(a?.hourlyW.filter((w) => w !== 0)).toEqual([1800]);
    expect(a?.hourlyW[10]).toBe(1800);
    expect(a?.todayWh).toBe(300);
    expect(b?.todayWh).toBe(31_000);
    expect(b?.hourlyW).toEqual(new Array(24).fill(0));
  });
});

describe('snapshot: current power and freshness', () => {
  const zone = 'Europe/Berlin';
  const last = startOfLocalDay('2024-06-20', zone) + 13 * 3600;

  beforeEach(() => {
    open(last);
    cache.upsertSite(makeSite({ timeZone: zone }));
    cache.upsertIntervals('demo:office', [
      { endAt: last - 300, wh: 300, w: 3600 },
      { endAt: last, wh: 350, w: 4200 },
    ]);
  });

  it.each([
    ['just ended', 0, 4200],
    ['ended 29 minutes ago', 29 * 60, 4200],
    ['ended exactly 30 minutes ago', currentPowerWindowSeconds, 4200],
    ['ended 30 minutes and a second ago', currentPowerWindowSeconds + 1, 0],
    ['ended 3 hours ago', 3 * 3600, 0],
  ])('the newest interval %s: current power %i W', (_name, age, currentW) => {
    const [snap] = cache.snapshot(last + age);
    expect(snap?.currentW).toBe(currentW);
    expect(snap?.lastIntervalAt).toBe(last);
  });

  it('ignores intervals that end after the snapshot instant', () => {
    const [snap] = cache.snapshot(last - 60);
    expect(snap?.lastIntervalAt).toBe(last - 300);
    expect(snap?.currentW).toBe(3600);
  });
});

describe('snapshot: sites without data', () => {
  it('lists every site in the list with zeros, and leaves removed sites out', () => {
    const now = 1_750_000_000;
    open(now);
    cache.upsertSite(makeSite({ id: 'demo:new', name: 'New', timeZone: 'Asia/Kolkata' }));
    cache.upsertSite(makeSite({ id: 'demo:gone', name: 'Gone' }));
    cache.deleteSite('demo:gone', false);
    expect(cache.snapshot(now)).toEqual([
      {
        siteId: 'demo:new',
        localDate: '2025-06-15',
        todayWh: 0,
        currentW: 0,
        lastIntervalAt: null,
        hourlyW: new Array(24).fill(0),
      },
    ]);
  });
});
