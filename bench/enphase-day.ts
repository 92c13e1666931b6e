/**
 * Enphase sync efficiency over one simulated day: the emulator with one owner account of 50
 * systems in ten zones (some on cellular gateways), plan Kilowatt at a 100 % share, and the
 * REAL scheduler, SQLite cache, budget, minute gate and EnphaseProvider over HTTP. The app and
 * the emulator share one clock; every timer (the scheduler's ticks, the minute gate's waits) is
 * a discrete event: when nothing is in flight, the clock jumps to the next timer and fires it.
 * `npx tsx bench/enphase-day.ts` prints the figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openCache } from '../electron/cache/cache';
import { ManualNetworkMonitor, silentLogger } from '../electron/ports';
import { EnphaseProvider } from '../electron/providers/enphase';
import type { Provider } from '../electron/providers/provider';
import { enphaseRefreshSeconds, monthOf, perMonthAllowance } from '../electron/sync/budget';
import { EnphaseBudgetSource } from '../electron/sync/enphase-budget';
import { MinuteGate } from '../electron/sync/minute-gate';
import { sunIsDown } from '../electron/sync/night';
import { SyncScheduler } from '../electron/sync/scheduler';
import { siteIdOf } from '../electron/sync/site-records';
import { EmulatorClock, startEnphaseEmulator, type SystemSpec } from '../tests/emulators/enphase';
import { EmulatorTokenSource } from '../tests/integration/enphase/emulator-tokens';
import { manySystemsAccount } from '../tests/integration/enphase/fleet-fixture';

/** What the simulated day cost and how fresh it kept the data. */
export interface EnphaseDayResult {
  systems: number;
  /** The refresh interval the budget chose at the start of the day (min). */
  refreshMinutes: number;
  /** Requests of the first tick (list, sizes, 2 per system) per system. */
  backfillCallsPerSite: number;
  /** Every request of the measured 24 hours, per system. */
  callsPerSitePerDay: number;
  /** Of those: `production_micro` requests per system, and `/systems` pages in all. */
  telemetryCallsPerSite: number;
  listCalls: number;
  /**
   * Telemetry requests while the sun was down at the site. With the cloud 20 minutes behind
   * (and cellular gateways uploading every 6 hours), the evening's last intervals with energy
   * arrive after dark: those calls close the day.
   */
  darkCallsPerSite: number;
  /** Of those, the ones that brought no interval with energy: calls that could find nothing. */
  wastedNightCallsPerSite: number;
  /** 429 answers over the whole run (backfill included). */
  quotaRefusals: number;
  /**
   * Data age (now − newest cached interval end) at each daylight tick, per site, median; the
   * median over sites. Sampled right before each refresh (the oldest the data gets) and right
   * after it (the freshest); Enphase's own cloud delay (20 minutes here) is the lower bound.
   */
  medianDataAgeBeforeRefreshMinutes: number;
  medianDataAgeAfterRefreshMinutes: number;
  /** Right before each refresh, Wi-Fi/Ethernet sites only, and cellular ones (6-hour uploads). */
  medianDataAgeFastMinutes: number;
  medianDataAgeCellularMinutes: number;
  /** Requests in the measured 24 hours, and what the month's remaining budget allows per day. */
  totalCalls: number;
  perDayBudget: number;
  seconds: number;
}

/** 2 June 2025: early in a month, close to the longest days in the north. */
const dayStart = Date.parse('2025-06-02T00:00:00Z') / 1000;
/** The backfill runs an hour before the measured day. */
const warmUp = 3600;

interface Timer {
  id: number;
  due: number;
  callback: () => void;
}

/** setTimeout on the shared clock: nothing fires until the simulation moves time. */
class SimulatedTimers {
  private next = 1;
  private readonly timers = new Map<number, Timer>();
  constructor(private readonly clock: EmulatorClock) {}
  setTimeout = (callback: () => void, ms: number): unknown => {
    const id = this.next++;
    this.timers.set(id, { id, due: this.clock.now() + ms / 1000, callback });
    return id;
  };
  clearTimeout = (handle: unknown): void => {
    this.timers.delete(handle as number);
  };
  /** The earliest pending timer, taken out of the queue. */
  takeNext(): Timer | null {
    let first: Timer | null = null;
    for (const timer of this.timers.values()) if (!first || timer.due < first.due) first = timer;
    if (first) this.timers.delete(first.id);
    return first;
  }
}

/** Runs the simulated day. */
export async function runEnphaseDay(systemCount = 50): Promise<EnphaseDayResult> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'enalysis-enphase-day-'));
  const clock = new EmulatorClock(dayStart - warmUp);
  const account = manySystemsAccount(systemCount);
  const emulator = await startEnphaseEmulator({ clock, plan: 'kilowatt', accounts: [account] });
  const cache = openCache(join(dir, 'cache.sqlite'), { clock });
  const timers = new SimulatedTimers(clock);
  const settings = {
    enphasePlan: 'kilowatt',
    enphaseSharePercent: 100,
    refreshFloorMinutes: 15,
  } as const;
  const budget = new EnphaseBudgetSource({ cache, clock, settings: () => settings });
  const pacer = new MinuteGate({ clock, timers, perMinute: () => budget.perMinute() });

  // Requests in flight: the clock may only move when there are none.
  let inFlight = 0;
  const countedFetch: typeof fetch = async (input, init) => {
    inFlight += 1;
    try {
      const response = await fetch(input, init);
      const body = await response.arrayBuffer();
      return new Response(body, { status: response.status, headers: response.headers });
    } finally {
      inFlight -= 1;
    }
  };
  const tokens = await EmulatorTokenSource.signIn(emulator, account.login, 'conn-bench');
  const provider = new EnphaseProvider({
    connectionId: 'conn-bench',
    apiBase: emulator.url,
    apiKey: emulator.app.apiKey,
    tokens,
    clock,
    log: silentLogger,
    fetch: countedFetch,
    pacer,
    ledger: cache,
  });

  // Every telemetry answer, to tell the calls that brought energy from those that found none.
  const answers: { id: string; at: number; energy: boolean }[] = [];
  const observed: Provider = {
    id: provider.id,
    connectionId: provider.connectionId,
    recordsOwnRequests: provider.recordsOwnRequests,
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

  const ages = { before: new Map<number, number[]>(), after: new Map<number, number[]>() };
  let running = false;
  let firstTickCalls = -1;
  const scheduler = new SyncScheduler({
    cache,
    providers: () => [observed],
    clock,
    network: new ManualNetworkMonitor(true),
    log: silentLogger,
    timers,
    intervalSeconds: (p) => (p === 'enphase' ? budget.intervalSeconds() : 60),
    onDataUpdated: () => {},
    onStatus: (status) => {
      if (status.running === running) return;
      running = status.running;
      if (!running && firstTickCalls < 0) firstTickCalls = apiCalls();
      // How old is each sunlit site's newest interval, as a tick starts and as it ends?
      if (clock.now() < dayStart) return;
      for (const system of account.systems) {
        sampleAge(running ? ages.before : ages.after, system, clock.now());
      }
    },
  });
  const apiCalls = () => emulator.admin.calls().filter((c) => c.kind === 'api').length;
  const sampleAge = (into: Map<number, number[]>, system: SystemSpec, now: number): void => {
    if (sunIsDown(system.latitude, system.longitude, now)) return;
    const newest = cache.lastIntervalAt(siteIdOf('enphase', String(system.systemId)));
    if (newest === null) return;
    const list = into.get(system.systemId) ?? [];
    list.push((now - newest) / 60);
    into.set(system.systemId, list);
  };

  try {
    emulator.admin.clearCalls();
    scheduler.start();
    let measuring = false;
    let refusedBefore = 0;
    let budgetAtStart = { perDay: 0, refreshMinutes: 0 };
    for (;;) {
      await settle(() => inFlight);
      const timer = timers.takeNext();
      if (!timer) break;
      const due = Math.ceil(timer.due);
      if (due >= dayStart && !measuring) {
        measuring = true;
        clock.set(dayStart);
        budgetAtStart = dailyBudget(cache.countRequests('enphase', monthOf(dayStart).start));
        refusedBefore = emulator.admin.calls().filter((c) => c.status === 429).length;
        emulator.admin.clearCalls();
        answers.length = 0;
      }
      if (due > dayStart + 86_400) break;
      if (due > clock.now()) clock.set(due);
      timer.callback();
    }
    await scheduler.stop();

    const calls = emulator.admin.calls().filter((c) => c.kind === 'api');
    const byId = new Map(account.systems.map((s) => [String(s.systemId), s]));
    const dark = answers.filter(({ id, at }) => {
      const system = byId.get(id)!;
      return sunIsDown(system.latitude, system.longitude, at);
    });
    const medians = (from: Map<number, number[]>, keep: (s: SystemSpec) => boolean) =>
      round(median(account.systems.filter(keep).map((s) => median(from.get(s.systemId) ?? []))));
    const cellular = (s: SystemSpec) => s.connectionType === 'cellular';
    return {
      systems: systemCount,
      refreshMinutes: budgetAtStart.refreshMinutes,
      backfillCallsPerSite: round(firstTickCalls / systemCount),
      callsPerSitePerDay: round(calls.length / systemCount),
      darkCallsPerSite: round(dark.length / systemCount),
      wastedNightCallsPerSite: round(dark.filter((a) => !a.energy).length / systemCount),
      quotaRefusals: refusedBefore + calls.filter((c) => c.status === 429).length,
      listCalls: calls.filter((c) => c.path === '/api/v4/systems').length,
      telemetryCallsPerSite: round(
        calls.filter((c) => c.path.endsWith('/production_micro')).length / systemCount,
      ),
      medianDataAgeBeforeRefreshMinutes: medians(ages.before, () => true),
      medianDataAgeAfterRefreshMinutes: medians(ages.after, () => true),
      medianDataAgeFastMinutes: medians(ages.before, (s) => !cellular(s)),
      medianDataAgeCellularMinutes: medians(ages.before, cellular),
      totalCalls: calls.length,
      perDayBudget: Math.floor(budgetAtStart.perDay),
      seconds: round((performance.now() - started) / 1000),
    };
  } finally {
    pacer.close();
    await scheduler.stop();
    cache.close();
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  /** What the month's remaining allowance gives per day at the start of the measured day. */
  function dailyBudget(used: number): { perDay: number; refreshMinutes: number } {
    const { end } = monthOf(dayStart);
    const perDay = (perMonthAllowance('kilowatt', 100) - used) / ((end - dayStart) / 86_400);
    const refreshMinutes =
      enphaseRefreshSeconds({
        plan: 'kilowatt',
        sharePercent: 100,
        siteCount: systemCount,
        floorMinutes: 15,
        usedThisMonth: used,
        now: dayStart,
      }) / 60;
    return { perDay, refreshMinutes };
  }
}

/** Resolves once nothing has been in flight for a few turns of the event loop. */
async function settle(inFlight: () => number): Promise<void> {
  let quiet = 0;
  while (quiet < 5) {
    await new Promise((resolve) => setImmediate(resolve));
    quiet = inFlight() === 0 ? quiet + 1 : 0;
  }
}

function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.info(await runEnphaseDay());
}
