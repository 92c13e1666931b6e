import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  demoClearSkyPowerAt,
  demoDayKind,
  demoEnergyBetween,
  demoExpectedPowerAt,
  demoIntervalAt,
  demoIntervals,
  demoPowerAt,
  demoTripAt,
} from '../../../../../electron/providers/demo/model';
import type { DemoSiteSpec } from '../../../../../electron/providers/demo/sites';
import { demoSiteSpecs } from '../../../../../electron/providers/demo/sites';
import { addDays, endOfLocalDay, startOfLocalDay } from '../../../../../shared/time';

const seed = 42;
const sites: DemoSiteSpec[] = [...demoSiteSpecs];
const bySlug = (slug: string): DemoSiteSpec => {
  const site = sites.find((s) => s.slug === slug);
  if (!site) throw new Error(`no demo site ${slug}`);
  return site;
};

const localInstant = (spec: DemoSiteSpec, isoLocal: string): number =>
  DateTime.fromISO(isoLocal, { zone: spec.timeZone }).toSeconds();

/** kWh per kWp on one local day: comparable across site sizes. */
const specificYield = (site: DemoSiteSpec, date: string): number =>
  demoEnergyBetween(
    site,
    startOfLocalDay(date, site.timeZone),
    endOfLocalDay(date, site.timeZone),
    seed,
  ) / site.capacityW;

/** The first clear day within three weeks of `around`, so the test does not depend on luck. */
const clearDayNear = (site: DemoSiteSpec, around: string): string => {
  for (let offset = 0; offset < 21; offset++) {
    for (const date of [addDays(around, offset), addDays(around, -offset)]) {
      if (demoDayKind(site, localInstant(site, `${date}T12:00`), seed) === 'clear') return date;
    }
  }
  throw new Error(`no clear day near ${around} for ${site.slug}`);
};

describe('demo fleet', () => {
  it('has at least 6 buildings in at least 3 time zones, 20 kWp to 1 MWp, one with a fault', () => {
    expect(demoSiteSpecs.length).toBeGreaterThanOrEqual(6);
    expect(new Set(demoSiteSpecs.map((s) => s.timeZone)).size).toBeGreaterThanOrEqual(3);
    const capacities = demoSiteSpecs.map((s) => s.capacityW);
    expect(Math.min(...capacities)).toBe(20_000);
    expect(Math.max(...capacities)).toBe(1_000_000);
    expect(demoSiteSpecs.filter((s) => s.fault)).toHaveLength(1);
    expect(new Set(demoSiteSpecs.map((s) => s.slug)).size).toBe(demoSiteSpecs.length);
  });
});

describe('demo production model', () => {
  it('gives the same interval for the same (site, instant, seed), every time', () => {
    for (const site of sites) {
      const t = localInstant(site, '2025-06-12T13:05');
      expect(demoIntervalAt(site, t, seed)).toEqual(demoIntervalAt({ ...site }, t, seed));
      expect(demoPowerAt(site, t, seed)).toBe(demoPowerAt(site, t, seed));
    }
  });

  it('changes the weather with the seed', () => {
    const site = bySlug('berlin-spreebogen-office');
    const from = startOfLocalDay('2025-05-01', site.timeZone);
    const to = from + 30 * 86_400;
    expect(demoEnergyBetween(site, from, to, 1)).not.toBeCloseTo(
      demoEnergyBetween(site, from, to, 2),
      0,
    );
  });

  it.each(['2025-06-21', '2025-12-21', '2025-03-30', '2025-10-26'])(
    'produces exactly 0 after local sunset and before sunrise (%s)',
    (date) => {
      for (const site of sites) {
        for (const time of ['23:30', '00:30', '02:00', '03:30']) {
          const t = localInstant(site, `${date}T${time}`);
          expect(demoPowerAt(site, t, seed), `${site.slug} ${time}`).toBe(0);
          expect(demoClearSkyPowerAt(site, t)).toBe(0);
        }
      }
    },
  );

  it('keeps every interval finite, non-negative and within the array size (one day a week, all sites)', () => {
    for (const site of sites) {
      const problems: string[] = [];
      for (let week = 0; week < 52; week++) {
        const date = addDays('2025-01-01', week * 7);
        const from = startOfLocalDay(date, site.timeZone);
        for (const { endAt, w, wh } of demoIntervals(site, from, from + 86_400, seed)) {
          const sane = Number.isFinite(w) && w >= 0 && w <= site.capacityW;
          if (!sane || Math.abs(wh - (w * 5) / 60) > 1e-9)
            problems.push(`${endAt}: ${w} W ${wh} Wh`);
        }
      }
      expect(problems, site.slug).toEqual([]);
    }
  });

  it('makes 4–7.2 kWh per kWp on a clear summer day and less on a clear winter day', () => {
    for (const site of sites.filter((s) => s.fault === undefined)) {
      const north = site.latitude > 0;
      const summer = clearDayNear(site, north ? '2025-06-21' : '2025-12-21');
      const winter = clearDayNear(site, north ? '2025-12-21' : '2025-06-21');
      const summerYield = specificYield(site, summer);
      const winterYield = specificYield(site, winter);
      expect(summerYield, `${site.slug} ${summer}`).toBeGreaterThan(4);
      expect(summerYield, `${site.slug} ${summer}`).toBeLessThan(7.2);
      expect(winterYield, `${site.slug} ${winter}`).toBeGreaterThan(0.8);
      expect(winterYield, `${site.slug} ${winter}`).toBeLessThan(summerYield * 0.8);
    }
  });

  it('has clear, partly cloudy and overcast days, and cloudy days produce less', () => {
    const site = bySlug('boston-engineering-hall');
    const kinds = new Map<string, number[]>();
    for (let day = 0; day < 90; day++) {
      const date = addDays('2025-05-01', day);
      const kind = demoDayKind(site, localInstant(site, `${date}T12:00`), seed);
      kinds.set(kind, [...(kinds.get(kind) ?? []), specificYield(site, date)]);
    }
    const mean = (kind: string): number => {
      const yields = kinds.get(kind) ?? [];
      return yields.reduce((a, b) => a + b, 0) / yields.length;
    };
    expect([...kinds.keys()].sort()).toEqual(['clear', 'overcast', 'partly']);
    expect(mean('clear')).toBeGreaterThan(mean('partly'));
    expect(mean('partly')).toBeGreaterThan(mean('overcast'));
  });

  it('matches the one-instant definition when producing a run of intervals (night skipping changes nothing)', () => {
    for (const site of sites) {
      const from = startOfLocalDay('2025-03-29', site.timeZone) + 17;
      const to = from + 3 * 86_400;
      const run = demoIntervals(site, from, to, seed);
      expect(run).toHaveLength(Math.floor(to / 300) - Math.floor(from / 300));
      for (const interval of run) {
        expect(interval).toEqual(demoIntervalAt(site, interval.endAt, seed));
      }
    }
  });

  it('lowers the fault site below its expected output from the trip on, by the tripped share', () => {
    const site = bySlug('madrid-san-rafael-hospital');
    const trip = demoTripAt(site, localInstant(site, '2025-07-01T12:00')) ?? Number.NaN;
    expect(DateTime.fromSeconds(trip, { zone: site.timeZone }).toISO()).toBe(
      '2025-06-28T11:40:00.000+02:00',
    );
    let produced = 0;
    let expected = 0;
    for (let t = trip; t < trip + 2 * 86_400; t += 300) {
      produced += demoPowerAt(site, t, seed);
      expected += demoExpectedPowerAt(site, t, seed);
    }
    expect(expected).toBeGreaterThan(0);
    expect(produced / expected).toBeCloseTo(0.75, 6);
    for (let t = trip - 86_400; t < trip; t += 300) {
      expect(demoPowerAt(site, t, seed)).toBe(demoExpectedPowerAt(site, t, seed));
    }
  });

  it.each<[string, string | null]>([
    ['2025-06-28T11:39', null],
    ['2025-06-28T11:40', '2025-06-28T11:40'],
    ['2025-07-26T11:39', '2025-06-28T11:40'],
    ['2025-07-27T11:40', null],
    ['2025-07-28T11:40', '2025-07-28T11:40'],
    ['2025-05-30T09:00', '2025-05-29T11:40'],
    ['2025-12-25T12:00', '2025-12-25T10:40'],
  ])('recurs every 30 days with a reset after 29: at %s the trip in effect is %s', (at, trip) => {
    const site = bySlug('madrid-san-rafael-hospital');
    const found = demoTripAt(site, localInstant(site, at));
    expect(
      found === null
        ? null
        : DateTime.fromSeconds(found, { zone: site.timeZone }).toFormat("yyyy-MM-dd'T'HH:mm"),
    ).toBe(trip);
  });

  it('leaves healthy sites healthy at every instant', () => {
    for (const site of sites.filter((s) => !s.fault)) {
      for (let t = 1_700_000_000; t < 1_800_000_000; t += 999_999) {
        expect(demoTripAt(site, t)).toBeNull();
      }
    }
  });
});
