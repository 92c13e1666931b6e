/**
 * The KeyValueStore port on electron-store: one small JSON file (`settings.json`) in the user
 * data folder, rewritten atomically. Settings and connection records only, never time series.
 */
import { join } from 'node:path';
import Store from 'electron-store';
import type { Clock, KeyValueStore, Logger } from '../ports';
import { recoverSettingsFile } from '../settings-file';

/**
 * Opens `<userData>/settings.json`, moving an unreadable one aside first. Create after
 * `app.setPath('userData', …)` has had its say.
 */
export function createSettingsStore(userData: string, clock: Clock, log: Logger): KeyValueStore {
  const recovery = recoverSettingsFile(join(userData, 'settings.json'), clock.now(), log);
  const store = new Store<Record<string, unknown>>({ name: 'settings' });
  return {
    recovery,
    get<T>(key: string): T | undefined {
      return store.get(key) as T | undefined;
    },
    set(key: string, value: unknown): void {
      // electron-store throws on undefined; storing "nothing" means forgetting the key.
      if (value === undefined) store.delete(key);
      else store.set(key, value);
    },
    delete(key: string): void {
      store.delete(key);
    },
  };
}
