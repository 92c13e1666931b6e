import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteCache } from '../../../../electron/cache/cache';
import type { SiteRecord } from '../../../../electron/cache/types';
import { AlertEvaluator } from '../../../../electron/insight/evaluator';
import { expectedIntervalWh } from '../../../../electron/insight/expected';
import { startOfLocalDay } from '../../../../shared/time';
import { makeSite, manualClock, openTestCache, tempFolder } from '../cache/fixtures/cacheFixtures';

const zone = 'America/Denver';
const day = startOfLocalDay('2026-06-15', zone);
const H = 3600;
/** Three roofs within a few km of each other in Denver: one region. */
const sites: SiteRecord[] = ['a', 'b', 'c'].map((k, i) =>
  makeSite({
    id: `demo:${k}`,
    name: `Roof ${k.toUpperCase()}`,
    timeZone: zone,
    latitude: 39.7 + i * 0.02,
    longitude: -105,
    capacityW: 50_000,
  }),
);

let folder: ReturnType<typeof tempFolder>;
let cache: SqliteCache;
let clock: ReturnType<typeof manualClock>;
let evaluator: AlertEvaluator;

/** Production at `t` as a share of the model at PR 0.8; negative: not uploaded by `now`. */
type Factor = (site: SiteRecord, t: number, now: number) => number;

/** Uploads the 5-minute production of [from, to] known at `to` (a gateway backfills on return). */
function produce(from: number, to: number, factor: Factor): void {
  for (const site of sites) {
    const rows = [];
    for (let endAt = from + 300; endAt <= to; endAt += 300) {
      const share = factor(site, endAt, to);
      if (share < 0) continue;
      const wh = expectedIntervalWh(site, endAt, 0.8) * share;
      rows.push({ endAt, wh, w: wh * 12 });
    }
    cache.upsertIntervals(site.id, rows);
  }
}

beforeEach(() => {
  folder = tempFolder();
  clock = manualClock(day);
  cache = openTestCache(folder.dir, { clock });
  for (const site of sites) cache.upsertSite(site);
  evaluator = new AlertEvaluator({
    alerts: cache.alerts,
    reader: cache,
    clock,
    sites: () => cache.listSites(),
    accounts: () => [],
    budgets: () => [],
    cadenceSeconds: () => 900,
    cacheRebuilt: false,
  });
});
afterEach(() => {
  cache.close();
  folder.cleanup();
});

/** Moves the clock in 15-minute refreshes, producing and evaluating each time. */
function run(from: number, to: number, factor: Factor) {
  const raised = [];
  for (let t = from + 900; t <= to; t += 900) {
    produce(Math.max(from, t - 4 * H), t, factor);
    clock.set(t);
    raised.push(...evaluator.evaluate().raised.map((a) => ({ ...a, at: t })));
  }
  return raised;
}

describe('alert evaluator', () => {
  it('a trip at one roof of a clear region raises one zero-production alert, once', () => {
    const trip = day + 11 * H;
    const raised = run(day, day + 15 * H, (site, t) => (site.id === 'demo:b' && t > trip ? 0 : 1));
    expect(raised.map((a) => [a.rule, a.siteId])).toEqual([['zero_production', 'demo:b']]);
    // Judged once half of the first whole hour after the trip is in.
    expect(raised[0]!.at - trip).toBeLessThanOrEqual(2 * H);
    const [open] = cache.alerts.list({ open: true });
    expect(open!.lostKwh).toBeGreaterThan(50);
    expect(open!.severity).toBe('fault');
  });

  it('an overcast region and a night raise nothing', () => {
    expect(run(day, day + 24 * H, () => 0.25)).toEqual([]);
    expect(cache.alerts.list()).toEqual([]);
  });

  it('a whole region under snow raises nothing', () => {
    expect(run(day, day + 24 * H, () => 0)).toEqual([]);
  });

  it('one roof at half its output for hours is underperformance', () => {
    const raised = run(day, day + 16 * H, (site, t) =>
      site.id === 'demo:c' && t > day + 9 * H ? 0.5 : 1,
    );
    expect(raised.map((a) => [a.rule, a.siteId])).toEqual([['underperformance', 'demo:c']]);
    expect(raised[0]!.evidence.performanceIndex).toBeCloseTo(0.5, 1);
  });

  it('a silent gateway in daylight is no-data, ended when data returns', () => {
    const silentFrom = day + 10 * H;
    const silentTo = day + 13 * H;
    const raised = run(day, day + 16 * H, (site, t) =>
      site.id === 'demo:a' && t > silentFrom && t <= silentTo ? -1 : 1,
    );
    expect(raised.map((a) => a.rule)).toContain('no_data');
    const alert = cache.alerts.list({ siteId: 'demo:a' }).find((a) => a.rule === 'no_data')!;
    expect(alert.endAt).not.toBeNull();
  });

  it('a silenced rule raises nothing new', () => {
    cache.alerts.setSilence({ subject: 'site:demo:b', rule: 'zero_production', until: null });
    const raised = run(day, day + 15 * H, (site, t) =>
      site.id === 'demo:b' && t > day + 11 * H ? 0 : 1,
    );
    expect(raised).toEqual([]);
  });

  it('a fault lasting into the next day stays one alert and keeps counting lost energy', () => {
    const trip = day + 11 * H;
    run(day, day + 38 * H, (site, t) => (site.id === 'demo:b' && t > trip ? 0 : 1));
    const alerts = cache.alerts.list({ siteId: 'demo:b' });
    expect(alerts.map((a) => [a.rule, a.endAt])).toEqual([['zero_production', null]]);
    expect(alerts[0]!.lostKwh).toBeGreaterThan(150);
  });
});
