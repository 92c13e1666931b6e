/**
 * Composition root of the Electron main process: reads the launch switches, claims the single
 * instance, locks down sessions and navigation, builds the Electron-backed ports, starts the core
 * (everything that does not need Electron) and connects it to the one window through IPC.
 */
import path from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { loadConfig } from './config';
import { createCore, type Core } from './core';
import { attachDesktop } from './desktop/attach';
import { handleDeepLink } from './oauth/deep-link';
import { ElectronAuthWindow } from './platform/auth-window';
import { ElectronExternalBrowser } from './platform/external-browser';
import { ManualNetworkMonitor, systemClock } from './ports';
import { deepLinkFromArgv } from './platform/deep-link';
import { parseLaunchFlags } from './platform/launch-flags';
import { createElectronLogger } from './platform/logger';
import { createMainWindow, guardEveryWebContents } from './platform/main-window';
import { originOf, PRODUCTION_APP_ORIGIN } from './platform/navigation-policy';
import { keepInTray } from './platform/keep-in-tray';
import { createLoginItem, HIDDEN_FLAG } from './platform/login-item';
import { createNetworkMonitor, type StoppableNetworkMonitor } from './platform/network-monitor';
import { ElectronPdfPrinter } from './platform/print-to-pdf';
import { createElectronNotifier } from './platform/notifier';
import { registerIpc } from './platform/ipc';
import { copyDiagnostics, installAppMenu, setAboutPanel } from './platform/menu';
import { lockDownPermissions } from './platform/permissions';
import {
  applyContentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  handleAppProtocol,
  registerAppScheme,
} from './platform/protocol';
import { SafeStorageCipher } from './platform/safe-storage-cipher';
import { ElectronSaveFile } from './platform/save-file';
import { createSettingsStore } from './platform/settings-store';
import { createElectronTray } from './platform/tray';
import { claimSingleInstance, logDeepLink } from './platform/single-instance';
import { createUpdater, updateFeedFor } from './platform/updater';
import { readSystemLocale } from './platform/system-locale';
import { updateModeOf } from './update/policy';

/** How long quitting waits for the core to flush and close the cache. */
const STOP_TIMEOUT_MS = 5_000;

const flags = parseLaunchFlags(process.argv);
// Before anything touches userData (the log, the settings file, Chromium's profile).
if (process.env.ENALYSIS_DATA_DIR)
  app.setPath('userData', path.resolve(process.env.ENALYSIS_DATA_DIR));
app.enableSandbox();
registerAppScheme();

const log = createElectronLogger();
// A packaged app never follows an environment variable to another page.
const devServerUrl = app.isPackaged ? undefined : process.env.VITE_DEV_SERVER_URL;
const appOrigin = (devServerUrl && originOf(devServerUrl)) || PRODUCTION_APP_ORIGIN;
const startUrl = devServerUrl ?? `${PRODUCTION_APP_ORIGIN}/index.html`;
// The bundles sit in dist/electron/, the built renderer in dist/renderer/.
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererDir = path.join(__dirname, '..', 'renderer');

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let network: StoppableNetworkMonitor | ManualNetworkMonitor | null = null;
let disposeIpc: (() => void) | null = null;
let detachDesktop: (() => void) | null = null;
let quitting = false;
/** Opened once, before the core: the tray keeps its first-close notice here too. */
const settingsStore = createSettingsStore(app.getPath('userData'), systemClock, log);
/** Must equal electron-builder.yml's appId: Windows shows notifications only for it. */
const APP_USER_MODEL_ID = 'com.enalysis.desktop';
const logUnknownLink = logDeepLink(log);
/** A system-browser sign-in answer completes its attempt; anything else is only logged. */
const onDeepLink = (link: URL): void => {
  if (!handleDeepLink(link)) logUnknownLink(link);
};

function showWindow(): void {
  if (!mainWindow) openWindow();
  mainWindow?.show();
  mainWindow?.focus();
}

function openWindow(show = true): void {
  const window = createMainWindow({ preloadPath, appOrigin, kiosk: flags.kiosk, log, show });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  window.loadURL(startUrl).catch((error: unknown) => {
    log.error('the window could not load the app', { error: String(error) });
  });
}

/** Help → Copy diagnostics: the core's own answers (already free of secrets), redacted again. */
async function copyDiagnosticsNow(): Promise<void> {
  const running = core;
  const answer = async (channel: string) => {
    const result = running ? await running.dispatch(channel, {}) : null;
    return result?.ok ? (result.value as Record<string, unknown>) : null;
  };
  await copyDiagnostics(
    { appInfo: await answer('app.info'), settings: await answer('settings.get') },
    log,
  );
}

async function start(): Promise<void> {
  setAboutPanel();
  installAppMenu({
    kiosk: flags.kiosk,
    onCopyDiagnostics: () => {
      copyDiagnosticsNow().catch((error: unknown) => {
        log.warn('could not copy diagnostics', { error: String(error) });
      });
    },
  });
  lockDownPermissions(log);
  handleAppProtocol(rendererDir, log);
  applyContentSecurityPolicy(
    session.defaultSession,
    devServerUrl ? devContentSecurityPolicy(appOrigin) : CONTENT_SECURITY_POLICY,
  );
  const cipher = new SafeStorageCipher(process.platform);
  if (!cipher.keyringProtected)
    log.warn('no OS keyring: saved sign-ins are not protected (basic_text)');
  network = flags.offline ? new ManualNetworkMonitor(false) : createNetworkMonitor();
  const printer = new ElectronPdfPrinter({
    preloadPath,
    appOrigin,
    pageUrl: startUrl,
    log,
  });
  const feed = updateFeedFor(process.env, process.resourcesPath);
  const updates = updateModeOf({ isPackaged: app.isPackaged, feed });
  if (!updates.on) log.info('app updates are off', { reason: updates.reason });
  const systemLocale = readSystemLocale();
  core = await createCore({
    dataDir: app.getPath('userData'),
    config: loadConfig(process.env, { packaged: app.isPackaged }),
    authWindow: new ElectronAuthWindow({ log, parent: () => mainWindow }),
    externalBrowser: new ElectronExternalBrowser(),
    settings: settingsStore,
    cipher,
    network,
    log,
    forceDemo: flags.demo,
    kiosk: flags.kiosk,
    version: app.getVersion(),
    platform: process.platform,
    locale: systemLocale.formats,
    systemLocale,
    saveFile: new ElectronSaveFile(() => mainWindow),
    printer,
    updater: updates.on ? createUpdater(updates.feed, log) : undefined,
    quotaLeases: true,
  });
  disposeIpc = registerIpc({
    core,
    getWindow: () => mainWindow,
    appOrigin,
    log,
    isPrintWindow: (id) => printer.isPrintWindow(id),
  });
  const running = core;
  const notifier = createElectronNotifier(APP_USER_MODEL_ID);
  detachDesktop = attachDesktop(running, {
    notifier,
    tray: createElectronTray,
    loginItem: createLoginItem(),
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    showWindow,
    quit: () => app.quit(),
  });
  // A start at login opens in the tray (when the tray is kept).
  openWindow(!(process.argv.includes(HIDDEN_FLAG) && running.settings.get().closeToTray));
  if (mainWindow && !flags.kiosk) {
    keepInTray(mainWindow, {
      enabled: () => running.settings.get().closeToTray,
      quitting: () => quitting,
      store: settingsStore,
      notifier,
      words: running.words,
      show: showWindow,
    });
  }
  const link = deepLinkFromArgv(process.argv);
  if (link) onDeepLink(link);
}

async function stop(running: Core): Promise<void> {
  detachDesktop?.();
  disposeIpc?.();
  if (network && 'stop' in network) network.stop();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      log.warn('the core did not stop in time; quitting anyway');
      resolve();
    }, STOP_TIMEOUT_MS);
  });
  await Promise.race([running.stop(), timeout]).catch((error: unknown) => {
    log.error('the core failed to stop cleanly', { error: String(error) });
  });
  clearTimeout(timer);
}

function main(): void {
  if (!claimSingleInstance(() => mainWindow, onDeepLink, log)) {
    app.quit();
    return;
  }
  guardEveryWebContents(log);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      log.error('startup failed', { error: message });
      dialog.showErrorBox('Enalysis could not start', message);
      app.exit(1);
    });

  let stopping = false;
  app.on('before-quit', (event) => {
    quitting = true;
    const running = core;
    if (!running) return;
    // Hold the quit until the cache is closed, then quit for real.
    event.preventDefault();
    if (stopping) return;
    stopping = true;
    void stop(running).finally(() => {
      core = null;
      app.quit();
    });
  });
  app.on('window-all-closed', () => {
    // With the tray kept, a closed window only hides; without it, closing quits (not on macOS).
    if (process.platform !== 'darwin' && !core?.settings.get().closeToTray) app.quit();
  });
  app.on('activate', () => {
    if (core && !mainWindow) openWindow();
  });
}

main();
