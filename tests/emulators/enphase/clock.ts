/**
 * The emulator's own clock. Token expiry, quota windows, data availability and "today" all read
 * it, so a test can pin an instant, jump past an access token's expiry or play a whole day in
 * seconds without waiting and without touching the machine's clock.
 */

/** A settable clock in epoch seconds; also satisfies the app's `Clock` port (`now()`). */
export class EmulatorClock {
  private current: number;

  /** Starts at `epochSeconds`, or at the real time when none is given. */
  constructor(epochSeconds: number = Math.floor(Date.now() / 1000)) {
    this.current = checkInstant(epochSeconds);
  }

  /** The emulator's current instant (whole epoch seconds). */
  now(): number {
    return this.current;
  }

  /** Jumps to an instant (backwards too: quota windows and caches cope). */
  set(epochSeconds: number): void {
    this.current = checkInstant(epochSeconds);
  }

  /** Moves forward (or back, with a negative value) by whole seconds. */
  advance(seconds: number): void {
    this.current = checkInstant(this.current + seconds);
  }
}

/** Raised when a clock is given something that is not a plausible instant. */
export class InvalidInstantError extends Error {
  override name = 'InvalidInstantError';
}

function checkInstant(value: number): number {
  // 2000-01-01 … 2100-01-01: anything outside is a unit mistake (milliseconds, say).
  if (!Number.isFinite(value) || value < 946_684_800 || value > 4_102_444_800) {
    throw new InvalidInstantError(`Not an epoch-seconds instant: ${value}`);
  }
  return Math.floor(value);
}
