/**
 * What a site's open alerts say about its health, so the portfolio and the site page never call
 * a site "Normal" while an alert about it is open. Pure.
 *
 * An acknowledged alert still counts: acknowledging says someone has seen the fault, not that it
 * is over (the tray and the badge, which ask "is there anything new?", leave it out). A snoozed or
 * muted rule does not count: the user asked not to hear about it at that site.
 */
import type { AlertSilence } from '../../shared/alerts';
import type { SiteStatus } from '../../shared/domain';
import { STATUS_SEVERITY } from '../../shared/site-status';
import type { StoredAlert } from '../cache/alerts';
import type { StoredText } from '../i18n/stored-text';
import { isSilenced } from './evaluator';

/** The status a site's worst open alert implies, with the alert's own sentence. */
export interface SiteAlertStatus {
  status: Extract<SiteStatus, 'fault' | 'warning'>;
  detail: StoredText;
}

/** Open, unsilenced fault and warning alerts per site: the worst one (the oldest among equals). */
export function siteAlertStatuses(
  open: readonly StoredAlert[],
  silences: readonly AlertSilence[],
  now: number,
): Map<string, SiteAlertStatus> {
  const worst = new Map<string, StoredAlert>();
  for (const alert of open) {
    if (alert.siteId === null || alert.endAt !== null || alert.severity === 'info') continue;
    if (isSilenced(silences, alert.subject, alert.rule, now)) continue;
    const held = worst.get(alert.siteId);
    if (
      !held ||
      rank(alert) > rank(held) ||
      (rank(alert) === rank(held) && alert.startAt < held.startAt)
    )
      worst.set(alert.siteId, alert);
  }
  const statuses = new Map<string, SiteAlertStatus>();
  for (const [siteId, alert] of worst)
    statuses.set(siteId, {
      status: alert.severity === 'fault' ? 'fault' : 'warning',
      detail: alert.summary,
    });
  return statuses;
}

/** The worse of the provider's status and the alerts' (the provider's wins a tie: it is first-hand). */
export function withAlertStatus(
  status: SiteStatus,
  detail: StoredText | null,
  alert: SiteAlertStatus | undefined,
): { status: SiteStatus; statusDetail: StoredText | null } {
  if (!alert || STATUS_SEVERITY[alert.status] <= STATUS_SEVERITY[status])
    return { status, statusDetail: detail };
  return { status: alert.status, statusDetail: alert.detail };
}

function rank(alert: StoredAlert): number {
  return alert.severity === 'fault' ? 2 : 1;
}
