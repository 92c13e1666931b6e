/** The harness's stand-in for electron-store: `conf`, the library electron-store is built on. */
import { join } from 'node:path';
import Conf from 'conf';
import {
  silentLogger,
  systemClock,
  type Clock,
  type KeyValueStore,
  type Logger,
} from '../../electron/ports';
import { recoverSettingsFile, type SettingsRecovery } from '../../electron/settings-file';

/** Settings kept in `<dataDir>/settings.json`, written atomically like the app's. */
export class ConfStore implements KeyValueStore {
  private readonly conf: Conf<Record<string, unknown>>;
  /** Set when an unreadable file was moved aside before opening. */
  readonly recovery: SettingsRecovery | null;

  constructor(dataDir: string, clock: Clock = systemClock, log: Logger = silentLogger) {
    this.recovery = recoverSettingsFile(join(dataDir, 'settings.json'), clock.now(), log);
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
