/**
 * Discrete-event time for the day simulations: the app and the emulator share one clock, and
 * every timer (the scheduler's ticks, the minute gate's waits) fires only when the simulation
 * moves the clock to it, once nothing is in flight.
 */
import type { EmulatorClock } from '../tests/emulators/enphase';

/** One pending timer. */
export interface SimulatedTimer {
  id: number;
  due: number;
  callback: () => void;
}

/** setTimeout on the shared clock: nothing fires until the simulation moves time. */
export class SimulatedTimers {
  private next = 1;
  private readonly timers = new Map<number, SimulatedTimer>();
  constructor(private readonly clock: EmulatorClock) {}
  setTimeout = (callback: () => void, ms: number): unknown => {
    const id = this.next++;
    this.timers.set(id, { id, due: this.clock.now() + ms / 1000, callback });
    return id;
  };
  clearTimeout = (handle: unknown): void => {
    this.timers.delete(handle as number);
  };
  /** The earliest pending timer, taken out of the queue. */
  takeNext(): SimulatedTimer | null {
    let first: SimulatedTimer | null = null;
    for (const timer of this.timers.values()) if (!first || timer.due < first.due) first = timer;
    if (first) this.timers.delete(first.id);
    return first;
  }
}

/**
 * Fires every timer in order on the shared clock, each once nothing is in flight, until the
 * next one is due after `dayStart` + 24 h. The first timer due in the measured day moves the
 * clock to `dayStart` and calls `onDayStart` (counters reset there).
 */
export async function runMeasuredDay(
  timers: SimulatedTimers,
  clock: EmulatorClock,
  inFlight: () => number,
  dayStart: number,
  onDayStart: () => void,
): Promise<void> {
  let measuring = false;
  for (;;) {
    await settle(inFlight);
    const timer = timers.takeNext();
    if (!timer) return;
    const due = Math.ceil(timer.due);
    if (due >= dayStart && !measuring) {
      measuring = true;
      clock.set(dayStart);
      onDayStart();
    }
    if (due > dayStart + 86_400) return;
    if (due > clock.now()) clock.set(due);
    timer.callback();
  }
}

/** Resolves once nothing has been in flight for a few turns of the event loop. */
export async function settle(inFlight: () => number): Promise<void> {
  let quiet = 0;
  while (quiet < 5) {
    await new Promise((resolve) => setImmediate(resolve));
    quiet = inFlight() === 0 ? quiet + 1 : 0;
  }
}

/** The median of a list (NaN for none). */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Rounds for the report. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
