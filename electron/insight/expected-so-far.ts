/**
 * Expected energy from the start of a site's day to an instant, remembered per site and day:
 * the portfolio asks again every minute and on every data update, and at 1,000 sites
 * integrating each whole day from sunrise again costs most of a second. A later instant
 * extends the remembered sum with the grid intervals in between, in the same order, so the
 * answer is exactly what {@link expectedWhBetween} gives.
 */
import {
  EXPECTED_STEP_SECONDS,
  expectedIntervalWh,
  expectedWhBetween,
  type SiteGeometry,
} from './expected';

/** Entries kept before the memo starts over (days roll on; old days are never asked again). */
const MAX_ENTRIES = 20_000;

/** A memoising twin of expectedWhBetween for intervals that always start at a day's start. */
export class ExpectedSoFar {
  private readonly sums = new Map<string, { to: number; wh: number }>();

  /** Expected Wh of the grid intervals with `from < endAt <= to` (see expectedWhBetween). */
  whBetween(site: SiteGeometry, from: number, to: number, performanceRatio: number): number {
    const key = `${site.latitude}|${site.longitude}|${site.capacityW}|${performanceRatio}|${from}`;
    const known = this.sums.get(key);
    if (known === undefined || known.to > to) {
      const wh = expectedWhBetween(site, from, to, performanceRatio);
      this.remember(key, to, wh);
      return wh;
    }
    let wh = known.wh;
    let endAt = (Math.floor(known.to / EXPECTED_STEP_SECONDS) + 1) * EXPECTED_STEP_SECONDS;
    // The remembered sum stopped at a grid point at or before `known.to`: continue from there.
    if (known.to < from)
      endAt = (Math.floor(from / EXPECTED_STEP_SECONDS) + 1) * EXPECTED_STEP_SECONDS;
    for (; endAt <= to; endAt += EXPECTED_STEP_SECONDS)
      wh += expectedIntervalWh(site, endAt, performanceRatio);
    this.remember(key, to, wh);
    return wh;
  }

  private remember(key: string, to: number, wh: number): void {
    if (this.sums.size >= MAX_ENTRIES && !this.sums.has(key)) this.sums.clear();
    this.sums.set(key, { to, wh });
  }
}
