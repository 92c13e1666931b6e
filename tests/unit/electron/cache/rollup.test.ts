import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteCache } from '../../../../electron/cache/cache';
import { addDays, endOfLocalDay, startOfLocalDay } from '../../../../shared/time';
import {
  dayOfIntervals,
  makeSite,
  openTestCache,
  sumWh,
  tempFolder,
} from './fixtures/cacheFixtures';

let folder: ReturnType<typeof tempFolder>;
let cache: SqliteCache;

beforeEach(() => {
  folder = tempFolder();
  cache = openTestCache(folder.dir);
});
afterEach(() => {
  cache.close();
  folder.cleanup();
});

/** A bell-ish curve so that sums depend on which intervals land in which day. */
const varied = (i: number) => 100 + ((i * 37) % 500);

describe('daily totals on daylight-saving days, per the site zone', () => {
  it.each([
    // zone, date, step, intervals in the day
    ['America/New_York', '2024-03-10', 300, 276],
    ['America/New_York', '2024-11-03', 300, 300],
    ['America/New_York', '2024-03-10', 900, 92],
    ['America/New_York', '2024-11-03', 900, 100],
    ['America/New_York', '2024-06-12', 300, 288],
    ['Europe/Berlin', '2024-03-31', 300, 276],
    ['Europe/Berlin', '2024-10-27', 300, 300],
    ['Europe/Berlin', '2024-03-31', 900, 92],
    ['Europe/Berlin', '2024-10-27', 900, 100],
    ['Australia/Sydney', '2024-10-06', 300, 276],
    ['Australia/Sydney', '2024-04-07', 300, 300],
    ['US/Pacific', '2024-03-10', 300, 276],
  ])('%s %s in %is steps: %i intervals, summed into that day only', (zone, date, step, count) => {
    const site = makeSite({ id: 'demo:dst', timeZone: zone });
    cache.upsertSite(site);
    // The day itself plus a full neighbour on each side, to prove nothing spills over midnight.
    const before = dayOfIntervals(addDays(date, -1), zone, step, () => 50);
    const day = dayOfIntervals(date, zone, step, varied);
    const after = dayOfIntervals(addDays(date, 1), zone, step, () => 70);
    expect(day).toHaveLength(count);
    expect(cache.upsertIntervals(site.id, [...before, ...day, ...after])).toBe(
      before.length + day.length + after.length,
    );

    const stored = cache.intervals(site.id, startOfLocalDay(date, zone), endOfLocalDay(date, zone));
    expect(stored).toHaveLength(count);
    const totals = cache.daily(site.id, addDays(date, -1), addDays(date, 1));
    expect(totals.map((d) => d.localDate)).toEqual([addDays(date, -1), date, addDays(date, 1)]);
    expect(totals[0]?.wh).toBeCloseTo(sumWh(before), 6);
    expect(totals[1]?.wh).toBeCloseTo(sumWh(day), 6);
    expect(totals[2]?.wh).toBeCloseTo(sumWh(after), 6);
  });

  it('puts the interval that ends exactly at local midnight into the day before', () => {
    const zone = 'Europe/Berlin';
    cache.upsertSite(makeSite({ timeZone: zone }));
    const midnight = startOfLocalDay('2024-10-28', zone);
    cache.upsertIntervals('demo:office', [
      { endAt: midnight, wh: 10, w: 120 },
      { endAt: midnight + 300, wh: 20, w: 240 },
    ]);
    expect(cache.daily('demo:office', '2024-10-26', '2024-10-29')).toEqual([
      { localDate: '2024-10-27', wh: 10 },
      { localDate: '2024-10-28', wh: 20 },
    ]);
  });

  it('keeps two sites in different zones apart: the same instant is a different local day', () => {
    cache.upsertSite(makeSite({ id: 'demo:ny', timeZone: 'America/New_York' }));
    cache.upsertSite(makeSite({ id: 'demo:tokyo', timeZone: 'Asia/Tokyo' }));
    const at = Date.parse('2024-06-01T03:00:00Z') / 1000; // 23:00 on May 31 in New York, noon in Tokyo
    for (const id of ['demo:ny', 'demo:tokyo'])
      cache.upsertIntervals(id, [{ endAt: at, wh: 5, w: 60 }]);
    expect(cache.daily('demo:ny', '2024-05-30', '2024-06-02').map((d) => d.localDate)).toEqual([
      '2024-05-31',
    ]);
    expect(cache.daily('demo:tokyo', '2024-05-30', '2024-06-02').map((d) => d.localDate)).toEqual([
      '2024-06-01',
    ]);
  });
});

describe('idempotent interval upserts', () => {
  const zone = 'America/New_York';
  const date = '2024-05-14';

  beforeEach(() => cache.upsertSite(makeSite({ timeZone: zone })));

  it('stores the same intervals once however often they are sent', () => {
    const day = dayOfIntervals(date, zone, 300, varied);
    cache.upsertIntervals('demo:office', day);
    cache.upsertIntervals('demo:office', day);
    cache.upsertIntervals('demo:office', day.slice(100, 150));
    expect(cache.intervals('demo:office', 0, 2e9)).toHaveLength(288);
    expect(cache.daily('demo:office', date, date)[0]?.wh).toBeCloseTo(sumWh(day), 6);
  });

  it('accepts out-of-order batches and stores them in time order', () => {
    const day = dayOfIntervals(date, zone, 300, varied);
    const shuffled = [...day].reverse();
    shuffled.push(shuffled.shift()!);
    cache.upsertIntervals('demo:office', shuffled);
    const stored = cache.intervals('demo:office', 0, 2e9);
    expect(stored).toEqual(day);
    expect(cache.daily('demo:office', date, date)[0]?.wh).toBeCloseTo(sumWh(day), 6);
  });

  it('keeps the last of duplicates within one batch, and counts each instant once', () => {
    const endAt = startOfLocalDay(date, zone) + 43_200;
    const written = cache.upsertIntervals('demo:office', [
      { endAt, wh: 1, w: 12 },
      { endAt: endAt + 300, wh: 3, w: 36 },
      { endAt, wh: 2, w: 24 },
    ]);
    expect(written).toBe(2);
    expect(cache.intervals('demo:office', endAt - 1, endAt)).toEqual([{ endAt, wh: 2, w: 24 }]);
    expect(cache.daily('demo:office', date, date)).toEqual([{ localDate: date, wh: 5 }]);
  });

  it('lets a later fetch correct a stored interval, and the day total follows', () => {
    const day = dayOfIntervals(date, zone);
    cache.upsertIntervals('demo:office', day);
    const fixed = { ...day[10]!, wh: day[10]!.wh + 50 };
    cache.upsertIntervals('demo:office', [fixed]);
    expect(cache.daily('demo:office', date, date)[0]?.wh).toBeCloseTo(sumWh(day) + 50, 6);
  });

  it('does not create empty days between the days of a sparse batch', () => {
    const a = startOfLocalDay('2024-01-01', zone) + 43_200;
    const b = startOfLocalDay('2024-12-31', zone) + 43_200;
    cache.upsertIntervals('demo:office', [
      { endAt: b, wh: 2, w: 24 },
      { endAt: a, wh: 1, w: 12 },
    ]);
    expect(cache.daily('demo:office', '2024-01-01', '2024-12-31')).toEqual([
      { localDate: '2024-01-01', wh: 1 },
      { localDate: '2024-12-31', wh: 2 },
    ]);
  });

  it('writes nothing and returns 0 for an empty batch', () => {
    expect(cache.upsertIntervals('demo:office', [])).toBe(0);
    expect(cache.firstDate('demo:office')).toBeNull();
  });
});

describe('a corrected site time zone', () => {
  it('moves interval-based daily totals to the days of the new zone', () => {
    cache.upsertSite(makeSite({ timeZone: 'UTC' }));
    const at = Date.parse('2024-06-01T02:00:00Z') / 1000;
    cache.upsertIntervals('demo:office', [{ endAt: at, wh: 7, w: 84 }]);
    cache.upsertDailyReported('demo:office', [{ localDate: '2024-05-20', wh: 99 }]);
    expect(cache.daily('demo:office', '2024-05-01', '2024-06-30').map((d) => d.localDate)).toEqual([
      '2024-05-20',
      '2024-06-01',
    ]);

    cache.upsertSite(makeSite({ timeZone: 'America/Chicago' }));
    expect(cache.daily('demo:office', '2024-05-01', '2024-06-30')).toEqual([
      { localDate: '2024-05-20', wh: 99 },
      { localDate: '2024-05-31', wh: 7 },
    ]);
  });
});
