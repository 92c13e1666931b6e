import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, resetElectronMock } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));
const { createLoginItem, HIDDEN_FLAG } = await import('../../../../electron/platform/login-item');

beforeEach(() => resetElectronMock());

describe('login item', () => {
  it.each([true, false])('open at login: %s, starting in the tray', (open) => {
    createLoginItem().setOpenAtLogin(open);
    expect(electronMock.app.setLoginItemSettings).toHaveBeenCalledWith({
      openAtLogin: open,
      args: [HIDDEN_FLAG],
    });
  });
});
