import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, resetElectronMock } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));
const { readSystemLocale } = await import('../../../../electron/platform/system-locale');

beforeEach(() => resetElectronMock());

describe('system locale', () => {
  it('passes on the preferred languages and the regional format locale separately', () => {
    electronMock.app.preferredSystemLanguages = ['en-GB', 'de-DE'];
    electronMock.app.systemLocale = 'de-DE';
    expect(readSystemLocale()).toEqual({ languages: ['en-GB', 'de-DE'], formats: 'de-DE' });
  });

  it("falls back to Chromium's UI locale when the OS reports nothing", () => {
    electronMock.app.preferredSystemLanguages = [''];
    electronMock.app.systemLocale = '';
    expect(readSystemLocale()).toEqual({ languages: ['en-US'], formats: 'en-US' });
  });
});
