import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteCache } from '../../../../electron/cache/cache';
import { CacheWriteError } from '../../../../electron/cache/errors';
import type { Logger } from '../../../../electron/ports';
import { addDays } from '../../../../shared/time';
import {
  dayOfIntervals,
  makeSite,
  openTestCache,
  sumWh,
  tempFolder,
} from './fixtures/cacheFixtures';

let folder: ReturnType<typeof tempFolder>;
let cache: SqliteCache;
const logged: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
const log: Logger = {
  info: (message, fields) => logged.push({ level: 'info', message, fields }),
  warn: (message, fields) => logged.push({ level: 'warn', message, fields }),
  error: (message, fields) => logged.push({ level: 'error', message, fields }),
};

beforeEach(() => {
  folder = tempFolder();
  logged.length = 0;
  // A 256 KiB ceiling stands in for a full disk: SQLite answers SQLITE_FULL either way.
  cache = openTestCache(folder.dir, { maxBytes: 256 * 1024, log });
  cache.upsertSite(makeSite({ timeZone: 'America/New_York' }));
});
afterEach(() => {
  cache.close();
  folder.cleanup();
});

describe('a full disk during a write', () => {
  it('rolls the whole batch back, says so plainly, and keeps what was saved before', () => {
    const zone = 'America/New_York';
    const first = dayOfIntervals('2024-01-01', zone);
    cache.upsertIntervals('demo:office', first);
    cache.setCursor('demo:office', 'intervals', 'after day 1');

    // One big batch: months of data cannot fit in 256 KiB.
    const big = Array.from({ length: 90 }, (_, d) =>
      dayOfIntervals(addDays('2024-01-02', d), zone),
    ).flat();
    let failure: unknown;
    try {
      cache.upsertIntervals('demo:office', big);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(CacheWriteError);
    expect((failure as CacheWriteError).sqliteCode).toBe(13);
    expect((failure as Error).message).toMatch(
      /^The disk is full, so new production data could not be saved/,
    );
    expect((failure as Error).message).toMatch(/the data saved before is intact/);

    expect(cache.intervals('demo:office', 0, 2e9)).toEqual(first);
    expect(cache.daily('demo:office', '2024-01-01', '2024-12-31')).toEqual([
      { localDate: '2024-01-01', wh: sumWh(first) },
    ]);
    expect(cache.getCursor('demo:office', 'intervals')).toBe('after day 1');
    expect(logged.some((l) => l.level === 'error' && /disk full/.test(l.message))).toBe(true);

    // Small writes that fit still go through afterwards.
    cache.setCursor('demo:office', 'intervals', 'still writable');
    expect(cache.getCursor('demo:office', 'intervals')).toBe('still writable');
  });
});
