/**
 * The NotifierPort on Electron's Notification. Windows only shows notifications of an app with
 * an AppUserModelId (the installer's appId), so it is set before the first one.
 */
import { app, Notification } from 'electron';
import type { NotifierPort } from '../ports';

/** Builds the notifier (after `ready`); `appId` must equal electron-builder's appId. */
export function createElectronNotifier(appId: string): NotifierPort {
  if (process.platform === 'win32') app.setAppUserModelId(appId);
  // Shown notifications are kept until closed: a collected one loses its click handler.
  const live = new Set<Notification>();
  return {
    notify(message, onClick) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title: message.title, body: message.body });
      live.add(notification);
      notification.on('click', () => {
        live.delete(notification);
        onClick();
      });
      notification.on('close', () => live.delete(notification));
      notification.show();
    },
  };
}
