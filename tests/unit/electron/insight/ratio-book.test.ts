import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCache, type SqliteCache } from '../../../../electron/cache/cache';
import type { IntervalSample, SiteRecord } from '../../../../electron/cache/types';
import {
  DEFAULT_PERFORMANCE_RATIO,
  EXPECTED_STEP_SECONDS,
  expectedIntervals,
} from '../../../../electron/insight/expected';
import { hourBuckets } from '../../../../electron/insight/hours';
import {
  learnRatios,
  ratioForMonth,
  type DayEvidence,
} from '../../../../electron/insight/performance-ratio';
import {
  LEARNING_DAYS,
  RatioBook,
  type LearningReader,
} from '../../../../electron/insight/ratio-book';
import type { IntervalReader } from '../../../../electron/insight/site-day';
import { addDays, localDateOf, startOfLocalDay } from '../../../../shared/time';

/**
 * The learning as it was before the 1,000-site work (one interval read and one fault lookup
 * per site per day, each day's hours kept), verbatim: the figures must not move.
 */
class ReferenceRatioBook {
  private readonly memo = new Map<string, { date: string; ratio: number }>();
  private readonly days = new Map<string, DayEvidence | null>();

  constructor(
    private readonly reader: IntervalReader,
    private readonly faulty: (siteId: string, from: number, to: number) => boolean,
  ) {}

  ratioFor(site: SiteRecord, now: number): number {
    const today = localDateOf(now, site.timeZone);
    const known = this.memo.get(site.id);
    if (known?.date === today) return known.ratio;
    const days: DayEvidence[] = [];
    for (let back = 1; back <= LEARNING_DAYS; back++) {
      const date = addDays(today, -back);
      const from = startOfLocalDay(date, site.timeZone);
      if (this.faulty(site.id, from, from + 86_400)) continue;
      const key = `${site.id}|${date}`;
      let evidence = this.days.get(key);
      if (evidence === undefined) {
        evidence = this.dayEvidence(site, date);
        if (back > 1) this.days.set(key, evidence);
      }
      if (evidence) days.push(evidence);
    }
    const month = Number(today.slice(5, 7));
    const ratio = ratioForMonth(learnRatios(days), month, DEFAULT_PERFORMANCE_RATIO);
    this.memo.set(site.id, { date: today, ratio });
    return ratio;
  }

  private dayEvidence(site: SiteRecord, date: string): DayEvidence | null {
    const from = startOfLocalDay(date, site.timeZone);
    const to = startOfLocalDay(addDays(date, 1), site.timeZone);
    const actual = this.reader.intervals(site.id, from, to);
    if (actual.length === 0) return null;
    const clearSky = expectedIntervals(site, from, to, 1);
    const hours = hourBuckets(clearSky, actual, to, EXPECTED_STEP_SECONDS);
    const brightest = Math.max(...hours.map((h) => h.fullExpectedWh));
    return {
      month: Number(date.slice(5, 7)),
      hours: hours
        .filter((h) => h.fullExpectedWh >= 0.4 * brightest && brightest > 0)
        .map((h) => ({ actualWh: h.actualWh, clearSkyWh: h.fullExpectedWh })),
    };
  }
}

/** 10 April 2025, 12:00 UTC: the window crosses the EU and US clock changes and Sydney's. */
const now = Date.UTC(2025, 3, 10, 12) / 1000;
const places: [zone: string, latitude: number, longitude: number][] = [
  ['Europe/Berlin', 52.5, 13.4],
  ['America/New_York', 40.7, -74],
  ['Australia/Sydney', -33.9, 151.2],
  ['Asia/Kolkata', 19, 72.8],
  ['America/Denver', 39.7, -105],
];

const site = (i: number): SiteRecord => {
  const [timeZone, latitude, longitude] = places[i % places.length]!;
  return {
    ...{ id: `demo:r${i}`, provider: 'demo', externalId: `r${i}`, connectionId: null },
    ...{ name: `Site ${i}`, city: 'X', country: 'XX', timeZone, latitude, longitude },
    ...{
      capacityW: 6_000 + i * 1_500,
      status: 'normal',
      statusDetail: null,
      addedAt: now - 400 * 86_400,
    },
  };
};

/** A local day of the site: clear at a level that varies by day, cloudy, or without data. */
function dayIntervals(record: SiteRecord, index: number, date: string): IntervalSample[] {
  const from = startOfLocalDay(date, record.timeZone);
  const to = startOfLocalDay(addDays(date, 1), record.timeZone);
  const kind = (index * 7 + Number(date.slice(8))) % 9;
  if (kind === 0) return [];
  const level = 0.55 + 0.06 * ((index + Number(date.slice(8))) % 7);
  return expectedIntervals(record, from, to, level).map(({ endAt, wh }) => {
    const cloud = kind % 3 === 1 ? 0.4 + 0.6 * Math.abs(Math.sin(endAt / 1_700)) : 1;
    const energy = wh * cloud;
    return { endAt, wh: energy, w: (energy * 3600) / EXPECTED_STEP_SECONDS };
  });
}

/** Fault spans: a closed one over some days of March, one still open, one outside the window. */
const faults: { siteId: string; startAt: number; endAt: number | null }[] = [
  {
    siteId: 'demo:r0',
    startAt: Date.UTC(2025, 2, 3, 9) / 1000,
    endAt: Date.UTC(2025, 2, 8) / 1000,
  },
  { siteId: 'demo:r1', startAt: now - 3 * 86_400, endAt: null },
  { siteId: 'demo:r2', startAt: Date.UTC(2024, 10, 1) / 1000, endAt: Date.UTC(2024, 10, 9) / 1000 },
];
const overlaps = (siteId: string, from: number, to: number) =>
  faults.some((f) => f.siteId === siteId && f.startAt < to && (f.endAt ?? Infinity) > from);

describe('ratio book', () => {
  let dir: string;
  let cache: SqliteCache;
  const sites = Array.from({ length: 8 }, (_, i) => site(i));

  const fill = (record: SiteRecord, index: number, firstBack: number, lastBack: number) => {
    const today = localDateOf(now, record.timeZone);
    for (let back = firstBack; back >= lastBack; back--) {
      const date = addDays(today, -back);
      cache.upsertIntervals(record.id, dayIntervals(record, index, date));
    }
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'enalysis-ratio-book-'));
    cache = openCache(join(dir, 'cache.sqlite'), { clock: { now: () => now } });
    sites.forEach((record, i) => {
      cache.upsertSite(record);
      fill(record, i, LEARNING_DAYS + 5, 0);
    });
  });
  afterEach(() => {
    cache.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The cache, counting the interval reads each site gets. */
  const counting = (reads: string[]): LearningReader => ({
    intervals: (siteId, from, to) => {
      reads.push(siteId);
      return cache.intervals(siteId, from, to);
    },
    lastIntervalAt: (siteId) => cache.lastIntervalAt(siteId),
    learnedDays: cache.learnedDays,
  });
  const faultsOf = (siteId: string) => (from: number, to: number) => overlaps(siteId, from, to);
  /** What learning from scratch on the cache as it is now gives. */
  const fresh = (at: number) => {
    const reference = new ReferenceRatioBook(cache, overlaps);
    return sites.map((s) => reference.ratioFor(s, at));
  };

  it('learns what the per-day learning learned, also after late data and a resized site', () => {
    const book = new RatioBook(cache, faultsOf);
    const before = fresh(now);
    expect(sites.map((s) => book.ratioFor(s, now))).toStrictEqual(before);
    // Not a fleet of defaults: sites learned their own, different ratios.
    expect(new Set(before).size).toBeGreaterThan(4);
    expect(before.filter((r) => r === DEFAULT_PERFORMANCE_RATIO).length).toBeLessThan(2);

    // A day later: today's data is in, yesterday got a late cloud, a day three weeks back was
    // corrected, and one site turned out bigger than listed.
    sites.forEach((record, i) => {
      const today = localDateOf(now, record.timeZone);
      fill(record, i + 1, 0, -1);
      cache.upsertIntervals(record.id, dayIntervals(record, i + 3, addDays(today, -1)));
      cache.upsertIntervals(record.id, dayIntervals(record, i + 5, addDays(today, -20)));
    });
    const resized = { ...sites[4]!, capacityW: sites[4]!.capacityW * 1.25 };
    cache.upsertSite(resized);
    sites[4] = resized;
    const later = now + 86_400;
    const next = fresh(later);
    expect(sites.map((s) => book.ratioFor(s, later))).toStrictEqual(next);
    expect(next).not.toStrictEqual(before);
  });

  it('reads a site once per learning and looks its faults up once', () => {
    const reads: string[] = [];
    const lookups: string[] = [];
    const book = new RatioBook(counting(reads), (siteId) => {
      lookups.push(siteId);
      return faultsOf(siteId);
    });
    for (const record of sites) book.ratioFor(record, now);
    for (const record of sites) book.ratioFor(record, now + 60);
    expect(reads).toStrictEqual(sites.map((s) => s.id));
    expect(lookups).toStrictEqual(sites.map((s) => s.id));
  });

  it('still answers when the cache is full: what it learned is only not kept', () => {
    const before = fresh(now);
    cache.close();
    const size = statSync(join(dir, 'cache.sqlite')).size;
    cache = openCache(join(dir, 'cache.sqlite'), { clock: { now: () => now }, maxBytes: size });
    const book = new RatioBook(cache, faultsOf);
    expect(sites.map((s) => book.ratioFor(s, now))).toStrictEqual(before);
    // The file may not grow: the first sites' days fit in the table's first page, the rest
    // could not be written.
    expect(cache.learnedDays.of(sites[sites.length - 1]!.id)).toEqual([]);
  });

  it('keeps what it learned across a restart and then reads only the new day', () => {
    const before = sites.map((s) => new RatioBook(cache, faultsOf).ratioFor(s, now));
    cache.close();
    cache = openCache(join(dir, 'cache.sqlite'), { clock: { now: () => now } });
    const reads: string[] = [];
    const book = new RatioBook(counting(reads), faultsOf);
    expect(sites.map((s) => book.ratioFor(s, now))).toStrictEqual(before);
    expect(reads).toStrictEqual([]);
    // The next day only yesterday is new, except for r1, whose yesterday was in its fault.
    sites.forEach((record, i) => fill(record, i, -1, -1));
    expect(sites.map((s) => book.ratioFor(s, now + 86_400))).toStrictEqual(fresh(now + 86_400));
    expect(reads).toStrictEqual(sites.map((s) => s.id).filter((id) => id !== 'demo:r1'));
  });
});
