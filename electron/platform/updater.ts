/**
 * The UpdaterPort on electron-updater: the feed from app-update.yml or the environment, the
 * download started by the check, the installer run by quitAndInstall. Nothing here decides
 * when: electron/update/ does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import electronUpdater, { type AppUpdater } from 'electron-updater';
import type { Logger, UpdaterPort } from '../ports';
import { chooseUpdateFeed, type FeedChoice } from '../update/feed';

/** Reads the packaged app-update.yml (written by electron-builder from `publish`), if any. */
export function readAppUpdateYml(resourcesPath: string): string | null {
  try {
    return readFileSync(path.join(resourcesPath, 'app-update.yml'), 'utf8');
  } catch {
    return null;
  }
}

/** The feed for this run: the environment first, then the packaged file. */
export function updateFeedFor(
  env: Record<string, string | undefined>,
  resourcesPath: string,
): FeedChoice {
  return chooseUpdateFeed(env, readAppUpdateYml(resourcesPath));
}

/**
 * Wraps an electron-updater instance (the app's `autoUpdater` by default; tests pass a real
 * updater built with a Node HTTP client) as the UpdaterPort.
 */
export function createUpdater(
  choice: Extract<FeedChoice, { kind: 'on' }>,
  log: Logger,
  updater: AppUpdater = electronUpdater.autoUpdater,
): UpdaterPort {
  updater.autoDownload = true;
  // Our quit path closes the cache before the app exits, so installing then is safe too.
  updater.autoInstallOnAppQuit = true;
  updater.logger = {
    info: (message: unknown) => log.info('updater', { message: String(message) }),
    warn: (message: unknown) => log.warn('updater', { message: String(message) }),
    error: (message: unknown) => log.error('updater', { message: String(message) }),
  };
  // app-update.yml is what electron-updater reads by itself; an override replaces it.
  if (choice.source === 'environment') updater.setFeedURL(choice.feed);
  return {
    async checkAndDownload() {
      const result = await updater.checkForUpdates();
      if (!result?.isUpdateAvailable) return null;
      await result.downloadPromise;
      return result.updateInfo.version;
    },
    quitAndInstall() {
      updater.quitAndInstall();
    },
  };
}
