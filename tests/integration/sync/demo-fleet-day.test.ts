/**
 * The scheduler, the real SQLite cache and the whole demo fleet together, over simulated days:
 * the request budget holds (backfill ≤ 2 calls per site, ≤ 1 per site per refresh, quiet
 * nights), the cache agrees with the provider to the watt-hour, and a long absence is caught
 * up with two calls per site.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DemoProvider } from '../../../electron/providers/demo/demo-provider';
import { demoSiteSpecs } from '../../../electron/providers/demo/sites';
import type { ProviderSite } from '../../../electron/providers/provider';
import { sunIsDown } from '../../../electron/sync/night';
import { addDays, eachDay, localDateOf } from '../../../shared/time';
import type { Rig } from '../../unit/electron/sync/fixtures';
import { makeRig, startInstant } from '../../unit/electron/sync/fixtures';

const refreshSeconds = 15 * 60;
let rig: Rig;
afterEach(async () => {
  await rig.close();
});

/** Ticks every 15 minutes for `hours`, returning the site calls each tick made. */
async function run(hours: number): Promise<number[]> {
  const perTick: number[] = [];
  for (let i = 0; i < (hours * 3600) / refreshSeconds; i++) {
    rig.clock.advance(refreshSeconds);
    const before = rig.provider.siteCalls().length;
    await rig.scheduler.refreshNow();
    perTick.push(rig.provider.siteCalls().length - before);
  }
  return perTick;
}

/** Every whole local day the cache holds matches what the provider reports for it. */
async function expectCacheMatchesProvider(from: string): Promise<void> {
  const reference = new DemoProvider({ clock: rig.clock });
  const sites = new Map((await reference.listSites()).map((s) => [s.externalId, s]));
  for (const spec of demoSiteSpecs) {
    const site = sites.get(spec.slug) as ProviderSite;
    const yesterday = addDays(localDateOf(rig.clock.now(), spec.timeZone), -1);
    const reported = await reference.fetchDaily(site, from, yesterday);
    const cached = rig.cache.daily(`demo:${spec.slug}`, from, yesterday);
    expect(
      cached.map((d) => d.localDate),
      spec.slug,
    ).toEqual(eachDay(from, yesterday));
    for (const [i, day] of reported.entries()) {
      expect(cached[i]?.wh, `${spec.slug} ${day.localDate}`).toBeCloseTo(day.wh, 2);
    }
  }
}

describe('the demo fleet synced over simulated days', () => {
  it('backfills with 2 calls per site, then makes exactly 1 call per site per refresh', async () => {
    rig = makeRig({
      sites: [...demoSiteSpecs],
      options: { intervalSeconds: () => refreshSeconds },
    });
    await rig.scheduler.refreshNow();
    expect(rig.provider.siteCalls()).toHaveLength(2 * demoSiteSpecs.length);

    const perTick = await run(12);
    expect(perTick.every((calls) => calls === demoSiteSpecs.length)).toBe(true);
    expect(rig.cache.countRequests('demo', 0)).toBe(rig.provider.calls.length);
    await expectCacheMatchesProvider(addDays('2025-07-01', -20));
    expect(rig.scheduler.status().refresh).toEqual([
      { provider: 'demo', sites: 8, intervalSeconds: 900 },
    ]);
  });

  it('stays quiet at night when told to pause then (as real providers do)', async () => {
    rig = makeRig({ sites: [...demoSiteSpecs], options: { pauseAtNight: () => true } });
    await rig.scheduler.refreshNow();
    const darkCalls = new Map<string, number>();
    for (let i = 0; i < 96; i++) {
      rig.clock.advance(refreshSeconds);
      const before = rig.provider.calls.length;
      await rig.scheduler.refreshNow();
      for (const call of rig.provider.calls.slice(before)) {
        const spec = demoSiteSpecs.find((s) => s.slug === call.externalId);
        if (spec && sunIsDown(spec.latitude, spec.longitude, rig.clock.now())) {
          darkCalls.set(spec.slug, (darkCalls.get(spec.slug) ?? 0) + 1);
        }
      }
    }
    // At most one call after sunset closes each day; nothing more until the sun is back.
    for (const spec of demoSiteSpecs) {
      expect(darkCalls.get(spec.slug) ?? 0, spec.slug).toBeLessThanOrEqual(1);
    }
    const total = rig.provider.siteCalls().length;
    expect(total).toBeLessThan(96 * demoSiteSpecs.length * 0.75);
    await expectCacheMatchesProvider(addDays('2025-07-01', -20));
  });

  it('catches up after three weeks away with three calls per site, leaving no day short', async () => {
    rig = makeRig({ sites: [...demoSiteSpecs] });
    await rig.scheduler.refreshNow();
    rig.clock.advance(21 * 86_400);
    rig.provider.calls.length = 0;
    await rig.scheduler.refreshNow();
    // One daily call for the gap, one finishing the day the app was closed on, one for the week.
    expect(rig.provider.count('fetchDaily')).toBe(demoSiteSpecs.length);
    expect(rig.provider.count('fetchIntervals')).toBe(2 * demoSiteSpecs.length);
    await expectCacheMatchesProvider(addDays(localDateOf(startInstant, 'UTC'), -5));
  });
});
