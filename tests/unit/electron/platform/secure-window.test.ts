import { beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../../electron/ports';
import type { BrowserWindow } from './electron-mock';
import { electronMock, resetElectronMock } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

const { BrowserWindow: MockWindow } = await import('./electron-mock');
const { createSecureWindow } = await import('../../../../electron/platform/secure-window');
const { createMainWindow } = await import('../../../../electron/platform/main-window');
const { ElectronAuthWindow } = await import('../../../../electron/platform/auth-window');

beforeEach(() => resetElectronMock());

function preferencesOf(window: unknown): Record<string, unknown> {
  return { ...((window as BrowserWindow).options.webPreferences as Record<string, unknown>) };
}

describe('createSecureWindow', () => {
  it('keeps the frame options and lets no caller pass web settings of its own', () => {
    const window = createSecureWindow({ width: 300, height: 200, title: 'x' });
    expect((window as unknown as BrowserWindow).options).toMatchObject({
      width: 300,
      height: 200,
      title: 'x',
    });
    expect(preferencesOf(window)).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(preferencesOf(window).preload).toBeUndefined();
    expect(preferencesOf(window)).not.toHaveProperty('session');
  });

  it('gives the main window and a sign-in popup the same settings but for preload and session', () => {
    const main = createMainWindow({
      preloadPath: '/app/preload.cjs',
      appOrigin: 'app://enalysis',
      kiosk: false,
      log: silentLogger,
    });
    void new ElectronAuthWindow({ log: silentLogger }).open(
      'https://login.example/authorize',
      'https://relay.example/cb',
      { timeoutMs: 60_000 },
    );
    const popup = MockWindow.created.at(-1);
    const { preload, ...mainRest } = preferencesOf(main);
    const { session, preload: popupPreload, ...popupRest } = preferencesOf(popup);
    expect(preload).toBe('/app/preload.cjs');
    expect(popupPreload).toBeUndefined();
    expect(session).toBe(electronMock.partitions[0]);
    expect(popupRest).toEqual(mainRest);
  });
});
