/**
 * A site Enphase places in America/Chicago (so the app only knows Chicago's sun) whose panels
 * are in Austin: its stored week decides when it sleeps. Real SQLite, real sun positions.
 */
import { getPosition, getTimes } from 'suncalc';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteCache } from '../../../../electron/cache/cache';
import type { IntervalSample } from '../../../../electron/cache/types';
import { DaylightBook } from '../../../../electron/sync/daylight-book';
import { sleepsAt, type SitePlanInput } from '../../../../electron/sync/plan';
import { makeSite, openTestCache, tempFolder } from '../cache/fixtures/cacheFixtures';

const zone = 'America/Chicago';
const chicago = { latitude: 41.85, longitude: -87.65 };
const austin = { latitude: 30.27, longitude: -97.74 };
const record = makeSite({ id: 'enphase:77', provider: 'enphase', timeZone: zone, ...chicago });
const iso = (text: string) => Date.parse(text) / 1000;
const sunAt = (place: typeof austin, dayIso: string) =>
  getTimes(new Date(`${dayIso}T18:00:00Z`), place.latitude, place.longitude);

/** Five-minute intervals of Austin's sun from `from` to `to` (energy while it is up). */
function austinIntervals(from: number, to: number): IntervalSample[] {
  const out: IntervalSample[] = [];
  for (let end = from + 300; end <= to; end += 300) {
    const altitude = getPosition(
      new Date((end - 150) * 1000),
      austin.latitude,
      austin.longitude,
    ).altitude;
    const w = altitude > 0 ? Math.round(altitude * 100) : 0;
    out.push({ endAt: end, wh: w / 12, w });
  }
  return out;
}

let folder: ReturnType<typeof tempFolder>;
let cache: SqliteCache;
beforeEach(() => {
  folder = tempFolder();
  cache = openTestCache(folder.dir);
  cache.upsertSite(record);
});
afterEach(() => {
  cache.close();
  folder.cleanup();
});

function input(cursor: number, daylight: DaylightBook | null, now: number): SitePlanInput {
  return {
    siteId: record.id,
    timeZone: zone,
    latitude: record.latitude,
    longitude: record.longitude,
    lastEnergyAt: null,
    cursor,
    dailyThrough: null,
    retryAt: null,
    pauseAtNight: true,
    dataLagSeconds: 45 * 60,
    ...(daylight && { daylightShift: daylight.shiftOf(record, now) }),
  };
}

describe('DaylightBook with the night rule', () => {
  it('keeps a June connection asleep after Chicago’s dawn until Austin’s panels start', () => {
    cache.upsertIntervals(
      record.id,
      austinIntervals(iso('2025-05-26T05:00:00Z'), iso('2025-06-02T05:00:00Z')),
    );
    const book = new DaylightBook(cache);
    const lastNight = iso('2025-06-02T05:00:00Z');
    const chicagoRise = sunAt(chicago, '2025-06-02').sunrise!.getTime() / 1000;
    const austinRise = sunAt(austin, '2025-06-02').sunrise!.getTime() / 1000;
    expect(austinRise - chicagoRise).toBeGreaterThan(3600);

    const early = chicagoRise + 1800;
    expect(sleepsAt(input(lastNight, book, early), early)).toBe(true);
    // Judged by Chicago's sun alone, it would call while Austin is still dark.
    expect(sleepsAt(input(lastNight, null, early), early)).toBe(false);
    // Awake once Austin's sun is up, long before its first data can show (the cloud's delay).
    const awake = austinRise + 600;
    expect(sleepsAt(input(lastNight, book, awake), awake)).toBe(false);
  });

  it('keeps a December site awake after Chicago’s sunset while Austin still produces', () => {
    cache.upsertIntervals(
      record.id,
      austinIntervals(iso('2025-11-25T06:00:00Z'), iso('2025-12-02T06:00:00Z')),
    );
    const book = new DaylightBook(cache);
    const chicagoSet = sunAt(chicago, '2025-12-02').sunset!.getTime() / 1000;
    const austinSet = sunAt(austin, '2025-12-02').sunset!.getTime() / 1000;
    expect(austinSet - chicagoSet).toBeGreaterThan(3600);

    const cursor = chicagoSet + 600;
    const evening = chicagoSet + 50 * 60;
    expect(sleepsAt(input(cursor, book, evening), evening)).toBe(false);
    // Chicago's sun alone would close the day and leave Austin's last hour for tomorrow.
    expect(sleepsAt(input(cursor, null, evening), evening)).toBe(true);
    // Asleep once Austin's last data is certainly in.
    const late = austinSet + 60 * 60;
    expect(sleepsAt(input(austinSet, book, late), late)).toBe(true);
  });

  it('learns nothing from a site with no stored days: the zone’s sun as it is', () => {
    expect(new DaylightBook(cache).shiftOf(record, iso('2025-06-02T12:00:00Z'))).toEqual({
      dawn: 0,
      dusk: 0,
    });
  });
});
