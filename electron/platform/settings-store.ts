/**
 * The KeyValueStore port on electron-store: one small JSON file (`settings.json`) in the user
 * data folder, rewritten atomically. Settings and connection records only, never time series.
 */
import Store from 'electron-store';
import type { KeyValueStore } from '../ports';

/** Opens the settings file. Create after `app.setPath('userData', …)` has had its say. */
export function createSettingsStore(): KeyValueStore {
  const store = new Store<Record<string, unknown>>({ name: 'settings' });
  return {
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
