/**
 * Deny-all permission handling. The app needs no camera, microphone, notifications prompt,
 * geolocation, USB or clipboard-read from web content, so every session answers "no" to all of
 * it, including sessions created later (the sign-in popups' in-memory partitions).
 */
import { app, session, type Session } from 'electron';
import type { Logger } from '../ports';

/** Installs the deny-all handlers on one session. */
export function denyAllPermissions(target: Session, log: Logger): void {
  target.setPermissionRequestHandler((_webContents, permission, callback) => {
    log.warn('permission request denied', { permission });
    callback(false);
  });
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
}

/** Denies every permission on the default session and on every session created afterwards. */
export function lockDownPermissions(log: Logger): void {
  denyAllPermissions(session.defaultSession, log);
  app.on('session-created', (created) => denyAllPermissions(created, log));
}
