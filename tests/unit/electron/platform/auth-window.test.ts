import { beforeEach, describe, expect, it } from 'vitest';
import { OAuthTimeoutError } from '../../../../electron/oauth/errors';
import { silentLogger } from '../../../../electron/ports';
import type { BrowserWindow } from './electron-mock';
import { electronMock, resetElectronMock } from './electron-mock';
import { vi } from 'vitest';

vi.mock('electron', () => import('./electron-mock'));

const { BrowserWindow: MockWindow } = await import('./electron-mock');
const { ElectronAuthWindow, UnsafeAuthUrlError } =
  await import('../../../../electron/platform/auth-window');

const authorizeUrl =
  'https://api.enphaseenergy.com/oauth/authorize?response_type=code&client_id=c&redirect_uri=x&state=s';
const redirectUri = 'https://relay.enalysis.app/oauth/enphase/callback';

function openPopup(timeoutMs = 60_000, extraOrigins?: string[]) {
  const port = new ElectronAuthWindow({ log: silentLogger, extraOrigins });
  const result = port.open(authorizeUrl, redirectUri, { timeoutMs });
  const window = MockWindow.created.at(-1) as unknown as BrowserWindow;
  return { result, window, contents: window.webContents };
}

beforeEach(() => resetElectronMock());

describe('ElectronAuthWindow', () => {
  it('gives every attempt its own in-memory partition', () => {
    openPopup();
    openPopup();
    const [first, second] = electronMock.partitions;
    expect(first?.partition).toMatch(/^oauth-[0-9a-f-]{36}$/);
    expect(second?.partition).toMatch(/^oauth-[0-9a-f-]{36}$/);
    expect(first?.partition).not.toBe(second?.partition);
    for (const made of electronMock.partitions)
      expect(made.partition.startsWith('persist:')).toBe(false);
  });

  it('runs the window on that session: sandboxed, isolated, no Node, no preload', () => {
    const { window } = openPopup();
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    expect(prefs.preload).toBeUndefined();
    expect(prefs.session).toBe(electronMock.partitions[0]);
    expect(window.loadedUrl).toBe(authorizeUrl);
  });

  it('has no DevTools in release builds', () => {
    electronMock.app.isPackaged = true;
    expect(openPopup().window.options.webPreferences).toMatchObject({ devTools: false });
    electronMock.app.isPackaged = false;
    expect(openPopup().window.options.webPreferences).toMatchObject({ devTools: true });
  });

  it('denies every permission on the sign-in session', () => {
    openPopup();
    const made = electronMock.partitions[0]!;
    const answers: boolean[] = [];
    made.permissionRequestHandler?.(null, 'media', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(made.permissionCheckHandler?.()).toBe(false);
  });

  it.each(['will-navigate', 'will-redirect'] as const)(
    'on %s to the redirect URI: cancels the load, resolves with the URL, closes the window',
    async (eventName) => {
      const { result, window, contents } = openPopup();
      const target = `${redirectUri}?code=abc&state=s`;
      expect(contents.attempt(eventName, target)).toBe(true);
      await expect(result).resolves.toBe(target);
      expect(window.isDestroyed()).toBe(true);
      expect(electronMock.partitions[0]?.clearStorageData).toHaveBeenCalled();
    },
  );

  it('a sub-frame heading for the redirect URI is stopped but does not count as the answer', async () => {
    const { result, window, contents } = openPopup();
    expect(contents.attempt('will-redirect', `${redirectUri}?code=framed&state=s`, false)).toBe(
      true,
    );
    expect(window.isDestroyed()).toBe(false);
    window.close();
    await expect(result).resolves.toBeNull();
  });

  it.each([
    ['the login page itself', 'https://api.enphaseenergy.com/oauth/authorize?x', false],
    ['an extra login origin', 'https://enlighten.enphaseenergy.com/login', false],
    ['another site', 'https://evil.example/phish', true],
    ['a lookalike', 'https://api.enphaseenergy.com.evil.example/', true],
    ['plain http of the login host', 'http://api.enphaseenergy.com/', true],
    ['a file', 'file:///etc/passwd', true],
    ['a sibling path on the relay', 'https://relay.enalysis.app/oauth/tesla/callback', true],
  ])('navigating to %s: prevented = %s', (_label, url, prevented) => {
    const { contents } = openPopup(60_000, ['https://enlighten.enphaseenergy.com']);
    expect(contents.attempt('will-navigate', url)).toBe(prevented);
    expect(contents.attempt('will-redirect', url)).toBe(prevented);
  });

  it('denies every new window and <webview>', () => {
    const { contents } = openPopup();
    expect(contents.windowOpenHandler?.({ url: 'https://api.enphaseenergy.com/help' })).toEqual({
      action: 'deny',
    });
    expect(contents.attempt('will-attach-webview')).toBe(true);
  });

  it('resolves null when the user closes the window', async () => {
    const { result, window } = openPopup();
    window.close();
    await expect(result).resolves.toBeNull();
  });

  it('closes the window and rejects with OAuthTimeoutError at the deadline', async () => {
    const { result, window } = openPopup(20);
    await expect(result).rejects.toBeInstanceOf(OAuthTimeoutError);
    expect(window.isDestroyed()).toBe(true);
  });

  it('the first outcome wins: a close after the answer changes nothing', async () => {
    const { result, window, contents } = openPopup();
    contents.attempt('will-redirect', `${redirectUri}?code=abc&state=s`);
    window.close();
    await expect(result).resolves.toContain('code=abc');
  });

  it('refuses an authorize URL that is not a web address, opening nothing', async () => {
    const port = new ElectronAuthWindow({ log: silentLogger });
    await expect(port.open('file:///x', redirectUri, { timeoutMs: 1000 })).rejects.toBeInstanceOf(
      UnsafeAuthUrlError,
    );
    expect(MockWindow.created).toHaveLength(0);
  });
});
