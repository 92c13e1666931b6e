/**
 * The ports through which plain-Node services reach the outside world. Electron-backed
 * implementations live in electron/platform/; test implementations in tests/harness/.
 */
import type { SettingsRecovery } from './settings-file';

/** Wall clock in epoch seconds; tests move it by hand. */
export interface Clock {
  now(): number;
}

/** The real clock. */
export const systemClock: Clock = { now: () => Math.floor(Date.now() / 1000) };

/** Structured logging; implementations redact secrets before writing. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** A logger that drops everything (tests that do not look at logs). */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** Encrypts secrets at rest: safeStorage in the app, AES-GCM in tests. */
export interface Cipher {
  /** False on Linux's basic_text backend, where "encryption" uses a hard-coded key. */
  readonly keyringProtected: boolean;
  encrypt(plain: string): Promise<string>;
  /** Resolves the plain text and whether the blob should be re-encrypted and saved again. */
  decrypt(blob: string): Promise<{ plain: string; shouldReEncrypt: boolean }>;
}

/** Small JSON settings store: electron-store in the app, conf in tests. */
export interface KeyValueStore {
  /** Set when the file was unreadable at open and was moved aside (the store started empty). */
  readonly recovery?: SettingsRecovery | null;
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

/** Whether the OS thinks we are online, and when that changes (powerMonitor/net in the app). */
export interface NetworkMonitor {
  isOnline(): boolean;
  onChange(listener: (online: boolean) => void): () => void;
}

/** A network monitor that can be flipped by hand (harness, tests, and the --offline flag). */
export class ManualNetworkMonitor implements NetworkMonitor {
  private listeners = new Set<(online: boolean) => void>();
  constructor(private online = true) {}
  isOnline(): boolean {
    return this.online;
  }
  set(online: boolean): void {
    if (online === this.online) return;
    this.online = online;
    for (const listener of this.listeners) listener(online);
  }
  onChange(listener: (online: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * The popup sign-in window: Electron's BrowserWindow in the app (electron/platform/), a
 * Playwright page in the harness. It opens `url`, and resolves with the full URL of the first
 * navigation or redirect to `redirectUri` (same origin and path; that load is cancelled and the
 * window closed), or null when the user closes the window first.
 */
export interface AuthWindowPort {
  open(url: string, redirectUri: string, options: { timeoutMs: number }): Promise<string | null>;
}

/** Opens a URL in the user's browser (the RFC 8252 alternative to the popup). */
export interface ExternalBrowserPort {
  openExternal(url: string): Promise<void>;
}

/** Kinds of file the app writes for the user, each with its extension and dialog filter. */
export type SavedFileKind = 'csv' | 'xlsx' | 'pdf';

/**
 * Writes a file the user asked for: Electron's save dialog plus fs in the app, a fixed folder in
 * the harness. The renderer never names a path: main suggests a file name, the person (or the
 * test folder) decides where it goes.
 */
export interface SaveFilePort {
  /** Resolves the saved file's name, or null when the person cancelled the dialog. */
  save(suggestedName: string, kind: SavedFileKind, bytes: Uint8Array): Promise<string | null>;
  /** Writes into a folder chosen earlier (monthly reports); resolves the full path written. */
  saveInto(folder: string, fileName: string, bytes: Uint8Array): Promise<string>;
  /** Asks for a folder (monthly reports); null when cancelled. */
  chooseFolder(): Promise<string | null>;
}

/**
 * Prints a page of the app to PDF: a hidden window and webContents.printToPDF in the app,
 * Chromium's page.pdf() in the harness. The route is one of the app's own hash routes.
 */
export interface PdfPrinterPort {
  /** Renders `hashRoute` (e.g. `#/report?scope=fleet&period=2026-11`), waits until it says it is ready, prints. */
  print(hashRoute: string): Promise<Uint8Array>;
}

/**
 * Finds, downloads and installs app updates: electron-updater in the app
 * (electron/platform/updater.ts), an in-memory twin in tests.
 */
export interface UpdaterPort {
  /**
   * Asks the feed for a newer version and downloads it in the background; resolves the version
   * now ready to install, or null when the app is up to date. Rejects when the feed cannot be
   * read or the download does not match the feed's checksum.
   */
  checkAndDownload(): Promise<string | null>;
  /** Quits and runs the downloaded installer (the quit path closes the cache first). */
  quitAndInstall(): void;
}

/** One desktop notification; `onClick` runs when the user clicks it. */
export interface NotifierPort {
  notify(message: { title: string; body: string }, onClick: () => void): void;
}

/** What the tray icon shows: the fleet's alert state. */
export type TrayState = 'fine' | 'warning' | 'fault';

/** The tray menu's commands. */
export interface TrayMenuActions {
  open(): void;
  refresh(): void;
  /** Pauses refreshing, or resumes it when paused (one menu item that says which). */
  togglePause(): void;
  quit(): void;
}

/** The tray menu's words (in the user's language) and whether refreshing is paused. */
export interface TrayMenuLabels {
  open: string;
  refresh: string;
  /** What the pause item will do: "Pause refreshing" or "Resume refreshing". */
  pause: string;
  quit: string;
  /** Refreshing is paused ("Refresh now" is then disabled). */
  paused: boolean;
}

/** The tray icon (Electron's Tray in the app, a recording twin in the harness). */
export interface TrayPort {
  show(state: TrayState, tooltip: string): void;
  /** Builds the menu again with these words (the pause changed, or the language). */
  setMenu(labels: TrayMenuLabels): void;
  destroy(): void;
}

/** Whether the OS starts the app when the user logs in. */
export interface LoginItemPort {
  setOpenAtLogin(open: boolean): void;
}
