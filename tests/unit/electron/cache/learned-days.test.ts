import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteCache } from '../../../../electron/cache/cache';
import type { LearnedDay } from '../../../../electron/cache/learned-days';
import { dayOfIntervals, makeSite, openTestCache, tempFolder } from './fixtures/cacheFixtures';

let folder: ReturnType<typeof tempFolder>;
let cache: SqliteCache;

const day = (date: string, clearRatio: number | null, basis = 'b'): LearnedDay => ({
  date,
  basis,
  clearRatio,
});
const dates = (siteId: string) =>
  cache.learnedDays
    .of(siteId)
    .map((d) => d.date)
    .sort();

beforeEach(() => {
  folder = tempFolder();
  cache = openTestCache(folder.dir);
  cache.upsertSite(makeSite({ id: 'demo:a' }));
  cache.upsertSite(makeSite({ id: 'demo:b' }));
  for (const id of ['demo:a', 'demo:b'])
    cache.learnedDays.keep(
      id,
      [day('2025-06-01', 0.8123456789012345), day('2025-06-02', null), day('2025-06-03', 0.7)],
      '2025-05-01',
    );
});
afterEach(() => {
  cache.close();
  folder.cleanup();
});

describe('learned days in the cache', () => {
  it('keeps each day’s ratio exactly (or none) across a restart, per site', () => {
    cache.close();
    cache = openTestCache(folder.dir);
    const kept = cache.learnedDays.of('demo:a').sort((x, y) => x.date.localeCompare(y.date));
    expect(kept).toStrictEqual([
      day('2025-06-01', 0.8123456789012345),
      day('2025-06-02', null),
      day('2025-06-03', 0.7),
    ]);
  });

  it('replaces a day learned again and forgets days before the window', () => {
    cache.learnedDays.keep('demo:a', [day('2025-06-03', 0.9, 'resized')], '2025-06-02');
    expect(cache.learnedDays.of('demo:a')).toStrictEqual([
      day('2025-06-02', null),
      day('2025-06-03', 0.9, 'resized'),
    ]);
    expect(dates('demo:b')).toEqual(['2025-06-01', '2025-06-02', '2025-06-03']);
  });

  it('forgets a day when its intervals are written, and only that day of that site', () => {
    cache.upsertIntervals('demo:a', dayOfIntervals('2025-06-02', 'America/New_York'));
    expect(dates('demo:a')).toEqual(['2025-06-01', '2025-06-03']);
    expect(dates('demo:b')).toEqual(['2025-06-01', '2025-06-02', '2025-06-03']);
  });

  it('forgets every day of a site whose zone was corrected (its days moved)', () => {
    cache.upsertIntervals('demo:a', dayOfIntervals('2025-05-20', 'America/New_York'));
    cache.upsertSite(makeSite({ id: 'demo:a', timeZone: 'America/Chicago' }));
    expect(dates('demo:a')).toEqual([]);
    expect(dates('demo:b')).toHaveLength(3);
  });

  it('has nothing for removed or unknown sites and goes with a site removed with its data', () => {
    cache.deleteSite('demo:a', true);
    cache.learnedDays.keep('demo:a', [day('2025-06-04', 0.8)], '2025-05-01');
    expect(cache.learnedDays.of('demo:a')).toEqual([]);
    cache.upsertSite(makeSite({ id: 'demo:a' }));
    expect(cache.learnedDays.of('demo:a')).toEqual([]);
    cache.deleteSite('demo:b', false);
    expect(cache.learnedDays.of('demo:b')).toEqual([]);
    expect(cache.learnedDays.of('demo:nowhere')).toEqual([]);
  });
});
