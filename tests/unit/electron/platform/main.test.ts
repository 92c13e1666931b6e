/**
 * The composition root, run for real against the electron mock: electron/main.ts starts the real
 * core (demo fleet, node:sqlite cache in a temporary folder) and wires it to one window.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { invokeChannels, ipcChannelName } from '../../../../shared/contract';
import { BrowserWindow, electronMock, FakeEvent, resetElectronMock } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));
// Both load the real electron at import time; main only needs their ordinary behaviour.
vi.mock('electron-log/main', () => ({
  default: {
    hooks: [],
    transports: { file: { level: 'info' } },
    errorHandler: { startCatching: () => {} },
    info: () => {},
    warn: () => {},
    error: () => {},
  },
}));
vi.mock('electron-store', () => ({
  default: class {
    private data = new Map<string, unknown>();
    get = (key: string) => this.data.get(key);
    set = (key: string, value: unknown) => this.data.set(key, value);
    delete = (key: string) => this.data.delete(key);
  },
}));

let dataDir: string;
let window: BrowserWindow;
const atReady = { privilegedSchemes: -1, sandboxCalls: -1 };
const savedArgv = process.argv;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'enalysis-main-'));
  resetElectronMock();
  electronMock.app.whenReady.mockImplementation(async () => {
    atReady.privilegedSchemes = electronMock.privilegedSchemes.length;
    atReady.sandboxCalls = electronMock.app.enableSandbox.mock.calls.length;
  });
  process.env.ENALYSIS_DATA_DIR = dataDir;
  process.argv = [...savedArgv.slice(0, 2), '--demo'];
  try {
    await import('../../../../electron/main');
    await vi.waitFor(() => expect(BrowserWindow.created).toHaveLength(1), { timeout: 10_000 });
  } finally {
    process.argv = savedArgv;
    delete process.env.ENALYSIS_DATA_DIR;
  }
  window = BrowserWindow.created[0]!;
});

afterAll(async () => {
  // Quit the way the OS would, so the core closes its database before the folder goes.
  electronMock.app.emit('before-quit', new FakeEvent());
  await vi.waitFor(() => expect(electronMock.app.quit).toHaveBeenCalled());
  await rm(dataDir, { recursive: true, force: true });
});

function trustedCall(channel: (typeof invokeChannels)[number], payload: unknown = {}) {
  const handler = electronMock.ipcHandlers.get(ipcChannelName(channel))!;
  return handler(
    {
      sender: { id: window.webContents.id },
      senderFrame: { url: 'app://enalysis/index.html', parent: null },
    },
    payload,
  ) as Promise<{ ok: boolean; value?: Record<string, unknown> }>;
}

describe('electron/main.ts', () => {
  it('enables the sandbox and registers app:// before ready', () => {
    expect(atReady).toEqual({ privilegedSchemes: 1, sandboxCalls: 1 });
  });

  it('keeps its data in ENALYSIS_DATA_DIR', () => {
    expect(electronMock.app.getPath('userData')).toBe(dataDir);
  });

  it('takes the single-instance lock', () => {
    expect(electronMock.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
  });

  it('locks down the default session: permissions denied, CSP on every response', () => {
    expect(
      electronMock.defaultSession.permissionCheckHandler?.({}, 'media', 'app://enalysis', {}),
    ).toBe(false);
    expect(electronMock.defaultSession.headersReceived).toBeTypeOf('function');
    expect(electronMock.protocolHandlers.has('app')).toBe(true);
  });

  it('opens one sandboxed window on app://enalysis with the bundled preload next to main', () => {
    expect(window.loadedUrl).toBe('app://enalysis/index.html');
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(path.basename((window.options.webPreferences as { preload: string }).preload)).toBe(
      'preload.cjs',
    );
  });

  it('answers every contract channel through the core', async () => {
    expect([...electronMock.ipcHandlers.keys()].sort()).toEqual(
      invokeChannels.map(ipcChannelName).sort(),
    );
    const info = await trustedCall('app.info');
    expect(info).toMatchObject({
      ok: true,
      value: { version: '0.0.0-test', dataDir, mode: 'demo', kiosk: false },
    });
    const portfolio = await trustedCall('portfolio.get');
    expect(portfolio.ok).toBe(true);
  });

  it('installs the menu and the About panel; Help → Copy diagnostics copies the core’s state', async () => {
    expect(electronMock.menuInstalled).toBe(true);
    expect(electronMock.app.setAboutPanelOptions).toHaveBeenCalledOnce();
    type Item = { label?: string; role?: string; submenu?: Item[]; click?: () => void };
    const help = (electronMock.menuTemplate as Item[]).find((item) => item.role === 'help');
    help?.submenu?.find((item) => item.label === 'Copy diagnostics')?.click?.();
    await vi.waitFor(() => expect(electronMock.clipboardText).toContain('"mode": "demo"'));
    expect(electronMock.clipboardText).toContain('(development build)');
  });

  it('leaves updates off in a development run', async () => {
    await expect(trustedCall('update.status')).resolves.toEqual({
      ok: true,
      value: { readyVersion: null, restarting: false },
    });
  });

  it('keeps watching from the tray when the window closes, and quits without the tray (not on macOS)', async () => {
    electronMock.app.quit.mockClear();
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(electronMock.notifications.map((n) => n.options.title)).toContain(
      'Enalysis keeps watching',
    );
    expect(electronMock.trays).toHaveLength(1);
    electronMock.app.emit('window-all-closed');
    expect(electronMock.app.quit).not.toHaveBeenCalled();
    expect((await trustedCall('settings.update', { closeToTray: false })).ok).toBe(true);
    electronMock.app.emit('window-all-closed');
    if (process.platform === 'darwin') expect(electronMock.app.quit).not.toHaveBeenCalled();
    else expect(electronMock.app.quit).toHaveBeenCalledOnce();
    electronMock.app.quit.mockClear();
  });

  it('holds the quit until the core has stopped, then quits for real', async () => {
    const event = new FakeEvent();
    electronMock.app.emit('before-quit', event);
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(electronMock.app.quit).toHaveBeenCalledOnce());
    const second = new FakeEvent();
    electronMock.app.emit('before-quit', second);
    expect(second.defaultPrevented).toBe(false);
  });
});
