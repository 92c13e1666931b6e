import { beforeEach, describe, expect, it, vi } from 'vitest';
import { trayIconPng } from '../../../../electron/desktop/tray-icon';
import { electronMock, resetElectronMock } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));
const { createElectronTray } = await import('../../../../electron/platform/tray');
const { trayMenuLabels } = await import('../../../../electron/desktop/tray-menu');
const { createWords, englishWords } = await import('../../../../electron/i18n/words');

beforeEach(() => resetElectronMock());

describe('Electron tray', () => {
  it('shows the state as icon and tooltip, and its menu runs the commands', () => {
    const actions = { open: vi.fn(), refresh: vi.fn(), togglePause: vi.fn(), quit: vi.fn() };
    const port = createElectronTray(actions);
    const [tray] = electronMock.trays;
    port.setMenu(trayMenuLabels(englishWords, false));
    port.show('fault', 'Enalysis: 1 alert needs attention');
    expect(tray!.tooltip).toBe('Enalysis: 1 alert needs attention');
    expect((tray!.image as { buffer: Buffer }).buffer).toEqual(trayIconPng('fault', 32));
    const items = tray!.menu!.items.filter((i) => i.label);
    expect(items.map((i) => i.label)).toEqual([
      'Open Enalysis',
      'Refresh now',
      'Pause refreshing',
      'Quit',
    ]);
    for (const item of items) item.click!();
    const calls = [actions.open, actions.refresh, actions.togglePause, actions.quit];
    expect(calls.map((f) => f.mock.calls.length)).toEqual([1, 1, 1, 1]);
    tray!.emit('click');
    expect(actions.open).toHaveBeenCalledTimes(2);
    port.destroy();
    expect(tray!.destroyed).toBe(true);
  });

  it('relabels the pause item and greys out Refresh now while paused', () => {
    const actions = { open: vi.fn(), refresh: vi.fn(), togglePause: vi.fn(), quit: vi.fn() };
    const port = createElectronTray(actions);
    const [tray] = electronMock.trays;
    const item = (label: string) => tray!.menu!.items.find((i) => i.label === label);
    port.setMenu(trayMenuLabels(englishWords, true));
    expect(item('Pause refreshing')).toBeUndefined();
    expect(item('Refresh now')!.enabled).toBe(false);
    item('Resume refreshing')!.click!();
    expect(actions.togglePause).toHaveBeenCalledTimes(1);
    port.setMenu(trayMenuLabels(englishWords, false));
    expect(item('Pause refreshing')).toBeDefined();
    expect(item('Refresh now')!.enabled).toBe(true);
  });

  it('builds the menu again in German', () => {
    const port = createElectronTray({ open() {}, refresh() {}, togglePause() {}, quit() {} });
    const [tray] = electronMock.trays;
    port.setMenu(trayMenuLabels(englishWords, true));
    port.setMenu(
      trayMenuLabels(
        createWords(() => ({ language: 'de', formats: 'de-DE' })),
        true,
      ),
    );
    expect(tray!.menu!.items.filter((i) => i.label).map((i) => i.label)).toEqual([
      'Enalysis öffnen',
      'Jetzt aktualisieren',
      'Aktualisierung fortsetzen',
      'Beenden',
    ]);
  });
});
