/**
 * What the scheduler tests share: a real SQLite cache in a temp folder, a clock moved by hand,
 * timers that only fire when told, and a provider wrapper that counts, fails and slows calls.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { SyncStatus } from '../../../../shared/domain';
import { openCache } from '../../../../electron/cache/cache';
import type { CacheStore } from '../../../../electron/cache/types';
import { ManualNetworkMonitor } from '../../../../electron/ports';
import { DemoProvider } from '../../../../electron/providers/demo/demo-provider';
import type { DemoSiteSpec } from '../../../../electron/providers/demo/sites';
import { demoSiteSpecs } from '../../../../electron/providers/demo/sites';
import type { Provider, ProviderSite } from '../../../../electron/providers/provider';
import type { SyncSchedulerOptions, Timers } from '../../../../electron/sync/scheduler';
import { SyncScheduler } from '../../../../electron/sync/scheduler';
import { MemoryLogger } from '../../../harness/memory-logger';

/** A clock the test moves. */
export class FakeClock {
  constructor(public t: number) {}
  now = (): number => this.t;
  advance(seconds: number): void {
    this.t += seconds;
  }
}

/** setTimeout/clearTimeout that only run when the test says so. */
export class FakeTimers implements Timers {
  private next = 1;
  readonly pending = new Map<number, { callback: () => void; ms: number }>();
  setTimeout = (callback: () => void, ms: number): unknown => {
    const id = this.next++;
    this.pending.set(id, { callback, ms });
    return id;
  };
  clearTimeout = (handle: unknown): void => {
    this.pending.delete(handle as number);
  };
  /** Fires every pending timer once. */
  fireAll(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const timer of due) timer.callback();
  }
}

/** An error shaped like an HTTP client's: a status, maybe a 429 wait, and a leaky message. */
export class FakeHttpError extends Error {
  constructor(
    readonly status: number,
    readonly retryAt?: number,
  ) {
    super(`GET https://api.example.test/systems?key=SECRET-KEY-123 failed with ${status}`);
    this.name = 'FakeHttpError';
  }
}

/** One provider call as the wrapper saw it. */
export interface SeenCall {
  method: 'listSites' | 'fetchDaily' | 'fetchIntervals' | 'fetchDevices';
  externalId: string | null;
  args: unknown[];
}

/** Wraps a provider: records calls, can fail a site's calls, can slow calls down. */
export class RecordingProvider implements Provider {
  readonly calls: SeenCall[] = [];
  /** External ids whose calls throw this error. */
  readonly failing = new Map<string, Error>();
  /** External ids whose interval calls answer with no intervals (before installation, an outage). */
  readonly empty = new Set<string>();
  delayMs = 0;
  /** Runs as each call starts (a test can change the world at an exact point of a pass). */
  onCall: ((call: SeenCall) => void) | null = null;
  inFlight = 0;
  maxInFlight = 0;

  constructor(private readonly inner: Provider) {}

  get id() {
    return this.inner.id;
  }

  get connectionId() {
    return this.inner.connectionId;
  }

  get recordsOwnRequests() {
    return this.inner.recordsOwnRequests;
  }

  /** Calls of a kind (and site), e.g. count('fetchIntervals', 'berlin'). */
  count(method?: SeenCall['method'], externalId?: string): number {
    return this.calls.filter(
      (c) =>
        (method === undefined || c.method === method) &&
        (externalId === undefined || c.externalId === externalId),
    ).length;
  }

  /** Calls that touch one site (everything but listSites). */
  siteCalls(): SeenCall[] {
    return this.calls.filter((c) => c.method !== 'listSites');
  }

  private async track<T>(call: SeenCall, run: () => Promise<T>): Promise<T> {
    this.calls.push(call);
    this.onCall?.(call);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
      const failure = call.externalId === null ? undefined : this.failing.get(call.externalId);
      if (failure) throw failure;
      return await run();
    } finally {
      this.inFlight -= 1;
    }
  }

  listSites() {
    return this.track({ method: 'listSites', externalId: null, args: [] }, () =>
      this.inner.listSites(),
    );
  }
  fetchDaily(site: ProviderSite, from: string, to: string) {
    return this.track({ method: 'fetchDaily', externalId: site.externalId, args: [from, to] }, () =>
      this.inner.fetchDaily(site, from, to),
    );
  }
  fetchIntervals(site: ProviderSite, since: number) {
    return this.track(
      { method: 'fetchIntervals', externalId: site.externalId, args: [since] },
      async () =>
        this.empty.has(site.externalId)
          ? { intervals: [], lastEnergyAt: null }
          : this.inner.fetchIntervals(site, since),
    );
  }
  fetchDevices(site: ProviderSite) {
    return this.track({ method: 'fetchDevices', externalId: site.externalId, args: [] }, () =>
      this.inner.fetchDevices(site),
    );
  }
}

/** Three default demo sites in three zones: enough to see per-site behaviour, quick to backfill. */
export const threeSites: DemoSiteSpec[] = [
  'berlin-spreebogen-office',
  'denver-lincoln-high',
  'sydney-botany-logistics',
].map((slug) => {
  const spec = demoSiteSpecs.find((s) => s.slug === slug);
  if (!spec) throw new Error(`no demo site ${slug}`);
  return spec;
});

/** 2025-07-01 12:02 UTC: daylight in Berlin and Denver, night in Sydney. */
export const startInstant = DateTime.fromISO('2025-07-01T12:02:00Z').toSeconds();

/** A scheduler over a real cache and a recording demo provider, with every port in reach. */
export interface Rig {
  dir: string;
  cache: CacheStore;
  clock: FakeClock;
  timers: FakeTimers;
  network: ManualNetworkMonitor;
  log: MemoryLogger;
  provider: RecordingProvider;
  scheduler: SyncScheduler;
  statuses: SyncStatus[];
  updates: string[][];
  close(): Promise<void>;
}

/** Builds a Rig; `options` overrides scheduler options. */
export function makeRig(
  setup: {
    sites?: DemoSiteSpec[];
    now?: number;
    options?: Partial<SyncSchedulerOptions>;
  } = {},
): Rig {
  const dir = mkdtempSync(join(tmpdir(), 'enalysis-sync-'));
  const clock = new FakeClock(setup.now ?? startInstant);
  const log = new MemoryLogger();
  const cache = openCache(join(dir, 'cache.sqlite'), { log, clock });
  const timers = new FakeTimers();
  const network = new ManualNetworkMonitor(true);
  const provider = new RecordingProvider(
    new DemoProvider({ clock, sites: setup.sites ?? threeSites }),
  );
  const statuses: SyncStatus[] = [];
  const updates: string[][] = [];
  const scheduler = new SyncScheduler({
    cache,
    providers: new Map([['demo', provider]]),
    clock,
    network,
    log,
    timers,
    random: () => 1,
    // A month of daily totals keeps each test quick; the backfill tests ask for the real year.
    backfill: { dailyDays: 30, intervalDays: 7 },
    intervalSeconds: () => 60,
    onDataUpdated: (ids) => updates.push([...ids].sort()),
    onStatus: (status) => statuses.push(status),
    ...setup.options,
  });
  return {
    dir,
    cache,
    clock,
    timers,
    network,
    log,
    provider,
    scheduler,
    statuses,
    updates,
    async close() {
      await scheduler.stop();
      cache.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
