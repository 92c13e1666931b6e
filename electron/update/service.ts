/**
 * The one owner of app updates: checks the feed at start and every six hours, lets the
 * download run in the background, tells the renderer when a version is ready, and installs only
 * when the user asks and no sync write is running.
 */
import type { UpdateState } from '../../shared/contract';
import type { Logger, UpdaterPort } from '../ports';
import { UPDATE_CHECK_INTERVAL_MS } from './policy';

/** What the update service needs from the core. */
export interface UpdateServiceOptions {
  updater: UpdaterPort;
  /** Resolves at a moment when no sync tick is writing to the cache. */
  whenSyncIdle: () => Promise<void>;
  log: Logger;
  /** A new version has been downloaded and can be installed. */
  onReady: (state: UpdateState) => void;
  intervalMs?: number;
}

/** Checks, downloads in the background and installs on request. */
export class UpdateService {
  private readyVersion: string | null = null;
  private restarting = false;
  private checking: Promise<void> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly options: UpdateServiceOptions) {}

  /** Checks now, then every six hours, until stop(). */
  start(): void {
    if (this.timer) return;
    void this.checkNow();
    this.timer = setInterval(
      () => void this.checkNow(),
      this.options.intervalMs ?? UPDATE_CHECK_INTERVAL_MS,
    );
    this.timer.unref?.();
  }

  /** Stops the periodic checks (a download in flight finishes on its own). */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One check (joined when one is running); failures are logged and the next check retries. */
  checkNow(): Promise<void> {
    this.checking ??= this.check().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  /** The state the renderer shows. */
  state(): UpdateState {
    return { readyVersion: this.readyVersion, restarting: this.restarting };
  }

  /**
   * The user pressed "Restart to update": waits for a moment without a sync write, then quits
   * and installs. Answers at once; nothing happens when no version is ready.
   */
  restartToUpdate(): UpdateState {
    if (this.readyVersion && !this.restarting) {
      this.restarting = true;
      void this.installWhenIdle();
    }
    return this.state();
  }

  private async check(): Promise<void> {
    const { updater, log } = this.options;
    try {
      const version = await updater.checkAndDownload();
      if (version && version !== this.readyVersion) {
        this.readyVersion = version;
        log.info('update downloaded', { version });
        this.options.onReady(this.state());
      }
    } catch (error) {
      log.warn('update check failed', { error: String(error).slice(0, 300) });
    }
  }

  private async installWhenIdle(): Promise<void> {
    try {
      await this.options.whenSyncIdle();
      this.options.log.info('installing update', { version: this.readyVersion });
      this.options.updater.quitAndInstall();
    } catch (error) {
      this.restarting = false;
      this.options.log.error('update install failed', { error: String(error).slice(0, 300) });
    }
  }
}
