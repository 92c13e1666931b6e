/**
 * What "lifetime" covers. The figure is the sum of the days this app has stored (a backfill
 * reaches up to two years back), not the provider's own lifetime counter, so it says so.
 */
import { formatLocalDate } from '../../../shared/format';

/** The lifetime figure's footnote: "cached history since Tue 14 Oct 2025". */
export function lifetimeCoverage(firstDate: string | null): string {
  return firstDate === null
    ? 'no history cached yet'
    : `cached history since ${formatLocalDate(firstDate)}`;
}
