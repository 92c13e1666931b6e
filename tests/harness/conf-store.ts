/** The harness's stand-in for electron-store: `conf`, the library electron-store is built on. */
import Conf from 'conf';
import type { KeyValueStore } from '../../electron/ports';

/** Settings kept in `<dataDir>/settings.json`, written atomically like the app's. */
export class ConfStore implements KeyValueStore {
  private readonly conf: Conf<Record<string, unknown>>;

  constructor(dataDir: string) {
    this.conf = new Conf({ cwd: dataDir, configName: 'settings', projectName: 'enalysis' });
  }

  get<T>(key: string): T | undefined {
    return this.conf.get(key) as T | undefined;
  }

  set(key: string, value: unknown): void {
    this.conf.set(key, value);
  }

  delete(key: string): void {
    this.conf.delete(key);
  }

  /** Where the file lives (tests read it raw to prove no secret is in it). */
  get path(): string {
    return this.conf.path;
  }
}
