/**
 * The composition of every main-process service that does not need Electron: cache, providers,
 * connections, scheduler and the IPC handlers. electron/main.ts builds it with Electron-backed
 * ports; the test harness builds the very same thing with test ports.
 */
import { join } from 'node:path';
import type { EventName, EventPayload } from '../shared/contract';
import { openCache } from './cache/cache';
import type { CacheStore } from './cache/types';
import type { AppConfig } from './config';
import { FleetWatch } from './insight/watch';
import { createDispatcher, type Dispatch } from './ipc/dispatch';
import {
  systemClock,
  type AuthWindowPort,
  type Cipher,
  type Clock,
  type ExternalBrowserPort,
  type KeyValueStore,
  type Logger,
  type NetworkMonitor,
} from './ports';
import { DemoProvider } from './providers/demo/demo-provider';
import type { Provider } from './providers/provider';
import { ProviderRegistry } from './providers/registry';
import { createConnections, type Connections } from './services/connections/setup';
import { createHandlers } from './services/handlers';
import { SettingsService } from './services/settings';
import { EnphaseBudgetSource } from './sync/enphase-budget';
import { MinuteGate } from './sync/minute-gate';
import { SyncScheduler } from './sync/scheduler';

/** Everything the core needs from its host. */
export interface CoreOptions {
  /** Folder for the cache database (the user data folder in the app). */
  dataDir: string;
  config: AppConfig;
  settings: KeyValueStore;
  cipher: Cipher;
  network: NetworkMonitor;
  log: Logger;
  /** The popup sign-in window (BrowserWindow in the app, a Playwright page in the harness). */
  authWindow: AuthWindowPort;
  externalBrowser?: ExternalBrowserPort;
  clock?: Clock;
  /** For provider and relay calls; the global fetch by default. */
  fetch?: typeof fetch;
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
  /** Connections (vault, sign-in flow), for hosts that deliver deep links and tests. */
  readonly connections: Connections;
  /** Alerts: evaluated after each data update; hosts listen for notifications and the tray. */
  readonly watch: FleetWatch;
  /** Asks the window to show a page ("#/alerts"): a notification or the tray was clicked. */
  openRoute(hash: string): void;
  /** The user's settings (tray, notifications and login-item choices live there too). */
  readonly settings: SettingsService;
  readonly clock: Clock;
  /** Stops timers and closes the cache. */
  stop(): Promise<void>;
}

/** How often the demo fleet is refreshed: it has no quota, so every minute keeps it lively. */
const demoRefreshSeconds = 60;

/** Builds and starts the core. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const { log, network, config } = options;
  const cache = openCache(join(options.dataDir, 'cache.sqlite'), { log, clock });
  if (cache.recovery) log.warn('cache rebuilt', { movedTo: cache.recovery.movedTo });
  const settings = new SettingsService(options.settings, log);

  const sinks = new Set<EventSink>();
  const emit: EventSink = (event, payload) => {
    for (const sink of sinks) sink(event, payload);
  };

  // `connections` and `providers` are built below; these closures only run after that.
  const records = () => connections.vault.records;
  const hasConnections = () => records().all().length > 0;
  const demoShown = () => options.forceDemo || settings.get().demoMode || !hasConnections();

  const enphaseBudget = new EnphaseBudgetSource({
    cache,
    clock,
    settings: () => settings.get(),
    connectionCount: () => providers.enphaseCount(),
  });
  const pacer = new MinuteGate({ clock, perMinute: () => enphaseBudget.perMinute() });
  const providers: ProviderRegistry = new ProviderRegistry({
    config,
    cache,
    clock,
    log,
    demo: options.demoProvider ?? new DemoProvider({ clock }),
    demoShown,
    records,
    tokenSource: (id) => connections.tokenSource(id),
    pacer,
    fetch: options.fetch,
  });

  const scheduler = new SyncScheduler({
    cache,
    providers: () => providers.active(),
    clock,
    network,
    log,
    intervalSeconds: (provider) =>
      provider === 'enphase' ? enphaseBudget.intervalSeconds() : demoRefreshSeconds,
    onDataUpdated: (siteIds) => {
      // New sites change the budget's site count: do not wait out its memo.
      enphaseBudget.invalidate();
      emit('data-updated', { siteIds, at: clock.now() });
      watch.evaluate();
    },
    onStatus: (status) => emit('sync-progress', status),
    onReauthRequired: (connectionId) => {
      providers.drop(connectionId);
      // A 401 after a successful renewal never passed through the vault: record it there too.
      if (records().get(connectionId)?.state !== 'needs_reauth') {
        connections.vault.markNeedsReauth(
          connectionId,
          'Enphase refused this account’s sign-in. Reconnect it to resume updates; cached data is kept.',
        );
      }
    },
  });

  const connections: Connections = createConnections({
    config,
    store: options.settings,
    cipher: options.cipher,
    authWindow: options.authWindow,
    externalBrowser: options.externalBrowser,
    fetch: options.fetch,
    cache,
    clock,
    log,
    accounts: (connection) => providers.createEnphase(connection.id, false),
    onSitesChanged: (connectionId) => {
      providers.reconcile();
      enphaseBudget.invalidate();
      // Backfill runs in the background: quota pacing can make it take minutes.
      scheduler.refreshConnection(connectionId).catch((error: unknown) => {
        log.warn('refresh after a site change failed', { connectionId, error: String(error) });
      });
    },
    budgets: () => (providers.enphaseCount() > 0 ? [enphaseBudget.budget()] : []),
    emit: (payload) => {
      providers.reconcile(payload.state === 'connected' ? payload.connectionId : undefined);
      enphaseBudget.invalidate();
      emit('connection-changed', payload);
      // The status bar's sentence ("8 sites on Kilowatt …") changes with the connections.
      emit('sync-progress', scheduler.status());
    },
  });
  providers.reconcile();

  const visibleSites = () => {
    const showDemo = demoShown();
    return cache.listSites().filter((s) => s.provider !== 'demo' || showDemo);
  };
  const watch = new FleetWatch({
    cache,
    clock,
    log,
    sites: visibleSites,
    connections: () => records().all(),
    budgets: () => (providers.enphaseCount() > 0 ? [enphaseBudget.budget()] : []),
    emit: (state) => emit('alerts-changed', state),
  });

  const handlers = createHandlers({
    cache,
    settings,
    scheduler,
    clock,
    log,
    providerFor: (site) => providers.forSite(site),
    visibleSites,
    connectionHandlers: connections.handlers,
    alertHandlers: watch.handlers(),
    appInfo: () => ({
      version: options.version,
      mode: demoShown() ? 'demo' : 'live',
      kiosk: options.kiosk,
      platform: options.platform,
      dataDir: options.dataDir,
      keyringProtected: options.cipher.keyringProtected,
      cacheNotice: cache.recovery?.message ?? null,
    }),
  });

  const unsubscribers = [
    network.onChange((online) => emit('online-changed', { online })),
    settings.onChange((value) => {
      enphaseBudget.invalidate();
      scheduler.reschedule();
      // Showing the demo fleet again should fill it now, not at the next timer.
      if (value.demoMode && demoShown()) void scheduler.refreshNow();
      emit('settings-changed', value);
    }),
  ];
  if (options.startSync !== false) scheduler.start();
  if (options.startSync !== false) watch.start();

  return {
    dispatch: createDispatcher(handlers, log),
    onEvent(sink) {
      sinks.add(sink);
      return () => sinks.delete(sink);
    },
    cache,
    scheduler,
    connections,
    watch,
    settings,
    clock,
    openRoute: (hash) => emit('navigate', { hash }),
    async stop() {
      for (const unsubscribe of unsubscribers) unsubscribe();
      watch.stop();
      connections.stop();
      pacer.close();
      await scheduler.stop();
      cache.close();
      sinks.clear();
    },
  };
}
