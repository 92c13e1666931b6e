/**
 * The one state every part of the `electron` stand-in records into (electron-mock.ts for
 * windows, sessions, IPC and storage; electron-mock-desktop.ts for the desktop twins:
 * notifications, tray, menus, dialogs), replaced wholesale between tests.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { Notification, Tray } from './electron-mock-desktop';

/** A session with the handlers the app installs. */
export class FakeSession {
  constructor(
    readonly partition = '',
    readonly options: Record<string, unknown> = {},
  ) {}
  readonly clearStorageData = vi.fn(async () => {});
  permissionRequestHandler: ((...args: unknown[]) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  headersReceived: ((details: unknown, callback: (response: unknown) => void) => void) | null =
    null;
  setPermissionRequestHandler(handler: (...args: unknown[]) => void): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean): void {
    this.devicePermissionHandler = handler;
  }
  readonly webRequest = {
    onHeadersReceived: (
      handler: (details: unknown, callback: (response: unknown) => void) => void,
    ) => {
      this.headersReceived = handler;
    },
  };
}

/** The `app` object: paths, lifecycle calls and the login item, recorded. */
export class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly paths = new Map<string, string>([['userData', '/tmp/enalysis-test-user-data']]);
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly setAsDefaultProtocolClient = vi.fn((..._args: unknown[]) => true);
  readonly enableSandbox = vi.fn();
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly whenReady = vi.fn(async () => {});
  readonly setAboutPanelOptions = vi.fn((_options: Record<string, unknown>) => {});
  readonly setLoginItemSettings = vi.fn((_settings: Record<string, unknown>) => {});
  readonly setAppUserModelId = vi.fn((_id: string) => {});
  getPath(name: string): string {
    return this.paths.get(name) ?? `/tmp/enalysis-test-${name}`;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  getLocale(): string {
    return 'en-US';
  }
  /** What the OS reports; tests set these to imitate a German or British computer. */
  preferredSystemLanguages: string[] = ['en-US'];
  systemLocale = 'en-US';
  getPreferredSystemLanguages(): string[] {
    return this.preferredSystemLanguages;
  }
  getSystemLocale(): string {
    return this.systemLocale;
  }
}

/** An `ipcMain.handle` handler. */
export type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

/** A fresh, empty record of everything the mock sees. */
function createState() {
  const app = new FakeApp();
  const defaultSession = new FakeSession();
  const ipcHandlers = new Map<string, InvokeHandler>();
  const rendererListeners = new EventEmitter();
  const exposed = new Map<string, unknown>();
  const protocolHandlers = new Map<string, (request: { url: string }) => unknown>();
  return {
    app,
    defaultSession,
    ipcHandlers,
    rendererListeners,
    exposed,
    protocolHandlers,
    privilegedSchemes: [] as unknown[],
    openedExternally: [] as string[],
    /** Every session made with `session.fromPartition`, in order. */
    partitions: [] as FakeSession[],
    online: true,
    storageBackend: 'gnome_libsecret' as string,
    asyncEncryptionAvailable: true,
    shouldReEncrypt: false,
    darkTheme: false,
    powerMonitor: new EventEmitter(),
    /** Where the save or folder dialog answers (null: the person cancels). */
    saveDialogPath: null as string | null,
    /** The template handed to Menu.buildFromTemplate last, and whether it was installed. */
    menuTemplate: null as unknown[] | null,
    menuInstalled: false,
    clipboardText: null as string | null,
    notificationsSupported: true,
    /** Every Notification shown, in order. */
    notifications: [] as Notification[],
    /** Every Tray made, in order. */
    trays: [] as Tray[],
  };
}

/** Everything the mock recorded; replaced wholesale by `resetElectronMock()`. */
export let electronMock = createState();

/** Starts a fresh record (resetElectronMock in electron-mock.ts also clears the spies). */
export function renewElectronMockState(): void {
  electronMock = createState();
}
