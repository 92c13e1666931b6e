import { beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../../electron/ports';
import { electronMock, FakeSession, resetElectronMock } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

const { lockDownPermissions } = await import('../../../../electron/platform/permissions');

function expectDeniesEverything(session: FakeSession) {
  for (const permission of [
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'usb',
  ]) {
    const callback = vi.fn();
    session.permissionRequestHandler?.({}, permission, callback, {});
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    expect(session.permissionCheckHandler?.({}, permission, 'app://enalysis', {})).toBe(false);
  }
  expect(session.devicePermissionHandler?.({})).toBe(false);
}

beforeEach(() => resetElectronMock());

describe('lockDownPermissions', () => {
  it('denies every permission request and check on the default session', () => {
    lockDownPermissions(silentLogger);
    expectDeniesEverything(electronMock.defaultSession);
  });

  it('denies on sessions created later too (sign-in popups get their own)', () => {
    lockDownPermissions(silentLogger);
    const popupSession = new FakeSession();
    electronMock.app.emit('session-created', popupSession);
    expectDeniesEverything(popupSession);
  });
});
