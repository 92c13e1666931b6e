import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteCache } from '../../../../electron/cache/cache';
import { ledgerRetentionDays, openCache } from '../../../../electron/cache/cache';
import { InvalidDataError, UnknownSiteError } from '../../../../electron/cache/errors';
import type { IntervalSample } from '../../../../electron/cache/types';
import { UnavailableError } from '../../../../electron/errors';
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

beforeEach(() => {
  folder = tempFolder();
  cache = openTestCache(folder.dir);
});
afterEach(() => {
  cache.close();
  folder.cleanup();
});

describe('opening', () => {
  it('creates the file and its missing folders where the caller says', () => {
    const path = join(folder.dir, 'user data', 'nested', 'cache.sqlite');
    const other = openCache(path);
    other.upsertSite(makeSite());
    other.close();
    expect(existsSync(path)).toBe(true);
    expect(other.recovery).toBeNull();
  });
});

describe('sites', () => {
  it('stores, lists by name, reads back and updates a site', () => {
    cache.upsertSite(makeSite({ id: 'demo:b', name: 'Warehouse' }));
    cache.upsertSite(makeSite({ id: 'demo:a', name: 'annex' }));
    expect(cache.listSites().map((s) => s.name)).toEqual(['annex', 'Warehouse']);
    expect(cache.getSite('demo:b')).toEqual(makeSite({ id: 'demo:b', name: 'Warehouse' }));

    cache.upsertSite(
      makeSite({ id: 'demo:b', name: 'Warehouse 2', capacityW: 12_500, addedAt: 1_800_000_000 }),
    );
    const updated = cache.getSite('demo:b');
    expect(updated?.name).toBe('Warehouse 2');
    expect(updated?.capacityW).toBe(12_500);
    expect(updated?.addedAt).toBe(1_700_000_000); // the first time it was added is kept
  });

  it('returns null for a site it does not know', () => {
    expect(cache.getSite('demo:nowhere')).toBeNull();
  });

  it('sets a status with its detail', () => {
    cache.upsertSite(makeSite());
    cache.setSiteStatus('demo:office', 'fault', 'Inverter 3 reports no production');
    expect(cache.getSite('demo:office')).toMatchObject({
      status: 'fault',
      statusDetail: 'Inverter 3 reports no production',
    });
    expect(() => cache.setSiteStatus('demo:nowhere', 'fault', null)).toThrow(UnknownSiteError);
    expect(() => cache.setSiteStatus('demo:office', 'broken' as never, null)).toThrow(
      InvalidDataError,
    );
  });

  it.each(['local', 'system', 'UTC+3', '', 'Mars/Olympus_Mons'])(
    'refuses a site in the zone %j',
    (timeZone) => {
      expect(() => cache.upsertSite(makeSite({ timeZone }))).toThrow(InvalidDataError);
      expect(cache.listSites()).toEqual([]);
    },
  );

  it('accepts legacy zone names like US/Pacific', () => {
    cache.upsertSite(makeSite({ timeZone: 'US/Pacific' }));
    expect(cache.getSite('demo:office')?.timeZone).toBe('US/Pacific');
  });

  describe('removal', () => {
    const day = dayOfIntervals('2024-05-01', 'America/New_York');

    beforeEach(() => {
      cache.upsertSite(makeSite());
      cache.upsertIntervals('demo:office', day);
      cache.setCursor('demo:office', 'intervals', '123');
    });

    it('with its data: the site, intervals, totals and cursors are gone for good', () => {
      cache.deleteSite('demo:office', true);
      expect(cache.listSites()).toEqual([]);
      cache.upsertSite(makeSite());
      expect(cache.intervals('demo:office', 0, 2e9)).toEqual([]);
      expect(cache.daily('demo:office', '2024-01-01', '2024-12-31')).toEqual([]);
      expect(cache.getCursor('demo:office', 'intervals')).toBeNull();
    });

    it('keeping its data: it leaves the list and the fleet, and comes back with its history when re-added', () => {
      cache.deleteSite('demo:office', false);
      expect(cache.listSites()).toEqual([]);
      expect(cache.getSite('demo:office')).toBeNull();
      expect(cache.fleetDaily('2024-05-01', '2024-05-01')).toEqual([]);
      expect(() => cache.upsertIntervals('demo:office', day)).toThrow(UnknownSiteError);

      cache.upsertSite(makeSite());
      expect(cache.daily('demo:office', '2024-05-01', '2024-05-01')[0]?.wh).toBeCloseTo(
        sumWh(day),
        6,
      );
      expect(cache.getCursor('demo:office', 'intervals')).toBe('123');
    });

    it('is a no-op for a site that is not there', () => {
      expect(() => cache.deleteSite('demo:nowhere', true)).not.toThrow();
    });
  });
});

describe('reported daily totals versus totals from intervals', () => {
  const zone = 'Europe/Berlin';
  beforeEach(() => cache.upsertSite(makeSite({ timeZone: zone })));
  const day = (date: string) => dayOfIntervals(date, zone, 900, () => 400); // 9.6 kWh

  it.each([
    // what happens first, what second, what the day shows
    ['reported alone', [['reported', 5000]], 5000],
    [
      'a newer report replaces a report',
      [
        ['reported', 5000],
        ['reported', 6000],
      ],
      6000,
    ],
    ['intervals replace a report', [['reported', 5000], ['intervals']], 9600],
    ['a report does not replace intervals', [['intervals'], ['reported', 5000]], 9600],
    ['intervals replace intervals', [['intervals'], ['intervals']], 9600],
  ] as const)('%s', (_name, steps, expected) => {
    for (const step of steps) {
      if (step[0] === 'reported')
        cache.upsertDailyReported('demo:office', [{ localDate: '2024-07-01', wh: step[1] }]);
      else cache.upsertIntervals('demo:office', day('2024-07-01'));
    }
    expect(cache.daily('demo:office', '2024-07-01', '2024-07-01')).toEqual([
      { localDate: '2024-07-01', wh: expected },
    ]);
  });

  it('says how many reported days it stored, skipping days held by intervals', () => {
    cache.upsertIntervals('demo:office', day('2024-07-02'));
    const stored = cache.upsertDailyReported('demo:office', [
      { localDate: '2024-07-01', wh: 1 },
      { localDate: '2024-07-02', wh: 2 },
      { localDate: '2024-07-03', wh: 3 },
    ]);
    expect(stored).toBe(2);
    expect(cache.daily('demo:office', '2024-07-01', '2024-07-03').map((d) => d.wh)).toEqual([
      1, 9600, 3,
    ]);
  });
});

describe('totals over time', () => {
  beforeEach(() => {
    cache.upsertSite(makeSite({ id: 'demo:a', timeZone: 'America/New_York' }));
    cache.upsertSite(makeSite({ id: 'demo:b', timeZone: 'Australia/Sydney' }));
    cache.upsertDailyReported('demo:a', [
      { localDate: '2024-01-30', wh: 100 },
      { localDate: '2024-01-31', wh: 200 },
      { localDate: '2024-02-01', wh: 300 },
      { localDate: '2024-02-29', wh: 400 },
      { localDate: '2024-04-02', wh: 500 },
    ]);
    cache.upsertDailyReported('demo:b', [
      { localDate: '2024-01-31', wh: 1000 },
      { localDate: '2024-02-01', wh: 2000 },
    ]);
  });

  it('reads the days of a range in order, leaving out days without data', () => {
    expect(cache.daily('demo:a', '2024-01-31', '2024-02-29')).toEqual([
      { localDate: '2024-01-31', wh: 200 },
      { localDate: '2024-02-01', wh: 300 },
      { localDate: '2024-02-29', wh: 400 },
    ]);
  });

  it('sums whole months that overlap the range', () => {
    expect(cache.monthly('demo:a', '2024-01-31', '2024-04-01')).toEqual([
      { month: '2024-01', wh: 300 },
      { month: '2024-02', wh: 700 },
      { month: '2024-04', wh: 500 },
    ]);
    expect(cache.monthly('demo:a', '2024-03-01', '2024-03-31')).toEqual([]);
  });

  it('sums the fleet per local date', () => {
    expect(cache.fleetDaily('2024-01-31', '2024-02-01')).toEqual([
      { localDate: '2024-01-31', wh: 1200 },
      { localDate: '2024-02-01', wh: 2300 },
    ]);
  });

  it('knows each site’s lifetime energy, first date and newest interval', () => {
    expect(cache.lifetimeWh('demo:a')).toBe(1500);
    expect(cache.firstDate('demo:a')).toBe('2024-01-30');
    expect(cache.lastIntervalAt('demo:a')).toBeNull();
    const end = startOfLocalDay('2024-04-03', 'America/New_York') + 600;
    cache.upsertIntervals('demo:a', [
      { endAt: end - 300, wh: 1, w: 12 },
      { endAt: end, wh: 1, w: 12 },
    ]);
    expect(cache.lastIntervalAt('demo:a')).toBe(end);
  });

  it('tells when a day’s production started and stopped, night zeros left out', () => {
    const midnight = startOfLocalDay('2024-04-05', 'America/New_York');
    const at = (hours: number) => midnight + hours * 3600;
    cache.upsertIntervals('demo:a', [
      { endAt: at(5), wh: 0, w: 0 },
      { endAt: at(6.5), wh: 2, w: 24 },
      { endAt: at(12), wh: 900, w: 10_800 },
      { endAt: at(19.75), wh: 1, w: 12 },
      { endAt: at(21), wh: 0, w: 0 },
    ]);
    expect(cache.productionSpan('demo:a', midnight, at(24))).toEqual({
      first: at(6.5),
      last: at(19.75),
    });
    expect(cache.productionSpan('demo:a', at(20), at(24))).toBeNull();
    expect(cache.productionSpan('demo:nowhere', midnight, at(24))).toBeNull();
  });

  it('answers empty for a site it does not know', () => {
    expect(cache.daily('demo:nowhere', '2024-01-01', '2024-12-31')).toEqual([]);
    expect(cache.monthly('demo:nowhere', '2024-01-01', '2024-12-31')).toEqual([]);
    expect(cache.lifetimeWh('demo:nowhere')).toBe(0);
    expect(cache.firstDate('demo:nowhere')).toBeNull();
    expect(cache.lastIntervalAt('demo:nowhere')).toBeNull();
    expect(cache.intervals('demo:nowhere', 0, 2e9)).toEqual([]);
  });

  it.each([['2024-1-01'], ['2024-02-30'], ['yesterday']])(
    'refuses the date %j in a range',
    (bad) => {
      expect(() => cache.daily('demo:a', bad, '2024-12-31')).toThrow(InvalidDataError);
      expect(() => cache.fleetDaily('2024-01-01', bad)).toThrow(InvalidDataError);
    },
  );
});

describe('sync cursors', () => {
  it('stores one value per site and kind, and overwrites it', () => {
    cache.upsertSite(makeSite({ id: 'demo:a' }));
    cache.upsertSite(makeSite({ id: 'demo:b' }));
    expect(cache.getCursor('demo:a', 'intervals')).toBeNull();
    cache.setCursor('demo:a', 'intervals', '1700000300');
    cache.setCursor('demo:a', 'daily', '2024-05-01');
    cache.setCursor('demo:b', 'intervals', '42');
    cache.setCursor('demo:a', 'intervals', '1700000600');
    expect(cache.getCursor('demo:a', 'intervals')).toBe('1700000600');
    expect(cache.getCursor('demo:a', 'daily')).toBe('2024-05-01');
    expect(cache.getCursor('demo:b', 'intervals')).toBe('42');
    expect(() => cache.setCursor('demo:nowhere', 'intervals', '1')).toThrow(UnknownSiteError);
  });
});

describe('the request ledger', () => {
  const entry = (provider: 'enphase' | 'solaredge', at: number) => ({
    provider,
    connectionId: 'conn-1',
    siteId: null,
    endpoint: '/api/v4/systems',
    status: 200,
    at,
  });

  it('counts requests per provider from an instant on, across a restart', () => {
    for (const at of [100, 200, 300, 400])
      cache.recordRequest(entry('enphase', 1_749_000_000 + at));
    cache.recordRequest(entry('solaredge', 1_749_000_300));
    expect(cache.countRequests('enphase', 1_749_000_200)).toBe(3);
    expect(cache.countRequests('solaredge', 0)).toBe(1);
    cache.close();
    cache = openTestCache(folder.dir);
    expect(cache.countRequests('enphase', 0)).toBe(4);
  });

  it(`forgets requests older than ${ledgerRetentionDays} days when it opens`, () => {
    const now = 1_750_000_000;
    cache.recordRequest(entry('enphase', now - ledgerRetentionDays * 86_400 - 1));
    cache.recordRequest(entry('enphase', now - 86_400));
    cache.close();
    cache = openTestCache(folder.dir, { clock: manualClock(now) });
    expect(cache.countRequests('enphase', 0)).toBe(1);
  });

  it('refuses a record without an endpoint or with a malformed provider id', () => {
    expect(() => cache.recordRequest({ ...entry('enphase', 1), endpoint: '' })).toThrow(
      InvalidDataError,
    );
    expect(() => cache.recordRequest({ ...entry('enphase', 1), provider: 'Acme Solar' })).toThrow(
      /is not a provider id/,
    );
  });
});

describe('invalid data is refused before anything is written', () => {
  const zone = 'America/New_York';
  const good = () => dayOfIntervals('2024-05-01', zone);

  beforeEach(() => cache.upsertSite(makeSite({ timeZone: zone })));

  it.each([
    ['a NaN energy', { wh: Number.NaN }, /wh must be a finite number/],
    ['an infinite energy', { wh: Number.POSITIVE_INFINITY }, /wh must be a finite number/],
    ['a negative energy', { wh: -1 }, /wh must be a finite number ≥ 0/],
    ['a negative power', { w: -5 }, /w must be a finite number ≥ 0/],
    [
      'a fractional instant',
      { endAt: 1_714_550_400.5 },
      /endAt must be a whole number of epoch seconds/,
    ],
    ['a negative instant', { endAt: -300 }, /endAt must be a whole number of epoch seconds/],
    [
      'an instant in milliseconds as text',
      { endAt: '1714550400' },
      /endAt must be a whole number of epoch seconds/,
    ],
  ])('%s at the end of a batch', (_name, patch, message) => {
    const batch = good();
    batch[batch.length - 1] = {
      ...batch[batch.length - 1]!,
      ...(patch as Partial<IntervalSample>),
    };
    expect(() => cache.upsertIntervals('demo:office', batch)).toThrow(InvalidDataError);
    expect(() => cache.upsertIntervals('demo:office', batch)).toThrow(message);
    expect(cache.intervals('demo:office', 0, 2e9)).toEqual([]);
    expect(cache.daily('demo:office', '2024-04-01', '2024-06-01')).toEqual([]);
  });

  it('names the unknown site when intervals arrive for it', () => {
    expect(() => cache.upsertIntervals('demo:ghost', good())).toThrow(
      /"demo:ghost" is not in the local cache/,
    );
  });

  it.each([
    [{ localDate: '2024-02-30', wh: 1 }],
    [{ localDate: '2024-05-01', wh: -1 }],
    [{ localDate: '2024-05-01', wh: Number.NaN }],
  ])('refuses the reported day %j and keeps the valid ones of its batch out too', (bad) => {
    expect(() =>
      cache.upsertDailyReported('demo:office', [{ localDate: '2024-04-30', wh: 5 }, bad]),
    ).toThrow(InvalidDataError);
    expect(cache.firstDate('demo:office')).toBeNull();
  });
});

describe('after close', () => {
  it('refuses calls with a plain "closed" error instead of crashing', () => {
    cache.close();
    expect(() => cache.listSites()).toThrow(UnavailableError);
    expect(() => cache.upsertSite(makeSite())).toThrow(/closed/);
    cache.close(); // twice is fine
  });
});

describe('a site removed with its data and a new one added after it', () => {
  it('does not inherit anything of the removed one', () => {
    cache.upsertSite(makeSite({ id: 'demo:old' }));
    cache.upsertIntervals('demo:old', dayOfIntervals('2024-05-01', 'America/New_York'));
    cache.deleteSite('demo:old', true);
    cache.upsertSite(makeSite({ id: 'demo:new' }));
    expect(cache.intervals('demo:new', 0, 2e9)).toEqual([]);
    expect(cache.lastIntervalAt('demo:new')).toBeNull();
    expect(cache.fleetDaily('2024-05-01', '2024-05-01')).toEqual([]);
  });
});
