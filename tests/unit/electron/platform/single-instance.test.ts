import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../../electron/ports';
import { BrowserWindow, electronMock, FakeEvent, resetElectronMock } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

const { claimSingleInstance, logDeepLink } =
  await import('../../../../electron/platform/single-instance');

const log = (): Logger => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });

beforeEach(() => resetElectronMock());

describe('claimSingleInstance', () => {
  it('tells the caller to quit when another copy holds the lock', () => {
    electronMock.app.requestSingleInstanceLock.mockReturnValue(false);
    expect(claimSingleInstance(() => null, vi.fn(), log())).toBe(false);
    expect(electronMock.app.listenerCount('second-instance')).toBe(0);
  });

  it('registers the enalysis:// scheme with the OS', () => {
    expect(claimSingleInstance(() => null, vi.fn(), log())).toBe(true);
    expect(electronMock.app.setAsDefaultProtocolClient).toHaveBeenCalledOnce();
    expect(electronMock.app.setAsDefaultProtocolClient.mock.calls[0]?.[0]).toBe('enalysis');
  });

  it('brings the existing window back when the app is launched again', () => {
    const window = new BrowserWindow({});
    window.minimized = true;
    claimSingleInstance(() => window as never, vi.fn(), log());
    electronMock.app.emit('second-instance', new FakeEvent(), ['/opt/Enalysis/enalysis']);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(window.visible).toBe(true);
  });

  it('forwards a deep link from a second launch (Windows, Linux)', () => {
    const onDeepLink = vi.fn();
    claimSingleInstance(() => null, onDeepLink, log());
    electronMock.app.emit('second-instance', new FakeEvent(), [
      'enalysis.exe',
      '--flag',
      'enalysis://oauth/callback?code=abc&state=xyz',
    ]);
    expect(onDeepLink).toHaveBeenCalledOnce();
    expect(String(onDeepLink.mock.calls[0]![0])).toBe(
      'enalysis://oauth/callback?code=abc&state=xyz',
    );
  });

  it('forwards a deep link from open-url (macOS) and ignores other schemes', () => {
    const onDeepLink = vi.fn();
    claimSingleInstance(() => null, onDeepLink, log());
    const event = new FakeEvent();
    electronMock.app.emit('open-url', event, 'enalysis://oauth/callback?code=abc');
    electronMock.app.emit('open-url', new FakeEvent(), 'https://evil.example/');
    expect(event.defaultPrevented).toBe(true);
    expect(onDeepLink).toHaveBeenCalledOnce();
  });
});

describe('logDeepLink', () => {
  it('logs scheme, host and path but never the query', () => {
    const logger = log();
    logDeepLink(logger)(new URL('enalysis://oauth/callback?code=SECRETCODE&state=SECRETSTATE'));
    expect(logger.info).toHaveBeenCalledExactlyOnceWith('deep link received', {
      link: 'enalysis://oauth/callback',
    });
    expect(JSON.stringify(vi.mocked(logger.info).mock.calls)).not.toMatch(/SECRET/);
  });
});
