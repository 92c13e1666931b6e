/**
 * The one pacer every SolarEdge connection shares: it passes each call through a per-minute
 * pacer (the plan's credits a minute) and remembers a month without credits, so that one 429
 * without `retry-after` stops every SolarEdge call of every connection (and of instances built
 * after it) until the UTC month turns, and the budget can say so.
 */
import type { Clock } from '../../ports';
import type { RequestPacer } from '../enphase/http';
import type { SolarEdgePacer } from './http';

/** See the module comment. */
export class SolarEdgeCreditGate implements SolarEdgePacer {
  private monthUntil = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly minute: RequestPacer,
    private readonly clock: Clock,
  ) {}

  /** Waits for a credit of the minute. */
  acquire(): Promise<void> {
    return this.minute.acquire();
  }

  /** A per-minute 429: nothing leaves before `instant`. */
  holdUntil(instant: number): void {
    this.minute.holdUntil(instant);
  }

  /** A monthly 429: no SolarEdge call before `until`. */
  holdMonth(until: number): void {
    if (until <= this.monthUntil) return;
    this.monthUntil = until;
    for (const listener of this.listeners) listener();
  }

  /** The instant the month's credits come back, or null while there are credits. */
  monthHeldUntil(): number | null {
    return this.monthUntil > this.clock.now() ? this.monthUntil : null;
  }

  /** Told when the month's credits ran out (the budget and the scheduler re-plan). */
  onMonthHeld(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
