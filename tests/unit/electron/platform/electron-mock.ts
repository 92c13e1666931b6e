/**
 * A hand-written stand-in for the `electron` module (the real binary never runs on build
 * machines). Every platform test installs it with
 *   vi.mock('electron', () => import('./electron-mock'));
 * and inspects what the code under test handed to Electron through `electronMock`.
 * Call `resetElectronMock()` in `beforeEach`.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import { clearDesktopMocks, desktopSurface } from './electron-mock-desktop';
import type { FakeApp } from './electron-mock-state';
import {
  electronMock,
  FakeSession,
  renewElectronMockState,
  type InvokeHandler,
} from './electron-mock-state';

export { electronMock, FakeSession } from './electron-mock-state';
export {
  clipboard,
  dialog,
  Menu,
  nativeImage,
  nativeTheme,
  Notification,
  Tray,
} from './electron-mock-desktop';

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

/** Encrypts by reversing and tagging, so a test can tell encrypted bytes from the plain text. */
const fakeCipherTag = 'enc:';

/** Forgets all recorded calls and handlers between tests. */
export function resetElectronMock(): void {
  renewElectronMockState();
  BrowserWindow.created.length = 0;
  safeStorage.encryptStringAsync.mockClear();
  safeStorage.decryptStringAsync.mockClear();
  ipcRenderer.invoke.mockClear();
  shell.openExternal.mockClear();
  clearDesktopMocks();
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
  BrowserWindow,
  ...desktopSurface,
};
