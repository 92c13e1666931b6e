/**
 * Enphase sync efficiency over one simulated day: the emulator with owner accounts of any shape
 * (systems in ten zones, every seventh on a cellular gateway), plan Kilowatt at a 100 % share,
 * and the REAL scheduler, SQLite cache, budget, minute gate and EnphaseProvider over HTTP. The
 * app and the emulator share one clock (sim-timers.ts). Every API call is counted per
 * connection as the emulator saw it: site lists, system sizes and telemetry alike.
 * `npx tsx bench/enphase-day.ts` prints the figures of the default shape (1 account × 50).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openCache } from '../electron/cache/cache';
import { ManualNetworkMonitor, silentLogger } from '../electron/ports';
import { EnphaseProvider } from '../electron/providers/enphase';
import type { Provider } from '../electron/providers/provider';
import { monthOf, perMonthAllowance } from '../electron/providers/enphase/budget';
import { EnphaseBudgetSource } from '../electron/providers/enphase/budget-source';
import { MinuteGate } from '../electron/sync/minute-gate';
import { sunIsDown } from '../electron/sync/night';
import { SyncScheduler } from '../electron/sync/scheduler';
import { siteIdOf } from '../electron/sync/site-records';
import {
  CELLULAR_UPLOAD_SECONDS,
  EmulatorClock,
  INTERVAL_SECONDS,
  startEnphaseEmulator,
  type AccountSpec,
  type SystemSpec,
} from '../tests/emulators/enphase';
import { EmulatorTokenSource } from '../tests/integration/enphase/emulator-tokens';
import { manySystemsAccount } from '../tests/integration/enphase/fleet-fixture';
import { darkAt } from './enphase-dark';
import { median, round, runMeasuredDay, SimulatedTimers } from './sim-timers';

/** The accounts of one run, and its day. */
export interface EnphaseDayOptions {
  accounts: number;
  sitesPerAccount: number;
  /** Midnight UTC of the measured day (ISO date). */
  date: string;
  /** Every gateway on Wi-Fi (the plan-capacity figure). */
  allWifi?: boolean;
  /** Refresh every this many minutes instead of what the budget says. */
  fixedIntervalMinutes?: number;
}

/** What the simulated day cost and how fresh it kept the data. */
export interface EnphaseDayResult {
  shape: string;
  systems: number;
  /** The refresh interval the budget chose at the start of the day (min). */
  refreshMinutes: number;
  /** Requests of the first tick (list, sizes, 2 per system) per system. */
  backfillCallsPerSite: number;
  /** Every request of the measured 24 hours, per system: lists and sizes included. */
  callsPerSitePerDay: number;
  telemetryCallsPerSite: number;
  /** `/systems` pages and `/summary` size calls, in all. */
  listCalls: number;
  sizeCalls: number;
  /** List calls as a share of all calls (%). */
  listSharePercent: number;
  /**
   * Calls of any kind made while every site of the calling connection was dark: the sun down
   * and the evening's last data in Enphase's cloud a full refresh interval earlier already.
   */
  darkConnectionCalls: number;
  /** Telemetry requests while the sun was down at the site (the closing calls included). */
  darkCallsPerSite: number;
  /** Of those, the ones that brought no interval with energy. */
  wastedNightCallsPerSite: number;
  quotaRefusals: number;
  medianDataAgeBeforeRefreshMinutes: number;
  medianDataAgeAfterRefreshMinutes: number;
  medianDataAgeFastMinutes: number;
  medianDataAgeCellularMinutes: number;
  totalCalls: number;
  /** What the month's remaining allowance gives per day at the start of the measured day. */
  perDayBudget: number;
  seconds: number;
}

/** The backfill runs an hour before the measured day. */
const warmUp = 3600;
/** The emulator's default cloud delay (s). */
const CLOUD_DELAY_SECONDS = 20 * 60;

/** The accounts of a shape: ids and places continue from one account to the next. */
export function shapeAccounts(options: EnphaseDayOptions): AccountSpec[] {
  return Array.from({ length: options.accounts }, (_, a) => {
    const account = manySystemsAccount(options.sitesPerAccount, {
      login: `owner-${a + 1}@example.com`,
      firstId: 5_100_000 + a * 1000,
      firstIndex: a * options.sitesPerAccount,
      userId: String(2_319_000 + a),
    });
    if (!options.allWifi) return account;
    return {
      ...account,
      systems: account.systems.map((s) => ({ ...s, connectionType: 'wifi' as const })),
    };
  });
}

/** Runs the simulated day. */
export async function runEnphaseDay(
  options: EnphaseDayOptions = { accounts: 1, sitesPerAccount: 50, date: '2025-06-02' },
): Promise<EnphaseDayResult> {
  const started = performance.now();
  const dayStart = Date.parse(`${options.date}T00:00:00Z`) / 1000;
  const dir = mkdtempSync(join(tmpdir(), 'enalysis-enphase-day-'));
  const clock = new EmulatorClock(dayStart - warmUp);
  const accounts = shapeAccounts(options);
  const systems = accounts.flatMap((a) => a.systems);
  const systemCount = systems.length;
  const emulator = await startEnphaseEmulator({ clock, plan: 'kilowatt', accounts });
  const cache = openCache(join(dir, 'cache.sqlite'), { clock });
  const timers = new SimulatedTimers(clock);
  const settings = {
    enphasePlan: 'kilowatt',
    enphaseSharePercent: 100,
    refreshFloorMinutes: 15,
  } as const;
  const budget = new EnphaseBudgetSource({
    cache,
    clock,
    settings: () => settings,
    connectionCount: () => accounts.length,
  });
  const pacer = new MinuteGate({ clock, timers, perMinute: () => budget.perMinute() });
  const intervalSeconds = () =>
    options.fixedIntervalMinutes ? options.fixedIntervalMinutes * 60 : budget.intervalSeconds();

  // Requests in flight: the clock may only move when there are none.
  let inFlight = 0;
  const calls: { connection: number; path: string; status: number; at: number }[] = [];
  const countedFetch =
    (connection: number): typeof fetch =>
    async (input, init) => {
      inFlight += 1;
      const at = clock.now();
      try {
        const response = await fetch(input, init);
        const body = await response.arrayBuffer();
        const path = new URL(String(input)).pathname;
        calls.push({ connection, path, status: response.status, at });
        return new Response(body, { status: response.status, headers: response.headers });
      } finally {
        inFlight -= 1;
      }
    };
  const answers: { id: string; at: number; energy: boolean }[] = [];
  const providers: Provider[] = [];
  for (const [index, account] of accounts.entries()) {
    const connectionId = `conn-bench-${index + 1}`;
    const tokens = await EmulatorTokenSource.signIn(emulator, account.login, connectionId);
    const provider = new EnphaseProvider({
      connectionId,
      apiBase: emulator.url,
      apiKey: emulator.app.apiKey,
      tokens,
      clock,
      log: silentLogger,
      fetch: countedFetch(index),
      pacer,
      ledger: cache,
    });
    providers.push(observed(provider));
  }

  /** Every telemetry answer, to tell the calls that brought energy from those that found none. */
  function observed(provider: EnphaseProvider): Provider {
    return {
      id: provider.id,
      connectionId: provider.connectionId,
      recordsOwnRequests: provider.recordsOwnRequests,
      listing: provider.listing,
      dataLagSeconds: (site) => provider.dataLagSeconds(site),
      listSites: () => provider.listSites(),
      fetchDaily: (site, from, to) => provider.fetchDaily(site, from, to),
      fetchDevices: (site) => provider.fetchDevices(site),
      fetchIntervals: async (site, since) => {
        const at = clock.now();
        const batch = await provider.fetchIntervals(site, since);
        answers.push({ id: site.externalId, at, energy: batch.intervals.some((i) => i.wh > 0) });
        return batch;
      },
    };
  }

  const ages = { before: new Map<number, number[]>(), after: new Map<number, number[]>() };
  let running = false;
  let firstTickCalls = -1;
  const scheduler = new SyncScheduler({
    cache,
    providers: () => providers,
    clock,
    network: new ManualNetworkMonitor(true),
    log: silentLogger,
    timers,
    intervalSeconds: (p) => (p === 'enphase' ? intervalSeconds() : 60),
    onDataUpdated: () => {},
    onStatus: (status) => {
      if (status.running === running) return;
      running = status.running;
      if (!running && firstTickCalls < 0) firstTickCalls = calls.length;
      if (clock.now() < dayStart) return;
      for (const system of systems) sampleAge(running ? ages.before : ages.after, system);
    },
  });
  const sampleAge = (into: Map<number, number[]>, system: SystemSpec): void => {
    const now = clock.now();
    if (sunIsDown(system.latitude, system.longitude, now)) return;
    const newest = cache.lastIntervalAt(siteIdOf('enphase', String(system.systemId)));
    if (newest === null) return;
    const list = into.get(system.systemId) ?? [];
    list.push((now - newest) / 60);
    into.set(system.systemId, list);
  };

  try {
    scheduler.start();
    let refusedBefore = 0;
    let usedAtStart = 0;
    let refreshMinutes = 0;
    await runMeasuredDay(
      timers,
      clock,
      () => inFlight,
      dayStart,
      () => {
        usedAtStart = cache.countRequests('enphase', monthOf(dayStart).start);
        budget.invalidate();
        refreshMinutes = intervalSeconds() / 60;
        refusedBefore = calls.filter((c) => c.status === 429).length;
        calls.length = 0;
        answers.length = 0;
      },
    );
    await scheduler.stop();

    const byId = new Map(systems.map((s) => [String(s.systemId), s]));
    const dark = answers.filter(({ id, at }) => {
      const system = byId.get(id)!;
      return sunIsDown(system.latitude, system.longitude, at);
    });
    const uploadOf = (s: SystemSpec) =>
      s.connectionType === 'cellular' ? CELLULAR_UPLOAD_SECONDS : INTERVAL_SECONDS;
    const refresh = refreshMinutes * 60;
    const darkConnectionCalls = calls.filter((call) =>
      accounts[call.connection]!.systems.every((s) =>
        darkAt(s, call.at, {
          uploadSeconds: uploadOf(s),
          cloudDelaySeconds: CLOUD_DELAY_SECONDS,
          refresh,
        }),
      ),
    ).length;
    const medians = (from: Map<number, number[]>, keep: (s: SystemSpec) => boolean) =>
      round(median(systems.filter(keep).map((s) => median(from.get(s.systemId) ?? []))));
    const cellular = (s: SystemSpec) => s.connectionType === 'cellular';
    const listCalls = calls.filter((c) => c.path === '/api/v4/systems').length;
    const { end } = monthOf(dayStart);
    return {
      shape: `${options.accounts} × ${options.sitesPerAccount}`,
      systems: systemCount,
      refreshMinutes,
      backfillCallsPerSite: round(firstTickCalls / systemCount),
      callsPerSitePerDay: round(calls.length / systemCount),
      telemetryCallsPerSite: round(
        calls.filter((c) => c.path.endsWith('/production_micro')).length / systemCount,
      ),
      listCalls,
      sizeCalls: calls.filter((c) => c.path.endsWith('/summary')).length,
      listSharePercent: round((100 * listCalls) / Math.max(1, calls.length), 1),
      darkConnectionCalls,
      darkCallsPerSite: round(dark.length / systemCount),
      wastedNightCallsPerSite: round(dark.filter((a) => !a.energy).length / systemCount),
      quotaRefusals: refusedBefore + calls.filter((c) => c.status === 429).length,
      medianDataAgeBeforeRefreshMinutes: medians(ages.before, () => true),
      medianDataAgeAfterRefreshMinutes: medians(ages.after, () => true),
      medianDataAgeFastMinutes: medians(ages.before, (s) => !cellular(s)),
      medianDataAgeCellularMinutes: medians(ages.before, cellular),
      totalCalls: calls.length,
      perDayBudget: Math.floor(
        (perMonthAllowance('kilowatt', 100) - usedAtStart) / ((end - dayStart) / 86_400),
      ),
      seconds: round((performance.now() - started) / 1000),
    };
  } finally {
    pacer.close();
    await scheduler.stop();
    cache.close();
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.info(await runEnphaseDay());
}
