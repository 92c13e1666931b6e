/**
 * Keeps requests under a per-minute limit by making them wait, never fail: Enphase counts hits
 * per minute for the whole APPLICATION, so every Enphase connection of this installation shares
 * one gate, set to the plan's per-minute hits times this installation's share. A request may
 * leave when fewer than `limit` requests left in the last 61 seconds (a sliding window, so no
 * calendar minute, on Enphase's clock or ours, a second apart, ever sees more than `limit`).
 * A 429 holds every request until the instant it names. Time comes from the injectable clock
 * and waits from injectable timers, so tests and the day simulation drive it by hand.
 */
import type { Clock } from '../ports';
import { rebaseWait, type WallWait } from '../wall-wait';

/** setTimeout/clearTimeout (the scheduler's Timers). */
export interface GateTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The window counted (s): a minute plus one second of slack for clock rounding and skew. */
export const GATE_WINDOW_SECONDS = 61;

/** Thrown to requests still waiting when the gate is closed (the app is stopping). */
export class GateClosedError extends Error {
  constructor() {
    super('The request gate closed before the request could leave.');
    this.name = 'GateClosedError';
  }
}

/** What the gate needs. */
export interface MinuteGateOptions {
  clock: Clock;
  /** Requests allowed per minute, asked before each decision (settings may change it). */
  perMinute: () => number;
  timers?: GateTimers;
}

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

const realTimers: GateTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** See the module comment. */
export class MinuteGate {
  private readonly timers: GateTimers;
  /** Instants of the requests let through in the current window, oldest first. */
  private sent: number[] = [];
  /** The 429's hold; rebased when the clock is set back, so it never outlasts what was asked. */
  private held: WallWait = { from: 0, until: 0 };
  private readonly queue: Waiter[] = [];
  private timer: unknown = null;
  private closed = false;

  constructor(private readonly options: MinuteGateOptions) {
    this.timers = options.timers ?? realTimers;
  }

  /** Resolves when one request may leave; requests leave in the order they asked. */
  acquire(): Promise<void> {
    if (this.closed) return Promise.reject(new GateClosedError());
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ resolve, reject });
      this.pump();
    });
  }

  /** Nothing leaves before `instant` (epoch s): the provider said its quota window ends then. */
  holdUntil(instant: number): void {
    const now = this.options.clock.now();
    const held = rebaseWait(this.held, now);
    if (!Number.isFinite(instant) || instant <= held.until) return;
    this.held = { from: now, until: Math.ceil(instant) };
    // A wake-up planned for earlier is still fine: it re-checks and sleeps again.
  }

  /** Requests waiting right now. */
  get waiting(): number {
    return this.queue.length;
  }

  /** Seconds the next request would wait if it asked now (0 = it may leave). */
  waitSeconds(): number {
    return this.secondsUntilFree(this.options.clock.now());
  }

  /** Rejects every waiting request and refuses new ones (the app is stopping). */
  close(): void {
    this.closed = true;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    for (const waiter of this.queue.splice(0)) waiter.reject(new GateClosedError());
  }

  private pump(): void {
    if (this.timer !== null || this.closed) return;
    while (this.queue.length > 0) {
      const now = this.options.clock.now();
      const wait = this.secondsUntilFree(now);
      if (wait > 0) {
        this.timer = this.timers.setTimeout(() => {
          this.timer = null;
          this.pump();
        }, wait * 1000);
        return;
      }
      this.sent.push(now);
      this.queue.shift()!.resolve();
    }
  }

  private secondsUntilFree(now: number): number {
    this.held = rebaseWait(this.held, now);
    if (this.held.until > now) return this.held.until - now;
    while (this.sent.length > 0 && this.sent[0]! <= now - GATE_WINDOW_SECONDS) this.sent.shift();
    // A clock moved backwards (tests, a corrected system clock): forget what cannot be placed.
    if (this.sent.length > 0 && this.sent.at(-1)! > now) this.sent = [];
    const limit = Math.max(1, Math.floor(this.options.perMinute()));
    if (this.sent.length < limit) return 0;
    return Math.max(1, this.sent[this.sent.length - limit]! + GATE_WINDOW_SECONDS - now);
  }
}
