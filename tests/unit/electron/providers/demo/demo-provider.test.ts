import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { labelDevices } from '../../../../../shared/device-label';
import { InvalidRequestError, NotFoundError } from '../../../../../electron/errors';
import {
  DEMO_MAX_INTERVAL_DAYS,
  DemoProvider,
} from '../../../../../electron/providers/demo/demo-provider';
import { demoIntervalAt } from '../../../../../electron/providers/demo/model';
import type { DemoSiteSpec } from '../../../../../electron/providers/demo/sites';
import { InvalidDemoSiteError, demoSiteSpecs } from '../../../../../electron/providers/demo/sites';
import type { ProviderSite } from '../../../../../electron/providers/provider';
import { addDays, endOfLocalDay, localDateOf, startOfLocalDay } from '../../../../../shared/time';
import { inEnglish, inGerman } from '../../../../harness/words';

/** A clock the test moves by hand. */
const clockAt = (iso: string) => {
  const state = { t: DateTime.fromISO(iso, { setZone: true }).toSeconds() };
  return { now: () => state.t, state };
};

const siteOf = async (provider: DemoProvider, slug: string): Promise<ProviderSite> => {
  const site = (await provider.listSites()).find((s) => s.externalId === slug);
  if (!site) throw new Error(`no demo site ${slug}`);
  return site;
};

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

describe('DemoProvider.listSites', () => {
  it('lists every building with its place, zone, size and the newest 5-minute boundary', async () => {
    const clock = clockAt('2025-07-01T10:07:30Z');
    const sites = await new DemoProvider({ clock }).listSites();
    expect(sites.map((s) => s.externalId)).toEqual(demoSiteSpecs.map((s) => s.slug));
    for (const site of sites) {
      expect(site.lastEnergyAt).toBe(DateTime.fromISO('2025-07-01T10:05:00Z').toSeconds());
      expect(site.capacityW).toBeGreaterThanOrEqual(20_000);
      expect(site.name.length).toBeGreaterThan(3);
    }
  });

  it('reports the tripped inverter as a fault with a sentence, and the others as normal', async () => {
    const sites = await new DemoProvider({ clock: clockAt('2025-07-01T10:00:00Z') }).listSites();
    const faulted = sites.filter((s) => s.status === 'fault');
    expect(faulted.map((s) => s.externalId)).toEqual(['madrid-san-rafael-hospital']);
    expect(faulted[0]?.statusDetail).toMatchObject({ key: 'status.demo.tripped' });
    expect(inEnglish(faulted[0]?.statusDetail)).toBe(
      'Inverter 3 of 4 (Huawei SUN2000-100KTL-M1) tripped on 28 Jun at 11:40 local time with a ' +
        'ground-fault (insulation resistance) alarm; the site is producing about 75 % of its ' +
        'expected output.',
    );
    expect(inGerman(faulted[0]?.statusDetail)).toBe(
      'Wechselrichter 3 von 4 (Huawei SUN2000-100KTL-M1) hat am 28. Juni um 11:40 Uhr Ortszeit ' +
        'mit einem Erdschlussalarm (Isolationswiderstand) abgeschaltet; die Anlage erzeugt etwa ' +
        '75 % ihres erwarteten Ertrags.',
    );
    expect(sites.filter((s) => s.status === 'normal')).toHaveLength(sites.length - 1);
    for (const site of sites.filter((s) => s.status === 'normal')) {
      expect(site.statusDetail).toBeNull();
    }
  });
});

describe('DemoProvider.fetchIntervals', () => {
  it('returns every 5-minute interval after `since` up to now, with w and wh agreeing', async () => {
    const clock = clockAt('2025-07-01T12:02:00Z');
    const provider = new DemoProvider({ clock });
    const site = await siteOf(provider, 'berlin-spreebogen-office');
    const since = clock.now() - 3 * 3600 - 180;
    const batch = await provider.fetchIntervals(site, since);
    expect(batch.intervals).toHaveLength(37);
    expect(batch.intervals[0]?.endAt).toBe(DateTime.fromISO('2025-07-01T09:00:00Z').toSeconds());
    expect(batch.intervals.at(-1)?.endAt).toBe(batch.lastEnergyAt);
    expect(batch.lastEnergyAt).toBe(DateTime.fromISO('2025-07-01T12:00:00Z').toSeconds());
    for (const interval of batch.intervals) {
      expect(interval.endAt % 300).toBe(0);
      expect(interval.endAt).toBeGreaterThan(since);
      expect(interval.wh).toBeCloseTo((interval.w * 5) / 60, 9);
    }
    expect(sum(batch.intervals.map((i) => i.wh))).toBeGreaterThan(0);
  });

  it('is idempotent: a later fetch returns the same numbers for the same intervals', async () => {
    const clock = clockAt('2025-07-01T12:00:00Z');
    const provider = new DemoProvider({ clock });
    const site = await siteOf(provider, 'tokyo-setagaya-market');
    const first = await provider.fetchIntervals(site, clock.now() - 86_400);
    clock.state.t += 6 * 3600;
    const again = await new DemoProvider({ clock }).fetchIntervals(site, clock.now() - 2 * 86_400);
    const byEnd = new Map(again.intervals.map((i) => [i.endAt, i]));
    for (const interval of first.intervals) expect(byEnd.get(interval.endAt)).toEqual(interval);
  });

  it(`caps one call at ${DEMO_MAX_INTERVAL_DAYS} days, while lastEnergyAt still says how far data goes`, async () => {
    const clock = clockAt('2025-07-01T12:00:00Z');
    const provider = new DemoProvider({ clock });
    const site = await siteOf(provider, 'denver-lincoln-high');
    const since = clock.now() - 30 * 86_400;
    const batch = await provider.fetchIntervals(site, since);
    expect(batch.intervals).toHaveLength(DEMO_MAX_INTERVAL_DAYS * 288);
    expect(batch.intervals.at(-1)?.endAt).toBe(since + DEMO_MAX_INTERVAL_DAYS * 86_400);
    expect(batch.lastEnergyAt).toBe(clock.now());
  });

  it('returns nothing (not an error) when asked from now or later', async () => {
    const clock = clockAt('2025-07-01T12:00:00Z');
    const provider = new DemoProvider({ clock });
    const site = await siteOf(provider, 'denver-lincoln-high');
    expect((await provider.fetchIntervals(site, clock.now())).intervals).toEqual([]);
    expect((await provider.fetchIntervals(site, clock.now() + 3600)).intervals).toEqual([]);
  });

  it('refuses unknown sites and non-numeric cursors', async () => {
    const provider = new DemoProvider({ clock: clockAt('2025-07-01T12:00:00Z') });
    const site = await siteOf(provider, 'denver-lincoln-high');
    await expect(provider.fetchIntervals({ ...site, externalId: 'nope' }, 0)).rejects.toThrow(
      NotFoundError,
    );
    await expect(provider.fetchIntervals(site, Number.NaN)).rejects.toThrow(InvalidRequestError);
  });
});

describe('DemoProvider.fetchDaily', () => {
  it.each([
    ['berlin-spreebogen-office', '2025-03-30', 276],
    ['berlin-spreebogen-office', '2025-10-26', 300],
    ['boston-engineering-hall', '2025-03-09', 276],
    ['sydney-botany-logistics', '2025-04-06', 300],
    ['phoenix-sonoran-warehouse', '2025-03-09', 288],
    ['tokyo-setagaya-market', '2025-06-21', 288],
  ])('sums %s on %s exactly as its %i intervals add up', async (slug, date, count) => {
    const provider = new DemoProvider({ clock: clockAt('2025-12-31T12:00:00Z') });
    const site = await siteOf(provider, slug);
    const [day] = await provider.fetchDaily(site, date, date);
    const from = startOfLocalDay(date, site.timeZone);
    const { intervals } = await provider.fetchIntervals(site, from);
    const ofDay = intervals.filter((i) => i.endAt <= endOfLocalDay(date, site.timeZone));
    expect(ofDay).toHaveLength(count);
    expect(day?.localDate).toBe(date);
    expect(day?.wh).toBeGreaterThan(0);
    expect(day?.wh).toBeCloseTo(sum(ofDay.map((i) => i.wh)), 6);
  });

  it('covers days up to yesterday in full and today up to now, in the site zone', async () => {
    const clock = clockAt('2025-07-01T14:00:00+10:00');
    const provider = new DemoProvider({ clock });
    const site = await siteOf(provider, 'sydney-botany-logistics');
    const today = localDateOf(clock.now(), site.timeZone);
    expect(today).toBe('2025-07-01');
    const days = await provider.fetchDaily(site, addDays(today, -2), addDays(today, 5));
    expect(days.map((d) => d.localDate)).toEqual(['2025-06-29', '2025-06-30', '2025-07-01']);
    const startOfToday = startOfLocalDay(today, site.timeZone);
    const soFar = await provider.fetchIntervals(site, startOfToday);
    expect(days[2]?.wh).toBeCloseTo(sum(soFar.intervals.map((i) => i.wh)), 6);
  });

  it('gives a full year for every site quickly, with daily totals that never change', async () => {
    const clock = clockAt('2025-07-01T12:00:00Z');
    const provider = new DemoProvider({ clock });
    const site = await siteOf(provider, 'madrid-san-rafael-hospital');
    const year = await provider.fetchDaily(site, '2024-07-01', '2025-06-30');
    expect(year).toHaveLength(365);
    const kwhPerKwp = sum(year.map((d) => d.wh)) / site.capacityW;
    expect(kwhPerKwp).toBeGreaterThan(1_000); // Madrid, with an inverter off most of the year
    expect(kwhPerKwp).toBeLessThan(2_000);
    clock.state.t += 86_400;
    expect(await provider.fetchDaily(site, '2024-07-01', '2025-06-30')).toEqual(year);
  });

  it('matches what the model says for one interval', async () => {
    const clock = clockAt('2025-07-01T12:00:00Z');
    const provider = new DemoProvider({ clock, seed: 9 });
    const site = await siteOf(provider, 'perth-fremantle-library');
    const [spec] = provider.specs().filter((s) => s.slug === site.externalId);
    const { intervals } = await provider.fetchIntervals(site, clock.now() - 600);
    expect(intervals[1]).toEqual(demoIntervalAt(spec!, clock.now(), 9));
  });

  it.each([
    ['2025-13-01', '2025-13-02'],
    ['2025-06-02', '2025-06-01'],
    ['2022-01-01', '2025-06-01'],
    ['yesterday', '2025-06-01'],
  ])('refuses the range %s..%s', async (from, to) => {
    const provider = new DemoProvider({ clock: clockAt('2025-07-01T12:00:00Z') });
    const site = await siteOf(provider, 'denver-lincoln-high');
    await expect(provider.fetchDaily(site, from, to)).rejects.toThrow(InvalidRequestError);
  });
});

describe('DemoProvider.fetchDevices', () => {
  it('lists inverters, a meter and a gateway; only the tripped inverter is faulted', async () => {
    const clock = clockAt('2025-07-01T12:00:00Z');
    const provider = new DemoProvider({ clock });
    const madrid = await provider.fetchDevices(
      await siteOf(provider, 'madrid-san-rafael-hospital'),
    );
    expect(madrid.map((d) => d.kind)).toEqual([
      'inverter',
      'inverter',
      'inverter',
      'inverter',
      'meter',
      'gateway',
    ]);
    expect(madrid.filter((d) => d.status === 'fault').map((d) => d.serial)).toEqual([
      madrid[2]?.serial,
    ]);
    expect(new Set(madrid.map((d) => d.serial)).size).toBe(madrid.length);
    for (const device of madrid) expect(device.serial).toMatch(/^\d{12}$/);

    const perth = await provider.fetchDevices(await siteOf(provider, 'perth-fremantle-library'));
    expect(perth.filter((d) => d.kind === 'microinverter')).toHaveLength(54);
    expect(perth.every((d) => d.status === 'normal' && d.lastReportAt === clock.now())).toBe(true);
  });

  it('names the tripped inverter in the fault sentence as the labelled device list does', async () => {
    const provider = new DemoProvider({ clock: clockAt('2025-07-01T12:00:00Z') });
    const site = await siteOf(provider, 'madrid-san-rafael-hospital');
    const faulted = labelDevices(await provider.fetchDevices(site)).find(
      (d) => d.status === 'fault',
    )!;
    expect(inEnglish(site.statusDetail)).toMatch(
      new RegExp(`^${faulted.label} of 4 \\(${faulted.model}\\) tripped`),
    );
    expect(provider.deviceReportSeconds()).toBe(600);
  });
});

describe('DemoProvider construction', () => {
  it('accepts a custom fleet, and refuses an invalid spec or the same slug twice', () => {
    const base: DemoSiteSpec = demoSiteSpecs[0]!;
    const clock = clockAt('2025-07-01T12:00:00Z');
    expect(new DemoProvider({ clock, sites: [base] }).specs()).toEqual([base]);
    expect(() => new DemoProvider({ clock, sites: [{ ...base, latitude: 89 }] })).toThrow(
      InvalidDemoSiteError,
    );
    expect(() => new DemoProvider({ clock, sites: [base, base] })).toThrow(InvalidRequestError);
  });
});
