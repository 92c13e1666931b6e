/** How a site or device status reads and ranks in the UI. */
import type { SiteStatus } from '../../../shared/domain';

/** Short label for a status pill. */
export const STATUS_LABEL: Record<SiteStatus, string> = {
  normal: 'Normal',
  warning: 'Warning',
  fault: 'Fault',
  offline: 'Offline',
  needs_reauth: 'Needs reconnect',
};

/** Worst first, so sorting by status puts what needs attention on top. */
export { STATUS_SEVERITY } from '../../../shared/site-status';

/** True when a facility manager should look at the site (anything but normal, or stale data). */
export function needsAttention(status: SiteStatus, stale: boolean): boolean {
  return status !== 'normal' || stale;
}
