/**
 * How many seconds of daylight a site has left in the billing month: the time its refreshes
 * will cost money, since no call goes out while the sun is down. Sampled in quarter hours
 * (an estimate for the budget, not a night rule: sync/night.ts decides when calls stop).
 */
import { getPosition } from 'suncalc';

const STEP_SECONDS = 15 * 60;

/** Seconds in [from, to) with the sun above the horizon at (latitude, longitude). */
export function daylightSecondsBetween(
  latitude: number,
  longitude: number,
  from: number,
  to: number,
): number {
  let total = 0;
  for (let at = from; at < to; at += STEP_SECONDS) {
    const step = Math.min(STEP_SECONDS, to - at);
    const middle = new Date((at + step / 2) * 1000);
    if (getPosition(middle, latitude, longitude).altitude > 0) total += step;
  }
  return total;
}
