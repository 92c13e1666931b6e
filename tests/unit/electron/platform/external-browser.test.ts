import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, resetElectronMock } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

const { ElectronExternalBrowser, UnsafeExternalUrlError, isOpenableExternally } =
  await import('../../../../electron/platform/external-browser');

beforeEach(() => resetElectronMock());

describe('isOpenableExternally', () => {
  it.each([
    ['https://api.enphaseenergy.com/oauth/authorize?x=1', true],
    ['http://127.0.0.1:4100/oauth/authorize', true],
    ['http://localhost:4100/', false],
    ['http://api.enphaseenergy.com/', false],
    ['https://user:pw@api.enphaseenergy.com/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['enalysis://oauth/callback', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isOpenableExternally(url)).toBe(expected);
  });
});

describe('ElectronExternalBrowser', () => {
  it('hands https URLs to the OS browser', async () => {
    await new ElectronExternalBrowser().openExternal(
      'https://api.enphaseenergy.com/oauth/authorize?s=1',
    );
    expect(electronMock.openedExternally).toEqual([
      'https://api.enphaseenergy.com/oauth/authorize?s=1',
    ]);
  });

  it('refuses anything else without calling the shell', async () => {
    await expect(
      new ElectronExternalBrowser().openExternal('file:///etc/passwd'),
    ).rejects.toBeInstanceOf(UnsafeExternalUrlError);
    expect(electronMock.openedExternally).toEqual([]);
  });
});
