/**
 * What "lifetime" covers. The figure is the sum of the days this app has stored (a backfill
 * reaches up to two years back), not the provider's own lifetime counter, so it says so.
 */
import { formatLocalDate } from '../../../shared/format';
import { t } from '../i18n/t';

/** The lifetime figure's footnote: "cached history since Tue 14 Oct 2025". */
export function lifetimeCoverage(firstDate: string | null): string {
  return firstDate === null
    ? t('site.lifetimeNone')
    : t('site.lifetimeSince', { date: formatLocalDate(firstDate) });
}
