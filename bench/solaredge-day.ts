/**
 * SolarEdge credits over one simulated day: the emulator's fleet key (five sites in five
 * zones), the REAL scheduler, SQLite cache, credit budget, minute pacer and SolarEdgeProvider
 * over HTTP, on one shared clock (sim-timers.ts). Every API call the emulator saw is one
 * credit. Run at a fixed 15-minute freshness it gives the credits a site costs per day and so
 * how many sites a plan serves that fresh; run at the interval the budget derives for the free
 * tier it shows the month's credits lasting. `npx tsx bench/solaredge-day.ts` prints both.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openCache } from '../electron/cache/cache';
import { ManualNetworkMonitor, silentLogger } from '../electron/ports';
import { CreditBudgetSource } from '../electron/providers/solaredge/budget-source';
import { SolarEdgeCreditGate } from '../electron/providers/solaredge/credit-gate';
import { SolarEdgeProvider } from '../electron/providers/solaredge/solaredge-provider';
import { MinuteGate } from '../electron/sync/minute-gate';
import { SyncScheduler } from '../electron/sync/scheduler';
import { EmulatorClock } from '../tests/emulators/enphase';
import { FLEET_KEY, startSolarEdgeEmulator } from '../tests/emulators/solaredge';
import { round, runMeasuredDay, SimulatedTimers } from './sim-timers';

/** One run. */
export interface SolarEdgeDayOptions {
  /** Midnight UTC of the measured day (ISO date). */
  date: string;
  /** The plan (credits a month and a minute). */
  perMonth: number;
  perMinute: number;
  /** Refresh every this many minutes instead of what the budget says. */
  fixedIntervalMinutes?: number;
}

/** What the day cost. */
export interface SolarEdgeDayResult {
  sites: number;
  /** The refresh interval used (min). */
  refreshMinutes: number;
  /** Credits of the backfill (site list, daily history, a week of quarters) per site. */
  backfillCreditsPerSite: number;
  /** Credits of the measured 24 hours per site (lists included). */
  creditsPerSitePerDay: number;
  /** The same × 30: what a month of such days costs a site. */
  creditsPerSitePerMonth: number;
  /** Sites the plan keeps at this freshness for a month (after no backfill). */
  sitesServed: number;
  refusals: number;
  seconds: number;
}

const warmUp = 3 * 3600;
const SITES = 5;

/** Runs the simulated day. */
export async function runSolarEdgeDay(options: SolarEdgeDayOptions): Promise<SolarEdgeDayResult> {
  const started = performance.now();
  const dayStart = Date.parse(`${options.date}T00:00:00Z`) / 1000;
  const dir = mkdtempSync(join(tmpdir(), 'enalysis-solaredge-day-'));
  const clock = new EmulatorClock(dayStart - warmUp);
  const emulator = await startSolarEdgeEmulator({
    clock,
    creditLimits: { perMonth: options.perMonth, perMinute: options.perMinute },
  });
  const cache = openCache(join(dir, 'cache.sqlite'), { clock });
  const timers = new SimulatedTimers(clock);
  const minute = new MinuteGate({ clock, timers, perMinute: () => options.perMinute });
  const gate = new SolarEdgeCreditGate(minute, clock);
  const budget = new CreditBudgetSource({
    cache,
    clock,
    plan: () => ({ perMonth: options.perMonth, perMinute: options.perMinute, floorMinutes: 15 }),
    connections: () => ({ fleetKeys: 1, siteAccess: 0 }),
    heldUntil: () => gate.monthHeldUntil(),
  });
  const intervalSeconds = () =>
    options.fixedIntervalMinutes ? options.fixedIntervalMinutes * 60 : budget.intervalSeconds();

  let inFlight = 0;
  const calls: { status: number; at: number }[] = [];
  const countedFetch: typeof fetch = async (input, init) => {
    inFlight += 1;
    const at = clock.now();
    try {
      const response = await fetch(input, init);
      const body = await response.arrayBuffer();
      calls.push({ status: response.status, at });
      return new Response(body, { status: response.status, headers: response.headers });
    } finally {
      inFlight -= 1;
    }
  };
  const provider = new SolarEdgeProvider({
    connectionId: 'conn-bench-se',
    apiBase: emulator.url,
    access: { kind: 'fleet-key' },
    tokens: {
      accessToken: () => Promise.resolve(FLEET_KEY),
      renewAfterUnauthorized: () => Promise.reject(new Error('the bench key was refused')),
    },
    clock,
    log: silentLogger,
    fetch: countedFetch,
    pacer: gate,
    ledger: cache,
  });
  let backfillCalls = -1;
  let running = false;
  const scheduler = new SyncScheduler({
    cache,
    providers: () => [provider],
    clock,
    network: new ManualNetworkMonitor(true),
    log: silentLogger,
    timers,
    intervalSeconds: () => intervalSeconds(),
    onDataUpdated: () => budget.invalidate(),
    onStatus: (status) => {
      if (status.running === running) return;
      running = status.running;
      if (!running && backfillCalls < 0) backfillCalls = calls.length;
    },
  });
  try {
    scheduler.start();
    let refreshMinutes = 0;
    await runMeasuredDay(
      timers,
      clock,
      () => inFlight,
      dayStart,
      () => {
        budget.invalidate();
        refreshMinutes = intervalSeconds() / 60;
        calls.length = 0;
      },
    );
    await scheduler.stop();
    const perDay = calls.length / SITES;
    return {
      sites: SITES,
      refreshMinutes,
      backfillCreditsPerSite: round(backfillCalls / SITES),
      creditsPerSitePerDay: round(perDay),
      creditsPerSitePerMonth: round(perDay * 30, 0),
      sitesServed: Math.floor(options.perMonth / (perDay * 30)),
      refusals: calls.filter((call) => call.status === 429).length,
      seconds: round((performance.now() - started) / 1000),
    };
  } finally {
    minute.close();
    await scheduler.stop();
    cache.close();
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A paid plan for comparison (credits a month and a minute). */
export const PAID_PLAN = { perMonth: 30_000, perMinute: 100 };

/**
 * The figures the bench reports: a June day at 15-minute freshness (what a site costs that
 * fresh, so how many sites the free tier and a paid plan serve), and the first day of a month
 * at the interval the budget derives for five sites on the free tier (the month's credits must
 * last: credits per site per month × 5 ≤ 2,000).
 */
export async function runSolarEdgeBench() {
  const free = { perMonth: 2_000, perMinute: 10 };
  const fifteen = await runSolarEdgeDay({ date: '2026-06-17', ...free, fixedIntervalMinutes: 15 });
  const freeBudget = await runSolarEdgeDay({ date: '2026-06-01', ...free });
  return {
    fifteen,
    freeBudget,
    paidSitesServed: Math.floor(PAID_PLAN.perMonth / fifteen.creditsPerSitePerMonth),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.info(await runSolarEdgeBench());
}
