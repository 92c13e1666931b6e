/**
 * Tesla spending over a simulated week: the emulator's NA and EU owners (4 energy sites, two
 * with Powerwalls), the REAL scheduler, SQLite cache (the ledger with costs), Tesla provider
 * (made by its descriptor), money budget and spending check, all on one simulated clock
 * (sim-timers.ts). Refreshes are pinned at 15 minutes (daylight freshness) to price that
 * freshness; the budget's own choice under the default $10 limit is reported beside it.
 * `npx tsx bench/tesla.ts` prints the figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getPosition } from 'suncalc';
import { openCache } from '../electron/cache/cache';
import { loadConfig } from '../electron/config';
import { ManualNetworkMonitor, silentLogger } from '../electron/ports';
import type { Provider } from '../electron/providers/provider';
import { TeslaBudgetSource } from '../electron/providers/tesla/budget-source';
import { teslaDescriptor } from '../electron/providers/tesla/descriptor';
import { billingMonth, MICRO_USD } from '../electron/providers/tesla/money';
import { SyncScheduler } from '../electron/sync/scheduler';
import type { TokenSource } from '../electron/vault/types';
import { EmulatorClock } from '../tests/emulators/enphase';
import { defaultTeslaOwners, startTeslaEmulator } from '../tests/emulators/tesla';
import { TeslaTokenSource } from '../tests/integration/tesla/rig';
import { tokensFor } from '../tests/unit/emulators/tesla/session';
import { round, settle, SimulatedTimers } from './sim-timers';

/** What a simulated week cost. */
export interface TeslaWeekResult {
  sites: number;
  days: number;
  /** The refresh interval pinned for the measurement (min). */
  refreshMinutes: number;
  /** What the budget chooses for these sites under the default $10 limit (min). */
  budgetRefreshMinutes: number;
  backfillCallsPerSite: number;
  callsPerSitePerDay: number;
  /** Dollars per site per 30-day month at 15-minute daylight freshness (steady state). */
  usdPerSitePerMonth: number;
  /** Calls made while the sun was down at the site they were for. */
  nightCallsPerSitePerDay: number;
  refreshReuse: number;
  paymentRequired: number;
  ledgerMatchesBill: boolean;
  seconds: number;
}

/**
 * One renewal at a time, as the app's vault does: concurrent 401s share it, so a single-use
 * refresh token is never presented twice.
 */
function singleFlight(source: TeslaTokenSource): TokenSource {
  let running: Promise<string> | null = null;
  return {
    accessToken: () => running ?? source.accessToken(),
    renewAfterUnauthorized: (rejected) => {
      running ??= source.renewAfterUnauthorized(rejected).finally(() => {
        running = null;
      });
      return running;
    },
  };
}

/** Runs the week. */
export async function runTeslaWeek(
  options: { start: string; days: number; refreshMinutes: number } = {
    start: '2026-09-14T00:00:00Z',
    days: 7,
    refreshMinutes: 15,
  },
): Promise<TeslaWeekResult> {
  const started = performance.now();
  const weekStart = Date.parse(options.start) / 1000;
  const clock = new EmulatorClock(weekStart - 3600);
  const dir = mkdtempSync(join(tmpdir(), 'enalysis-tesla-week-'));
  const emulator = await startTeslaEmulator({ clock });
  const cache = openCache(join(dir, 'cache.sqlite'), { clock });
  const timers = new SimulatedTimers(clock);
  const settings = { teslaSpendLimitUsd: 10, refreshFloorMinutes: 15 };
  const budget = new TeslaBudgetSource({ cache, clock, settings: () => settings });
  const base = loadConfig({});
  const config = {
    ...base,
    tesla: { ...base.tesla, apiBases: { ...base.tesla.apiBases, ...emulator.regionBase } },
  };

  let inFlight = 0;
  const calls: { at: number; site: string | null }[] = [];
  const countedFetch: typeof fetch = async (input, init) => {
    inFlight += 1;
    try {
      const response = await fetch(input, init);
      const body = await response.arrayBuffer();
      const match = /energy_sites\/(\d+)\//.exec(new URL(String(input)).pathname);
      calls.push({ at: clock.now(), site: match?.[1] ?? null });
      return new Response(body, { status: response.status, headers: response.headers });
    } finally {
      inFlight -= 1;
    }
  };
  const providers: Provider[] = [];
  for (const owner of defaultTeslaOwners) {
    const tokens = await tokensFor(emulator, owner.login);
    providers.push(
      teslaDescriptor.account!({
        connectionId: `tesla-${owner.region}`,
        accountId: owner.login,
        method: 'oauth-popup',
        tokens: singleFlight(new TeslaTokenSource(emulator, tokens.access, tokens.refresh)),
        config,
        cache,
        clock,
        log: silentLogger,
        fetch: countedFetch,
        pacer: null,
        selected: () => null,
        region: owner.region,
        mayCall: () => budget.mayCall(),
      }),
    );
  }
  const sites = defaultTeslaOwners.flatMap((owner) => owner.sites);
  const scheduler = new SyncScheduler({
    cache,
    providers: () => providers,
    clock,
    network: new ManualNetworkMonitor(true),
    log: silentLogger,
    timers,
    intervalSeconds: () => options.refreshMinutes * 60,
    pauseAtNight: () => teslaDescriptor.quiet.pauseAtNight,
    onDataUpdated: () => budget.invalidate(),
    onStatus: () => {},
  });
  try {
    scheduler.start();
    let backfillCalls = -1;
    let budgetRefreshMinutes = 0;
    const end = weekStart + options.days * 86_400;
    for (;;) {
      await settle(() => inFlight);
      const timer = timers.takeNext();
      if (!timer) break;
      const due = Math.ceil(timer.due);
      if (due >= weekStart && backfillCalls < 0) {
        backfillCalls = calls.length;
        calls.length = 0;
        clock.set(weekStart);
        budget.invalidate();
        budgetRefreshMinutes = budget.intervalSeconds() / 60;
      }
      if (due > end) break;
      if (due > clock.now()) clock.set(due);
      timer.callback();
    }
    await scheduler.stop();
    const bySite = new Map(sites.map((s) => [String(s.energySiteId), s]));
    const night = calls.filter(({ at, site }) => {
      const spec = site ? bySite.get(site) : undefined;
      return spec
        ? getPosition(new Date(at * 1000), spec.latitude, spec.longitude).altitude < 0
        : false;
    }).length;
    const bill = emulator.admin.billing();
    const perCall = 2_000;
    const steadyUsd = (calls.length * perCall) / MICRO_USD;
    return {
      sites: sites.length,
      days: options.days,
      refreshMinutes: options.refreshMinutes,
      budgetRefreshMinutes,
      backfillCallsPerSite: round(backfillCalls / sites.length),
      callsPerSitePerDay: round(calls.length / sites.length / options.days),
      usdPerSitePerMonth: round((steadyUsd / sites.length / options.days) * 30),
      nightCallsPerSitePerDay: round(night / sites.length / options.days),
      refreshReuse: emulator.admin.refreshReuse(),
      paymentRequired: bill.refusedPaymentRequired,
      ledgerMatchesBill:
        cache.spendMicroUsd('tesla', billingMonth(clock.now()).start) === bill.spentMicroUsd,
      seconds: round((performance.now() - started) / 1000),
    };
  } finally {
    await scheduler.stop();
    cache.close();
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.info(await runTeslaWeek());
}
