/**
 * When the renderer re-derives what depends on time ("today", "now", stale marks, "updated …
 * ago"). Every time zone's UTC offset is a whole number of minutes, so a tick on each wall-clock
 * minute boundary also lands on every site's local midnight: one timer serves both rules.
 */

/** A tick this long after the boundary, so a timer that fires a little early is still past it. */
export const tickSlackMs = 250;

/** Milliseconds from `nowMs` (epoch ms) until just after the next whole minute. */
export function msUntilNextTick(nowMs: number): number {
  const intoMinute = ((nowMs % 60_000) + 60_000) % 60_000;
  return 60_000 - intoMinute + tickSlackMs;
}

/** The minute (epoch minutes) containing `nowMs`: the key whose change means "re-derive". */
export function minuteOf(nowMs: number): number {
  return Math.floor(nowMs / 60_000);
}
