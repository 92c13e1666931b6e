/**
 * Sync efficiency: the demo fleet driven through the real scheduler and the real cache over a
 * simulated day (a manual clock, one tick per refresh interval), counting provider calls from
 * the ledger. Night pausing is switched on as it is for paid providers, to show it saves calls.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openCache } from '../electron/cache/cache';
import { ManualNetworkMonitor, silentLogger } from '../electron/ports';
import { DemoProvider } from '../electron/providers/demo';
import type { Provider, ProviderSite } from '../electron/providers/provider';
import { sunIsDown } from '../electron/sync/night';
import { SyncScheduler } from '../electron/sync/scheduler';

/** What the simulated day cost. */
export interface SyncBenchResult {
  sites: number;
  refreshMinutes: number;
  backfillCallsPerSite: number;
  /** Calls per site per refresh while the sun is up somewhere in the fleet. */
  dayCallsPerSitePerRefresh: number;
  /** Calls made to sites whose sun was down (after the one call that closes the day). */
  nightCallsPerSite: number;
  callsPerSitePerDay: number;
  /** Ticks × sites minus the calls made: what skipping idle sites and nights saved. */
  callsAvoided: number;
  seconds: number;
}

/** Runs the simulated day. */
export async function runSyncBench(refreshMinutes = 15): Promise<SyncBenchResult> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'enalysis-sync-bench-'));
  let now = Math.floor(Date.parse('2026-06-17T00:00:00Z') / 1000);
  const clock = { now: () => now };
  const cache = openCache(join(dir, 'cache.sqlite'), { clock });
  const demo = new DemoProvider({ clock });
  // Wrap the provider to see each interval call with its site and instant.
  const intervalCalls: { site: ProviderSite; at: number }[] = [];
  const provider: Provider = {
    id: 'demo',
    connectionId: null,
    listSites: () => demo.listSites(),
    fetchDaily: (site, from, to) => demo.fetchDaily(site, from, to),
    fetchDevices: (site) => demo.fetchDevices(site),
    fetchIntervals: (site, since) => {
      intervalCalls.push({ site, at: now });
      return demo.fetchIntervals(site, since);
    },
  };
  const scheduler = new SyncScheduler({
    cache,
    providers: new Map([['demo', provider]]),
    clock,
    network: new ManualNetworkMonitor(true),
    log: silentLogger,
    intervalSeconds: () => refreshMinutes * 60,
    timers: { setTimeout: () => 0, clearTimeout: () => {} },
    pauseAtNight: () => true,
    onDataUpdated: () => {},
    onStatus: () => {},
  });
  try {
    await scheduler.refreshNow();
    const sites = cache.listSites();
    const backfill = cache.countRequests('demo', 0);
    const ticks = (24 * 60) / refreshMinutes;
    const before = cache.countRequests('demo', 0);
    for (let i = 0; i < ticks; i++) {
      now += refreshMinutes * 60;
      await scheduler.refreshNow();
    }
    const dayCalls = cache.countRequests('demo', 0) - before;
    const possible = ticks * sites.length;
    const nightCalls = countNightCalls(intervalCalls.slice(sites.length));
    return {
      sites: sites.length,
      refreshMinutes,
      backfillCallsPerSite: round((backfill - 1) / sites.length),
      dayCallsPerSitePerRefresh: round(dayCalls / possible, 3),
      nightCallsPerSite: round(nightCalls / sites.length),
      callsAvoided: possible - dayCalls,
      callsPerSitePerDay: round(dayCalls / sites.length),
      seconds: round((performance.now() - started) / 1000),
    };
  } finally {
    await scheduler.stop();
    cache.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Calls made while the sun was down at the site, not counting the first one after sunset (that
 * one closes the day and is expected).
 */
function countNightCalls(calls: { site: ProviderSite; at: number }[]): number {
  const previousAt = new Map<string, number>();
  let night = 0;
  for (const { site, at } of calls) {
    const before = previousAt.get(site.externalId);
    previousAt.set(site.externalId, at);
    const down = sunIsDown(site.latitude, site.longitude, at);
    if (down && before !== undefined && sunIsDown(site.latitude, site.longitude, before)) night++;
  }
  return night;
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.info(await runSyncBench());
}
