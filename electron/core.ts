/**
 * The composition of every main-process service that does not need Electron: cache, providers,
 * scheduler and the IPC handlers. electron/main.ts builds it with Electron-backed ports; the
 * test harness builds the very same thing with test ports.
 */
import { join } from 'node:path';
import type { EventName, EventPayload } from '../shared/contract';
import type { ProviderId } from '../shared/domain';
import { openCache } from './cache/cache';
import type { CacheStore } from './cache/types';
import { createDispatcher, type Dispatch } from './ipc/dispatch';
import {
  systemClock,
  type Cipher,
  type Clock,
  type KeyValueStore,
  type Logger,
  type NetworkMonitor,
} from './ports';
import { DemoProvider } from './providers/demo/demo-provider';
import type { Provider } from './providers/provider';
import { createHandlers } from './services/handlers';
import { SettingsService } from './services/settings';
import { SyncScheduler } from './sync/scheduler';

/** Everything the core needs from its host. */
export interface CoreOptions {
  /** Folder for the cache database (the user data folder in the app). */
  dataDir: string;
  settings: KeyValueStore;
  cipher: Cipher;
  network: NetworkMonitor;
  log: Logger;
  clock?: Clock;
  /** `--demo`: show the demo fleet even when real connections exist. */
  forceDemo: boolean;
  /** `--kiosk`: trade-show mode. */
  kiosk: boolean;
  version: string;
  platform: string;
  /** Replaces the built-in demo fleet (benchmarks and tests with many sites). */
  demoProvider?: Provider;
  /** False keeps the scheduler from starting (a benchmark that fills the cache itself). */
  startSync?: boolean;
}

/** Listens to every event the core pushes to the renderer. */
export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** A running core. */
export interface Core {
  /** Handles one invoke call with an untrusted payload (sender already checked by the host). */
  dispatch: Dispatch;
  /** Subscribes to pushed events; returns the unsubscribe function. */
  onEvent(sink: EventSink): () => void;
  /** The cache, for hosts and tests that look at what is stored. */
  readonly cache: CacheStore;
  /** The scheduler, for hosts that trigger a refresh (tray, resume). */
  readonly scheduler: SyncScheduler;
  /** Stops timers and closes the cache. */
  stop(): Promise<void>;
}

/** How often the demo fleet is refreshed: it has no quota, so every minute keeps it lively. */
const demoRefreshSeconds = 60;

/** Builds and starts the core. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const { log, network } = options;
  const cache = openCache(join(options.dataDir, 'cache.sqlite'), { log, clock });
  if (cache.recovery) log.warn('cache rebuilt', { movedTo: cache.recovery.movedTo });
  const settings = new SettingsService(options.settings, log);
  const providers = new Map<ProviderId, Provider>([
    ['demo', options.demoProvider ?? new DemoProvider({ clock })],
  ]);

  const sinks = new Set<EventSink>();
  const emit: EventSink = (event, payload) => {
    for (const sink of sinks) sink(event, payload);
  };

  const scheduler = new SyncScheduler({
    cache,
    providers,
    clock,
    network,
    log,
    intervalSeconds: () => demoRefreshSeconds,
    onDataUpdated: (siteIds) => emit('data-updated', { siteIds, at: clock.now() }),
    onStatus: (status) => emit('sync-progress', status),
  });

  const handlers = createHandlers({
    cache,
    settings,
    scheduler,
    providers,
    clock,
    log,
    appInfo: () => ({
      version: options.version,
      mode: 'demo',
      kiosk: options.kiosk,
      platform: options.platform,
      dataDir: options.dataDir,
      keyringProtected: options.cipher.keyringProtected,
      cacheNotice: cache.recovery?.message ?? null,
    }),
  });

  const unsubscribers = [
    network.onChange((online) => emit('online-changed', { online })),
    settings.onChange((value) => emit('settings-changed', value)),
  ];
  if (options.startSync !== false) scheduler.start();

  return {
    dispatch: createDispatcher(handlers, log),
    onEvent(sink) {
      sinks.add(sink);
      return () => sinks.delete(sink);
    },
    cache,
    scheduler,
    async stop() {
      for (const unsubscribe of unsubscribers) unsubscribe();
      await scheduler.stop();
      cache.close();
      sinks.clear();
    },
  };
}
