/**
 * The test harness: the real main-process core in Node with test ports (AES-GCM cipher, conf
 * settings, a switchable network), the real renderer served by Vite, and `window.enalysis`
 * bridged into Debian's Chromium with Playwright bindings. Used by E2E tests, `npm run preview`
 * and the renderer benchmark.
 */
import { mkdtempSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build as viteBuild, createServer, preview } from 'vite';
import { loadConfig, type AppConfig } from '../../electron/config';
import { createCore, type Core } from '../../electron/core';
import { ManualNetworkMonitor, type Clock, type UpdaterPort } from '../../electron/ports';
import type { ProviderDescriptor } from '../../electron/providers/descriptor';
import type { Provider } from '../../electron/providers/provider';
import type { SystemLocale } from '../../shared/domain';
import { AesGcmCipher } from './aes-gcm-cipher';
import { ConfStore } from './conf-store';
import { FolderSaveFile } from './folder-save-file';
import { gotoRoute } from './goto-route';
import { attachDesktop } from '../../electron/desktop/attach';
import { RecordingLoginItem, RecordingNotifier, RecordingTray } from './desktop-twins';
import { MemoryLogger } from './memory-logger';
import { PlaywrightAuthWindow } from './playwright-auth-window';
import { PlaywrightPdfPrinter } from './playwright-printer';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The flags every Chromium in this project starts with (the machine has a closed network). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where Debian puts Chromium; overridable for other machines. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How to start the app. */
export interface LaunchOptions {
  /** Environment for the config module (base URLs, ENALYSIS_DATA_DIR); defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** Data folder; defaults to ENALYSIS_DATA_DIR from `env`, else a new temp folder. */
  dataDir?: string;
  /** Behave like Linux's basic_text backend: no OS keyring protects saved sign-ins. */
  noKeyring?: boolean;
  headless?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  clock?: Clock;
  online?: boolean;
  forceDemo?: boolean;
  kiosk?: boolean;
  demoProvider?: Provider;
  /** The registered providers (the app's PROVIDERS unless a test adds one). */
  providers?: readonly ProviderDescriptor[];
  startSync?: boolean;
  /** Wait for the first sync (backfill) before opening the page. Default true. */
  waitForSync?: boolean;
  /** Echo core warnings to stderr. */
  echoLogs?: boolean;
  /** `dev` (default) serves renderer/ through Vite's dev server; `built` builds it and serves dist/. */
  renderer?: 'dev' | 'built';
  /** Pin the browser's Date to `clock` (default true); benchmarks keep real time for their timers. */
  pinBrowserClock?: boolean;
  /** For provider and relay calls (tests may count or fault them). */
  fetch?: typeof fetch;
  /** Extra scripts to run in the page before the app (benchmarks install observers). */
  initScripts?: string[];
  /** Where "saved" files go (the save dialog's twin); `<dataDir>/saved` by default. */
  savedFolder?: string;
  /** App updates (tests/harness/update-feed.ts builds a real electron-updater on a local feed). */
  updater?: UpdaterPort;
  /** The operating system's languages and format locale (US English unless a test says). */
  systemLocale?: SystemLocale;
}

/** A running app. */
export interface AppHandle {
  page: Page;
  context: BrowserContext;
  core: Core;
  network: ManualNetworkMonitor;
  log: MemoryLogger;
  settingsStore: ConfStore;
  config: AppConfig;
  dataDir: string;
  /** The renderer's origin (only it may call the bridge). */
  origin: string;
  /** Navigates to a hash route, e.g. `#/site/demo:denver-school`, and waits for the app shell. */
  goto(route?: string): Promise<void>;
  /** The sign-in popup: tests take its pages with `nextPage()` and click through the login. */
  authWindow: PlaywrightAuthWindow;
  /** Every IPC answer and pushed event payload, as JSON (secrecy tests search them). */
  ipcResponses: string[];
  /** The save dialog's twin: what the app saved, in one folder. */
  saveFile: FolderSaveFile;
  /** What the app told the desktop: notifications, tray states, the login item. */
  desktop: HarnessDesktop;
  /** Stops the browser, the dev server and the core (closing the cache cleanly). */
  stop(): Promise<void>;
}

/** The desktop twins attached to the harness's core. */
export interface HarnessDesktop {
  notifier: RecordingNotifier;
  tray: RecordingTray;
  loginItem: RecordingLoginItem;
  /** How often the app asked for its window to be shown. */
  windowShown: number;
}

let bridgeScript: Promise<string> | undefined;

/** The page-side bridge, bundled once per process. */
function bundleBridge(): Promise<string> {
  bridgeScript ??= esbuild({
    entryPoints: [join(root, 'tests/harness/bridge-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bridgeScript;
}

/** A running renderer server. */
interface RendererServer {
  origin: string;
  close(): Promise<void>;
}

function originOf(address: ReturnType<Server['address']> | undefined): string {
  if (!address || typeof address === 'string') throw new Error('Vite did not report its address.');
  return `http://127.0.0.1:${address.port}`;
}

/** Serves the real renderer on a free loopback port: Vite's dev server, or the production build. */
async function startRenderer(mode: 'dev' | 'built'): Promise<RendererServer> {
  const configFile = join(root, 'vite.config.ts');
  if (mode === 'built') {
    await viteBuild({ configFile, logLevel: 'error' });
    const server = await preview({
      configFile,
      preview: { host: '127.0.0.1', port: 0 },
      logLevel: 'error',
    });
    return { origin: originOf(server.httpServer.address()), close: () => server.close() };
  }
  const server = await createServer({
    configFile,
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    logLevel: 'error',
    clearScreen: false,
  });
  await server.listen();
  return { origin: originOf(server.httpServer?.address()), close: () => server.close() };
}

/** Launches the app and returns a handle; call `stop()` when done. */
export async function launchApp(options: LaunchOptions = {}): Promise<AppHandle> {
  const env = options.env ?? process.env;
  const config = loadConfig(env);
  const dataDir = options.dataDir ?? config.dataDir ?? mkdtempSync(join(tmpdir(), 'enalysis-'));
  mkdirSync(dataDir, { recursive: true });

  const [server, bridge] = await Promise.all([
    startRenderer(options.renderer ?? 'dev'),
    bundleBridge(),
  ]);
  const { origin } = server;
  const ipcResponses: string[] = [];
  let browser: Browser | undefined;
  let core: Core | undefined;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: options.headless ?? true,
      args: chromiumArgs,
    });
    const log = new MemoryLogger(options.echoLogs ?? false);
    const network = new ManualNetworkMonitor(options.online ?? true);
    const settingsStore = new ConfStore(dataDir, options.clock, log);
    // Sign-in popups are pages of their own, each in a fresh context, in the same browser.
    const authWindow = new PlaywrightAuthWindow(browser);
    const saveFile = new FolderSaveFile(options.savedFolder ?? join(dataDir, 'saved'));
    const printer = new PlaywrightPdfPrinter();
    const running = await createCore({
      saveFile,
      printer,
      dataDir,
      config,
      authWindow,
      fetch: options.fetch,
      settings: settingsStore,
      cipher: new AesGcmCipher(dataDir, { keyringProtected: !options.noKeyring }),
      network,
      log,
      clock: options.clock,
      forceDemo: options.forceDemo ?? false,
      kiosk: options.kiosk ?? false,
      version: '0.0.0-harness',
      platform: process.platform,
      demoProvider: options.demoProvider,
      providers: options.providers,
      startSync: options.startSync,
      updater: options.updater,
      systemLocale: options.systemLocale ?? { languages: ['en-US'], formats: 'en-US' },
      ...(options.systemLocale ? { locale: options.systemLocale.formats } : {}),
    });
    core = running;
    const desktop: HarnessDesktop = {
      notifier: new RecordingNotifier(),
      tray: new RecordingTray({
        open: () => {},
        refresh: () => {},
        togglePause: () => {},
        quit: () => {},
      }),
      loginItem: new RecordingLoginItem(),
      windowShown: 0,
    };
    const detachDesktop = attachDesktop(running, {
      notifier: desktop.notifier,
      tray: (menu) => (desktop.tray = new RecordingTray(menu)),
      loginItem: desktop.loginItem,
      zone: 'UTC',
      showWindow: () => desktop.windowShown++,
      quit: () => {},
    });
    if (options.startSync !== false && options.waitForSync !== false && network.isOnline()) {
      await running.scheduler.refreshNow();
    }

    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      colorScheme: options.colorScheme ?? 'light',
      // Screenshots and assertions should see charts at rest, not mid-animation.
      reducedMotion: 'reduce',
      acceptDownloads: true,
    });
    if (options.clock && options.pinBrowserClock !== false) {
      // The renderer's "updated 3 min ago" must agree with the core's clock.
      await context.clock.setFixedTime(options.clock.now() * 1000);
    }
    await context.exposeBinding(
      '__enalysisInvoke',
      async (source, channel: unknown, payload: unknown) => {
        // The same sender check main does: only the renderer's own origin may call in.
        if (new URL(source.frame.url()).origin !== origin) {
          return JSON.stringify({
            ok: false,
            error: { code: 'forbidden', message: 'This window may not call the app.' },
          });
        }
        const result = await running.dispatch(String(channel), payload);
        // Answers cross as JSON text: Playwright copies a large object value by value (1.5 s
        // for a 1,000-site portfolio), a string at once, much as Electron's IPC would.
        const json = JSON.stringify(result);
        ipcResponses.push(json);
        return json;
      },
    );
    await context.addInitScript({ content: bridge });
    printer.attach(context, origin);
    for (const script of options.initScripts ?? [])
      await context.addInitScript({ content: script });
    const page = await context.newPage();
    const unsubscribe = running.onEvent((event, payload) => {
      ipcResponses.push(JSON.stringify(payload));
      page
        .evaluate(([e, p]) => window.__enalysisEmit?.(e as never, p), [event, payload] as const)
        .catch(() => {});
    });

    const goto = (route = '#/') => gotoRoute(page, origin, route);

    const stop = async () => {
      unsubscribe();
      detachDesktop();
      await authWindow.close().catch(() => {});
      await browser?.close().catch(() => {});
      await server.close().catch(() => {});
      await running.stop();
    };
    return {
      page,
      context,
      core: running,
      network,
      log,
      settingsStore,
      config,
      dataDir,
      origin,
      authWindow,
      ipcResponses,
      saveFile,
      desktop,
      goto,
      stop,
    };
  } catch (error) {
    await browser?.close().catch(() => {});
    await server.close().catch(() => {});
    await core?.stop();
    throw error;
  }
}
