/**
 * System sizes remembered per system. The system list says -1 for the size, and the summary
 * that knows it costs a call against the shared quota, so each system's summary is asked for
 * once (then again after a week, in case panels were added) and, after a failure, not again
 * for a day: never more than once a day per system, whatever the refresh interval.
 */

/** How long a known size is trusted (s). */
export const CAPACITY_TTL_SECONDS = 7 * 86_400;
/** How long to wait after a failed summary before trying again (s). */
export const CAPACITY_RETRY_SECONDS = 86_400;

interface Entry {
  capacityW: number | null;
  nextCheckAt: number;
}

/** See the module comment. */
export class CapacityBook {
  private readonly entries = new Map<string, Entry>();

  /** The size known for a system (W), or null. */
  known(systemId: string): number | null {
    return this.entries.get(systemId)?.capacityW ?? null;
  }

  /** True when a summary call for the system is due at `now`. */
  due(systemId: string, now: number): boolean {
    const entry = this.entries.get(systemId);
    return entry === undefined || entry.nextCheckAt <= now;
  }

  /** The summary answered with a size (a positive one; 0 or less counts as no answer). */
  learned(systemId: string, capacityW: number | null, now: number): void {
    if (capacityW === null || !(capacityW > 0)) {
      this.failed(systemId, now);
      return;
    }
    this.entries.set(systemId, { capacityW, nextCheckAt: now + CAPACITY_TTL_SECONDS });
  }

  /** The summary failed: keep what was known, try again later (not before `notBefore`). */
  failed(systemId: string, now: number, notBefore: number | null = null): void {
    const retryAt = Math.max(now + CAPACITY_RETRY_SECONDS, notBefore ?? 0);
    this.entries.set(systemId, { capacityW: this.known(systemId), nextCheckAt: retryAt });
  }
}
