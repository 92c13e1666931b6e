import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, resetElectronMock } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));
const { createElectronNotifier } = await import('../../../../electron/platform/notifier');

beforeEach(() => resetElectronMock());

describe('Electron notifier', () => {
  it('shows the message and runs the click action', () => {
    const clicked = vi.fn();
    createElectronNotifier('com.enalysis.desktop').notify(
      { title: 'No production', body: 'Roof A produced nothing.' },
      clicked,
    );
    const [shown] = electronMock.notifications;
    expect(shown!.options).toEqual({ title: 'No production', body: 'Roof A produced nothing.' });
    shown!.emit('click');
    expect(clicked).toHaveBeenCalledOnce();
  });

  it('sets the Windows AppUserModelId only on Windows', () => {
    createElectronNotifier('com.enalysis.desktop');
    if (process.platform === 'win32')
      expect(electronMock.app.setAppUserModelId).toHaveBeenCalledWith('com.enalysis.desktop');
    else expect(electronMock.app.setAppUserModelId).not.toHaveBeenCalled();
  });

  it('stays quiet where the OS has no notifications', () => {
    electronMock.notificationsSupported = false;
    createElectronNotifier('x').notify({ title: 't', body: 'b' }, () => {});
    expect(electronMock.notifications).toEqual([]);
  });
});
