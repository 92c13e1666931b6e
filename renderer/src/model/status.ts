/** How a site or device status reads and ranks in the UI. */
import type { SiteStatus } from '../../../shared/domain';
import { t } from '../i18n/t';

/** Short label for a status pill. */
export const STATUS_LABEL: Readonly<Record<SiteStatus, string>> = {
  // Getters: read in the language in use at the moment of reading.
  get normal() {
    return t('status.normal');
  },
  get warning() {
    return t('status.warning');
  },
  get fault() {
    return t('status.fault');
  },
  get offline() {
    return t('status.offline');
  },
  get needs_reauth() {
    return t('status.needsReauth');
  },
};

/** Worst first, so sorting by status puts what needs attention on top. */
export { STATUS_SEVERITY } from '../../../shared/site-status';

/** True when a facility manager should look at the site (anything but normal, or stale data). */
export function needsAttention(status: SiteStatus, stale: boolean): boolean {
  return status !== 'normal' || stale;
}
