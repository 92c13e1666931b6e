/**
 * The composition of every main-process service that does not need Electron: cache, providers,
 * connections, scheduler and the IPC handlers. electron/main.ts builds it with Electron-backed
 * ports; the test harness builds the very same thing with test ports.
 */
import { join } from 'node:path';
import type { EventName, EventPayload } from '../shared/contract';
import type { ProviderId, SystemLocale } from '../shared/domain';
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
  type PdfPrinterPort,
  type SaveFilePort,
  type UpdaterPort,
} from './ports';
import { DemoProvider } from './providers/demo/demo-provider';
import type { ProviderDescriptor } from './providers/descriptor';
import type { Provider } from './providers/provider';
import { descriptorOf, ProviderRegistry, providerNameOf, PROVIDERS } from './providers/registry';
import { ConnectionLifecycle } from './connections/lifecycle';
import { openVault } from './connections/sign-in';
import { createConnections, type Connections } from './services/connections/setup';
import { createReporting } from './reports/setup';
import { demoReasonOf, demoRefreshSeconds } from './services/demo-state';
import { createHandlers } from './services/handlers';
import { createMetered } from './quota/metered-setup';
import { SettingsService } from './services/settings';
import { resolveLocale } from '../shared/locale';
import { createWords, processSystemLocale, type Words } from './i18n/words';
import { SyncScheduler } from './sync/scheduler';
import { storedLastRun } from './sync/scheduler-options';
import { UpdateService } from './update/service';
import { restoreLostConnections } from './vault/lost-records';
import { accountLabelOf } from './vault/problems';
import { SignInCipher } from './vault/session-cipher';

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
  /** The registered providers (providers/registry.ts's PROVIDERS unless a test adds one). */
  providers?: readonly ProviderDescriptor[];
  /** Replaces the built-in demo fleet (benchmarks and tests with many sites). */
  demoProvider?: Provider;
  /** False keeps the scheduler from starting (a benchmark that fills the cache itself). */
  startSync?: boolean;
  /** The OS locale (BCP 47), for the currency until the user picks one; Intl's by default. */
  locale?: string;
  /** The OS languages and format locale the renderer follows (Intl's locale by default). */
  systemLocale?: SystemLocale;
  /** Writes exports and reports where the person chooses (without it, saving says it cannot). */
  saveFile?: SaveFilePort;
  /** Prints the report layout to PDF (without it, PDF reports say they cannot be made). */
  printer?: PdfPrinterPort;
  /** App updates (electron-updater); absent in development and without a feed. */
  updater?: UpdaterPort;
  /** True: the Enphase budget follows this installation's quota lease from the relay. */
  quotaLeases?: boolean;
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
  /** Main's sentences in the user's language (notifications, the tray). */
  readonly words: Words;
  readonly clock: Clock;
  /** Stops timers and closes the cache. */
  stop(): Promise<void>;
}

/** Builds and starts the core. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const { log, network, config, settings: store } = options;
  const cache = openCache(join(options.dataDir, 'cache.sqlite'), { log, clock });
  if (cache.recovery) log.warn('cache rebuilt', { movedTo: cache.recovery.movedTo });
  const settings = new SettingsService(options.settings, log);
  const systemLocale = options.systemLocale ?? processSystemLocale();
  const words = createWords(() => resolveLocale(settings.get().language, systemLocale));

  const sinks = new Set<EventSink>();
  const emit: EventSink = (event, payload) => {
    for (const sink of sinks) sink(event, payload);
  };

  // Built in dependency order: every closure below reads only what is already built.
  const descriptors = options.providers ?? PROVIDERS;
  const providerName = (provider: ProviderId) => providerNameOf(provider, descriptors);
  const { vault, relay, relays } = openVault({
    config,
    store: options.settings,
    cipher: new SignInCipher(options.cipher, () => settings.get().rememberSignIns),
    clock,
    log,
    providerName,
    fetch: options.fetch,
  });
  const records = vault.records;
  const demoReason = () =>
    demoReasonOf({
      forced: options.forceDemo,
      setting: settings.get().demoMode,
      hasConnections: records.all().length > 0,
    });
  const demoShown = () => demoReason() !== null;

  const {
    book: quotas,
    leases,
    onMonthHeld,
  } = createMetered({
    quotaLeases: options.quotaLeases === true,
    config,
    store: options.settings,
    fetch: options.fetch,
    cache,
    clock,
    log,
    records,
    settings: () => settings.get(),
    unmeteredInterval: () => demoRefreshSeconds(settings.get()),
    words,
  });
  const providers = new ProviderRegistry({
    config,
    cache,
    clock,
    log,
    demo: options.demoProvider ?? new DemoProvider({ clock }),
    demoShown,
    records: () => records,
    tokenSource: (id) => vault.tokenSource(id),
    pacerFor: (provider) => quotas.pacerFor(provider),
    guardFor: (provider) => quotas.guardFor(provider),
    descriptors,
    fetch: options.fetch,
  });

  const visibleSites = () => {
    const showDemo = demoShown();
    return cache.listSites().filter((s) => s.provider !== 'demo' || showDemo);
  };
  const budgets = () => quotas.budgets();
  const watch = new FleetWatch({
    cache,
    clock,
    log,
    sites: visibleSites,
    connections: () =>
      records.all().map((r) => ({
        ...r,
        accountLabel: accountLabelOf(providerName(r.provider), r.accountId),
      })),
    budgets,
    cadenceOf: (site) =>
      providers.forSite(site)?.uploadCadenceSeconds?.({ ...site, lastEnergyAt: null }) ?? null,
    emit: (state) => emit('alerts-changed', state),
    words,
  });

  const scheduler = new SyncScheduler({
    cache,
    providers: () => providers.active(),
    clock,
    network,
    log,
    intervalSeconds: (provider) => quotas.intervalSeconds(provider),
    pauseAtNight: (provider) => descriptorOf(provider, descriptors)?.quiet.pauseAtNight ?? true,
    onDataUpdated: (siteIds) => {
      // New sites change the budget's site count: do not wait out its memo.
      quotas.invalidate();
      emit('data-updated', { siteIds, at: clock.now() });
      watch.evaluate();
    },
    onStatus: (status) => emit('sync-progress', status),
    lastRun: storedLastRun(options.settings),
    words,
  });
  const unwatchCredits = onMonthHeld(() => {
    // Every SolarEdge site waits for the new month, and Connections says so.
    quotas.invalidate();
    scheduler.reschedule();
    emit('sync-progress', scheduler.status());
  });
  leases?.onChange(() => {
    quotas.invalidate();
    scheduler.reschedule();
  });

  const lifecycle = new ConnectionLifecycle({
    vault,
    cache,
    providers,
    invalidate: () => {
      quotas.invalidate();
      // New or lost sites change what this installation asks the relay for.
      leases?.renewSoon();
    },
    log,
    providerName,
    emit: (payload) => {
      emit('connection-changed', payload);
      // The status bar's sentence ("8 sites on Kilowatt …") changes with the connections.
      emit('sync-progress', scheduler.status());
    },
  });

  const connections = createConnections({
    idleLimitOf: (provider) => descriptorOf(provider, descriptors)?.refreshIdleLimitSeconds ?? null,
    config,
    vault,
    relay,
    relays,
    ledger: cache,
    lifecycle,
    authWindow: options.authWindow,
    externalBrowser: options.externalBrowser,
    fetch: options.fetch,
    keyringProtected: options.cipher.keyringProtected,
    providerName,
    words,
    cache,
    clock,
    log,
    accounts: (connection) => providers.account(connection, false),
    validateKey: (provider, key) => providers.validateKey(provider, key),
    budgets,
  });
  if (options.settings.recovery) {
    restoreLostConnections(records, cache, clock.now(), providerName);
  }

  providers.reconcile();

  const reporting = createReporting({
    cache,
    store: options.settings,
    clock,
    log,
    visibleSites,
    locale: options.locale ?? Intl.DateTimeFormat().resolvedOptions().locale,
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    saveFile: options.saveFile,
    printer: options.printer,
    ratioFor: (site) => watch.ratioFor(site),
    words,
  });
  const updates = options.updater
    ? new UpdateService({
        updater: options.updater,
        whenSyncIdle: () => scheduler.whenIdle(),
        log,
        onReady: (state) => emit('update-ready', state),
      })
    : undefined;

  const handlers = createHandlers({
    cache,
    settings,
    scheduler,
    clock,
    log,
    providerFor: (site) => providers.forSite(site),
    visibleSites,
    connectionHandlers: connections.handlers,
    descriptors,
    config,
    reportHandlers: reporting.handlers,
    updates,
    alertHandlers: watch.handlers(),
    performanceRatio: (site) => watch.ratioFor(site),
    siteAlerts: () => watch.siteStatuses(),
    words,
    appInfo: () => ({
      version: options.version,
      mode: demoShown() ? 'demo' : 'live',
      kiosk: options.kiosk,
      platform: options.platform,
      dataDir: options.dataDir,
      keyringProtected: options.cipher.keyringProtected,
      cacheNotice: cache.recovery && words.say(cache.recovery.notice),
      demoReason: demoReason(),
      demoSiteCount: cache.listSites().filter((s) => s.provider === 'demo').length,
      enphasePlatform: { plan: config.enphase.plan, sharePercent: config.enphase.sharePercent },
      settingsNotice: store.recovery ? words.say(store.recovery.notice) : null,
      systemLocale,
    }),
  });

  const unsubscribers = [
    scheduler.onConnectionLost((connectionId) => lifecycle.grantLost(connectionId)),
    lifecycle.onSitesChanged((connectionId) => {
      // Backfill runs in the background: quota pacing can make it take minutes.
      scheduler.refreshConnection(connectionId).catch((error: unknown) => {
        log.warn('refresh after a site change failed', { connectionId, error: String(error) });
      });
    }),
    network.onChange((online) => emit('online-changed', { online })),
    unwatchCredits,
    settings.onChange((value) => {
      quotas.invalidate();
      scheduler.reschedule();
      // Showing the demo fleet again should fill it now, not at the next timer.
      if (value.demoMode && demoShown()) void scheduler.refreshNow();
      if (value.refreshPaused) scheduler.pause();
      else void scheduler.resume();
      emit('settings-changed', value);
    }),
  ];
  // A pause outlives a restart: the person asked for it and the status area says so.
  if (settings.get().refreshPaused) scheduler.pause();
  if (options.startSync !== false) scheduler.start();
  reporting.start();
  updates?.start();
  leases?.start();
  if (options.startSync !== false) watch.start();
  if (options.startSync !== false) connections.keepAlive.start();

  return {
    dispatch: createDispatcher(handlers, log, { kiosk: options.kiosk, words }),
    onEvent(sink) {
      sinks.add(sink);
      return () => sinks.delete(sink);
    },
    cache,
    scheduler,
    connections,
    watch,
    settings,
    words,
    clock,
    openRoute: (hash) => emit('navigate', { hash }),
    async stop() {
      for (const unsubscribe of unsubscribers) unsubscribe();
      reporting.stop();
      updates?.stop();
      watch.stop();
      connections.stop();
      leases?.stop();
      quotas.close();
      await scheduler.stop();
      cache.close();
      sinks.clear();
    },
  };
}
