/**
 * Which bars of the fleet chart are still growing, and how its days are labelled. The fleet's
 * sites live in different zones: at 19:00 UTC Sydney has moved to the next date while the US
 * sites' day is still running, so every date on or after the EARLIEST site's local today is a
 * day "so far", not only the newest bar.
 */
import { formatDayMonth } from '../../../shared/format';

/** The first date still running somewhere in the fleet (null for an empty fleet). */
export function runningFrom(rows: readonly { localDate: string }[]): string | null {
  let earliest: string | null = null;
  for (const row of rows)
    if (earliest === null || row.localDate < earliest) earliest = row.localDate;
  return earliest;
}

/** Whether the bar of `date` is still growing (some site's local day `date` is not over). */
export function isRunningDay(date: string, from: string | null): boolean {
  return from !== null && date >= from;
}

/** Room one day label needs on the axis ("28 May" at the axis font, plus a gap), in pixels. */
export const fleetDayLabelPx = 56;

/** A day's axis label with its month, so a 30-day window across months reads: "17 Jun". */
export function fleetDayLabel(date: string): string {
  return formatDayMonth(date);
}
