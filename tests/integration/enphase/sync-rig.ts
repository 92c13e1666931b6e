/**
 * The real scheduler, the real SQLite cache and EnphaseProvider against the emulator, sharing
 * one hand-moved clock: what the Enphase sync tests drive tick by tick.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCache } from '../../../electron/cache/cache';
import type { CacheStore } from '../../../electron/cache/types';
import { ManualNetworkMonitor } from '../../../electron/ports';
import { EnphaseProvider } from '../../../electron/providers/enphase';
import type { Provider } from '../../../electron/providers/provider';
import { SyncScheduler } from '../../../electron/sync/scheduler';
import {
  EmulatorClock,
  startEnphaseEmulator,
  type EnphaseEmulator,
  type EnphaseEmulatorOptions,
  type RecordedCall,
} from '../../emulators/enphase';
import { MemoryLogger } from '../../harness/memory-logger';
import { FakeTimers } from '../../unit/electron/sync/fixtures';
import { EmulatorTokenSource } from './emulator-tokens';

/** Everything a sync test touches. */
export interface SyncRig {
  emulator: EnphaseEmulator;
  clock: EmulatorClock;
  cache: CacheStore;
  log: MemoryLogger;
  tokens: EmulatorTokenSource;
  /** The providers the scheduler sees (the test may remove or replace one, as the core would). */
  providers: Provider[];
  scheduler: SyncScheduler;
  reauths: string[];
  /** API requests the emulator answered since the last `clearCalls`. */
  apiCalls(): RecordedCall[];
  /** Moves the clock and runs one refresh. */
  tick(seconds: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts the emulator, signs `login` in and builds the scheduler over a fresh cache. */
export async function startSyncRig(
  login: string,
  at: number,
  emulatorOptions: EnphaseEmulatorOptions = {},
): Promise<SyncRig> {
  const dir = mkdtempSync(join(tmpdir(), 'enalysis-enphase-sync-'));
  const clock = new EmulatorClock(at);
  const emulator = await startEnphaseEmulator({ clock, ...emulatorOptions });
  const log = new MemoryLogger();
  const cache = openCache(join(dir, 'cache.sqlite'), { log, clock });
  const tokens = await EmulatorTokenSource.signIn(emulator, login, 'conn-1');
  const providers: Provider[] = [
    new EnphaseProvider({
      connectionId: 'conn-1',
      apiBase: emulator.url,
      apiKey: emulator.app.apiKey,
      tokens,
      clock,
      log,
      ledger: cache,
    }),
  ];
  const reauths: string[] = [];
  const scheduler = new SyncScheduler({
    cache,
    providers: () => providers,
    clock,
    network: new ManualNetworkMonitor(true),
    log,
    timers: new FakeTimers(),
    random: () => 1,
    intervalSeconds: () => 15 * 60,
    onDataUpdated: () => {},
    onStatus: () => {},
  });
  scheduler.onConnectionLost((connectionId) => reauths.push(connectionId));
  emulator.admin.clearCalls();
  return {
    emulator,
    clock,
    cache,
    log,
    tokens,
    providers,
    scheduler,
    reauths,
    apiCalls: () => emulator.admin.calls().filter((call) => call.kind === 'api'),
    async tick(seconds) {
      clock.advance(seconds);
      await scheduler.refreshNow();
    },
    async close() {
      await scheduler.stop();
      cache.close();
      await emulator.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The system id in an API path (`/api/v4/systems/4201101/…`), or null for lists. */
export function systemOf(call: RecordedCall): string | null {
  return /^\/api\/v4\/systems\/(\d+)\//.exec(call.path)?.[1] ?? null;
}
