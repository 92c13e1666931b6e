/**
 * The calls per day an installation asks its lease for: its Enphase sites refreshed at the
 * 15-minute floor through the budgeted daylight, the `/systems` lists around the clock, and
 * each site's extra calls (the closing call, the weekly size check). The relay grants at most
 * this, so an installation with few sites leaves the rest of the plan to the others.
 */
import {
  DAYLIGHT_HOURS,
  ENPHASE_FLOOR_MINUTES,
  EXTRA_CALLS_PER_SITE_PER_DAY,
} from '../providers/enphase/budget';

/** Calls a day at the floor for `sites` sites in `connections` connections. */
export function expectedCallsPerDay(sites: number, connections: number): number {
  if (sites <= 0) return 0;
  const refreshesPerDaylight = (DAYLIGHT_HOURS * 60) / ENPHASE_FLOOR_MINUTES;
  const listsPerRefresh = Math.max(Math.ceil(sites / 100), connections);
  const refreshesPerDay = (24 * 60) / ENPHASE_FLOOR_MINUTES;
  return Math.ceil(
    sites * (refreshesPerDaylight + EXTRA_CALLS_PER_SITE_PER_DAY) +
      listsPerRefresh * refreshesPerDay,
  );
}
