/**
 * The monthly report: on the first of each month (in the computer's time zone) the previous
 * month's fleet report is written into the chosen folder. Independent of the sync scheduler: its
 * own timer, re-armed at most every six hours so sleep, clock changes and a missed 1st (the app
 * was closed) are caught at the next check. Which month was written last is remembered, so a
 * restart never writes a month twice. Time and timers are injected for tests.
 */
import { DateTime } from 'luxon';
import type { MonthlyReportSettings } from '../../shared/report';
import type { Clock, Logger } from '../ports';

/** Longest wait between two checks. */
export const MAX_WAIT_SECONDS = 6 * 3600;

/** The month (`YYYY-MM`) before the one containing `now` in `zone`. */
export function previousMonth(now: number, zone: string): string {
  return DateTime.fromSeconds(now, { zone }).minus({ months: 1 }).toFormat('yyyy-MM');
}

/** The instant the next month starts in `zone` (local midnight of the next 1st). */
export function nextMonthStart(now: number, zone: string): number {
  return DateTime.fromSeconds(now, { zone }).startOf('month').plus({ months: 1 }).toSeconds();
}

/** The month to write now, or null (off, no folder, or already written). */
export function dueMonth(
  settings: MonthlyReportSettings,
  now: number,
  zone: string,
): string | null {
  if (!settings.enabled || settings.folder === null) return null;
  const month = previousMonth(now, zone);
  return settings.lastWritten !== null && settings.lastWritten >= month ? null : month;
}

/** Timer functions (the global ones in the app, fakes in tests). */
export interface TimerPort {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** What the timer needs. */
export interface MonthlyTimerDeps {
  clock: Clock;
  timers: TimerPort;
  /** IANA zone whose calendar decides "the first of the month". */
  zone: string;
  settings: () => MonthlyReportSettings;
  /** Writes the fleet report of `month` into `folder`. */
  write: (month: string, folder: string) => Promise<void>;
  /** Records that `month` is written. */
  markWritten: (month: string) => void;
  log: Logger;
}

/** Checks now, then at the next month start (or within six hours), for as long as it runs. */
export class MonthlyReportTimer {
  private handle: unknown = null;
  private running = false;
  private inFlight: Promise<void> | null = null;

  constructor(private readonly deps: MonthlyTimerDeps) {}

  /** Starts checking. */
  start(): void {
    this.running = true;
    void this.check();
  }

  /** Stops; a write in progress finishes. */
  stop(): void {
    this.running = false;
    if (this.handle !== null) this.deps.timers.clear(this.handle);
    this.handle = null;
  }

  /** Writes a due report now (settings changed, or the timer fired); then re-arms. */
  check(): Promise<void> {
    this.inFlight ??= this.run().finally(() => {
      this.inFlight = null;
      this.arm();
    });
    return this.inFlight;
  }

  private async run(): Promise<void> {
    const settings = this.deps.settings();
    const month = dueMonth(settings, this.deps.clock.now(), this.deps.zone);
    if (month === null || settings.folder === null) return;
    try {
      await this.deps.write(month, settings.folder);
      this.deps.markWritten(month);
      this.deps.log.info('monthly report written', { month });
    } catch (error) {
      // Tried again at the next check; the folder may be back (a network share, a USB disk).
      this.deps.log.warn('monthly report could not be written', {
        month,
        error: error instanceof Error ? error.name : 'unknown',
      });
    }
  }

  private arm(): void {
    if (!this.running) return;
    if (this.handle !== null) this.deps.timers.clear(this.handle);
    const now = this.deps.clock.now();
    const wait = Math.min(Math.max(1, nextMonthStart(now, this.deps.zone) - now), MAX_WAIT_SECONDS);
    this.handle = this.deps.timers.set(() => {
      this.handle = null;
      void this.check();
    }, wait * 1000);
  }
}
