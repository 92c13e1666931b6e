import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetElectronMock } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));
const { keepInTray } = await import('../../../../electron/platform/keep-in-tray');
const { createWords } = await import('../../../../electron/i18n/words');

beforeEach(() => resetElectronMock());

function setup(enabled: boolean, quitting = false, language: 'en' | 'de' = 'en') {
  const window = new BrowserWindow({});
  window.show();
  const values = new Map<string, unknown>();
  const store = {
    get: <T>(key: string) => values.get(key) as T | undefined,
    set: (key: string, value: unknown) => void values.set(key, value),
    delete: (key: string) => void values.delete(key),
  };
  const notes: string[] = [];
  const notifier = { notify: (m: { title: string }) => void notes.push(m.title) };
  keepInTray(window as never, {
    enabled: () => enabled,
    quitting: () => quitting,
    store,
    notifier,
    words: createWords(() => ({ language, formats: language })),
    show: () => {},
  });
  return { window, notes };
}

describe('keep in tray', () => {
  it('closing hides the window and says so the first time only', () => {
    const { window, notes } = setup(true);
    window.close();
    expect([window.visible, window.isDestroyed()]).toEqual([false, false]);
    window.show();
    window.close();
    expect(notes).toEqual(['Enalysis keeps watching']);
  });

  it('says it in German when that is the language', () => {
    const { window, notes } = setup(true, false, 'de');
    window.close();
    expect(notes).toEqual(['Enalysis überwacht weiter']);
  });

  it.each([
    ['the setting is off', false, false],
    ['the user quits', true, true],
  ])('closing really closes when %s', (_n, enabled, quitting) => {
    const { window, notes } = setup(enabled, quitting);
    window.close();
    expect(window.isDestroyed()).toBe(true);
    expect(notes).toEqual([]);
  });
});
