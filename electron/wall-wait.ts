/**
 * Waits measured on the wall clock, made safe against the clock being set back: a 429 that asked
 * for 42 seconds must not become 6 hours and 42 seconds because someone corrected the system
 * time. A wait remembers when it started; seen from an earlier instant, it is moved back by the
 * jump, so it never lasts longer than what was asked (the provider's wait, or the backoff).
 */

/** A wait that began at `from` and ends at `until` (epoch seconds on the wall clock). */
export interface WallWait {
  from: number;
  until: number;
}

/** The wait as seen at `now`: unchanged, or moved back as far as the clock went back. */
export function rebaseWait<W extends WallWait>(wait: W, now: number): W {
  if (now >= wait.from) return wait;
  const back = wait.from - now;
  return { ...wait, from: now, until: wait.until - back };
}
