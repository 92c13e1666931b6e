/**
 * A hand-written stand-in for the `electron` module (the real binary never runs on build
 * machines). Every platform test installs it with
 *   vi.mock('electron', () => import('./electron-mock'));
 * and inspects what the code under test handed to Electron through `electronMock`.
 * Call `resetElectronMock()` in `beforeEach`.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** A preventable Electron event, as listeners receive it. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(
    readonly url = '',
    readonly isMainFrame = true,
  ) {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

let nextId = 1;

/** A webContents: an emitter that remembers its window-open handler and what it sent. */
export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly send = vi.fn();
  /** What page scripts answer (the report layout's ready flag, for the printer). */
  scriptAnswer: unknown = true;
  readonly executeJavaScript = vi.fn(async (_code: string) => this.scriptAnswer);
  readonly printToPDF = vi.fn(async (_options: Record<string, unknown>) =>
    Buffer.from('%PDF-1.7 fake'),
  );
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  /** Fires a preventable event the way Chromium would; returns whether it was prevented. */
  attempt(
    eventName: 'will-navigate' | 'will-redirect' | 'will-attach-webview',
    url = '',
    isMainFrame = true,
  ): boolean {
    const event = new FakeEvent(url, isMainFrame);
    this.emit(eventName, event, url);
    return event.defaultPrevented;
  }
}

/** A BrowserWindow that records its constructor options. */
export class BrowserWindow extends EventEmitter {
  static readonly created: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  visible = false;
  destroyed = false;
  minimized = false;
  loadedUrl: string | null = null;
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.created.push(this);
  }
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
  }
  /** Destroying skips `close` handlers but still fires `closed`. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
  /** Closing fires a preventable `close`; unless prevented it destroys and fires `closed`. */
  close(): void {
    if (this.destroyed) return;
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.emit('closed');
  }
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.created.filter((window) => !window.destroyed);
  }
}

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

class FakeApp extends EventEmitter {
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

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

/** Encrypts by reversing and tagging, so a test can tell encrypted bytes from the plain text. */
const fakeCipherTag = 'enc:';

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

/** Forgets all recorded calls and handlers between tests. */
export function resetElectronMock(): void {
  electronMock = createState();
  BrowserWindow.created.length = 0;
  safeStorage.encryptStringAsync.mockClear();
  safeStorage.decryptStringAsync.mockClear();
  ipcRenderer.invoke.mockClear();
  shell.openExternal.mockClear();
  dialog.showSaveDialog.mockClear();
  dialog.showOpenDialog.mockClear();
}

// --- the module surface, as `import { … } from 'electron'` sees it --------------------------

/** `app`, delegating to the current state so a reset takes effect for already-imported code. */
export const app = new Proxy({} as FakeApp, {
  get: (_target, key) => {
    const value = Reflect.get(electronMock.app, key) as unknown;
    return typeof value === 'function'
      ? (value as (...args: unknown[]) => unknown).bind(electronMock.app)
      : value;
  },
});

export const session = {
  get defaultSession() {
    return electronMock.defaultSession;
  },
  fromPartition: (partition: string, options: Record<string, unknown> = {}) => {
    const created = new FakeSession(partition, options);
    electronMock.partitions.push(created);
    return created;
  },
};

export const ipcMain = {
  handle: (channel: string, handler: InvokeHandler) => {
    if (electronMock.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
    electronMock.ipcHandlers.set(channel, handler);
  },
  removeHandler: (channel: string) => {
    electronMock.ipcHandlers.delete(channel);
  },
  on: () => {},
};

export const ipcRenderer = {
  invoke: vi.fn(async (channel: string, payload: unknown) => ({
    ok: true,
    value: { channel, payload },
  })),
  on: (channel: string, listener: (...args: unknown[]) => void) => {
    electronMock.rendererListeners.on(channel, listener);
    return ipcRenderer;
  },
  removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
    electronMock.rendererListeners.removeListener(channel, listener);
    return ipcRenderer;
  },
  send: () => {},
  sendSync: () => undefined,
};

export const contextBridge = {
  exposeInMainWorld: (key: string, api: unknown) => {
    electronMock.exposed.set(key, api);
  },
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => {
    electronMock.privilegedSchemes.push(...schemes);
  },
  handle: (scheme: string, handler: (request: { url: string }) => unknown) => {
    electronMock.protocolHandlers.set(scheme, handler);
  },
};

export const shell = {
  openExternal: vi.fn(async (url: string) => {
    electronMock.openedExternally.push(url);
  }),
};

export const safeStorage = {
  isAsyncEncryptionAvailable: async () => electronMock.asyncEncryptionAvailable,
  getSelectedStorageBackend: () => electronMock.storageBackend,
  encryptStringAsync: vi.fn(async (plain: string) =>
    Buffer.from(fakeCipherTag + [...plain].reverse().join(''), 'utf8'),
  ),
  decryptStringAsync: vi.fn(async (encrypted: Buffer) => {
    const text = encrypted.toString('utf8');
    if (!text.startsWith(fakeCipherTag))
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
      );
    return {
      result: [...text.slice(fakeCipherTag.length)].reverse().join(''),
      shouldReEncrypt: electronMock.shouldReEncrypt,
    };
  }),
  encryptString: () => {
    throw new Error('the synchronous safeStorage API is deprecated and must not be used');
  },
  decryptString: () => {
    throw new Error('the synchronous safeStorage API is deprecated and must not be used');
  },
  isEncryptionAvailable: () => {
    throw new Error('the synchronous safeStorage API is deprecated and must not be used');
  },
};

export const net = {
  isOnline: () => electronMock.online,
};

export const powerMonitor = {
  on: (event: string, listener: (...args: unknown[]) => void) =>
    electronMock.powerMonitor.on(event, listener),
  off: (event: string, listener: (...args: unknown[]) => void) =>
    electronMock.powerMonitor.off(event, listener),
};

export const nativeTheme = {
  get shouldUseDarkColors() {
    return electronMock.darkTheme;
  },
};

export const dialog = {
  showErrorBox: vi.fn(),
  /** Answers like a person who picked `electronMock.saveDialogPath` (null: pressed Cancel). */
  showSaveDialog: vi.fn(async (..._args: unknown[]) =>
    electronMock.saveDialogPath === null
      ? { canceled: true, filePath: '' }
      : { canceled: false, filePath: electronMock.saveDialogPath },
  ),
  showOpenDialog: vi.fn(async (..._args: unknown[]) =>
    electronMock.saveDialogPath === null
      ? { canceled: true, filePaths: [] }
      : { canceled: false, filePaths: [electronMock.saveDialogPath] },
  ),
};

/** Menus keep their template (`items` for the tray); the application menu is recorded. */
export const Menu = {
  buildFromTemplate: <T>(template: T[]) => ({ template, items: template }),
  setApplicationMenu: (menu: { template: unknown[] } | null) => {
    electronMock.menuTemplate = menu?.template ?? null;
    electronMock.menuInstalled = menu !== null;
  },
};

export const clipboard = {
  writeText: (text: string) => {
    electronMock.clipboardText = text;
  },
};

/** A notification that records what it said and whether it was shown. */
export class Notification extends EventEmitter {
  shown = false;
  constructor(readonly options: { title: string; body: string }) {
    super();
  }
  static isSupported(): boolean {
    return electronMock.notificationsSupported;
  }
  show(): void {
    this.shown = true;
    electronMock.notifications.push(this);
  }
}

/** What `nativeImage.createFromBuffer` made: the bytes it was given. */
export const nativeImage = {
  createFromBuffer: (buffer: Buffer, options: Record<string, unknown> = {}) => ({
    buffer,
    options,
  }),
};

/** A tray icon recording its image, tooltip and menu. */
export class Tray extends EventEmitter {
  image: unknown;
  tooltip = '';
  menu: {
    items: { label?: string; type?: string; click?: () => void; enabled?: boolean }[];
  } | null = null;
  destroyed = false;
  constructor(image: unknown) {
    super();
    this.image = image;
    electronMock.trays.push(this);
  }
  setImage(image: unknown): void {
    this.image = image;
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setContextMenu(menu: Tray['menu']): void {
    this.menu = menu;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

export default {
  app,
  session,
  ipcMain,
  ipcRenderer,
  contextBridge,
  protocol,
  shell,
  safeStorage,
  net,
  powerMonitor,
  nativeTheme,
  dialog,
  BrowserWindow,
  Menu,
  clipboard,
  Notification,
  nativeImage,
  Tray,
};
