/**
 * How alerts read on screen: the rule's name, where it happened, and the table's sort. Pure, so
 * the Alerts page and the site page agree and tests can check them with tables.
 */
import type { Alert } from '../../../shared/alerts';
import type { AlertRule } from '../../../shared/alert-rules';
import { t } from '../i18n/t';

/** Columns the alerts table sorts by. */
export type AlertSortKey = 'lost' | 'start' | 'severity';

/** The table's sort: lost energy, largest first, by default (what costs most comes first). */
export interface AlertSort {
  key: AlertSortKey;
  descending: boolean;
}

const SEVERITY_RANK = { info: 0, warning: 1, fault: 2 } as const;

/** The alerts in the sort's order; ties fall back to the newest start. */
export function sortAlerts(alerts: readonly Alert[], sort: AlertSort): Alert[] {
  const value = (a: Alert): number =>
    sort.key === 'lost' ? a.lostKwh : sort.key === 'start' ? a.startAt : SEVERITY_RANK[a.severity];
  const sign = sort.descending ? -1 : 1;
  return [...alerts].sort((a, b) => sign * (value(a) - value(b)) || b.startAt - a.startAt);
}

/** Clicking a column: the same column flips direction, a new one starts descending. */
export function nextSort(current: AlertSort, key: AlertSortKey): AlertSort {
  return current.key === key ? { key, descending: !current.descending } : { key, descending: true };
}

/** Where an alert happened: the site's name, or the account or app it concerns. */
export function subjectLabel(alert: Alert, siteNames: ReadonlyMap<string, string>): string {
  if (alert.siteId !== null) return siteNames.get(alert.siteId) ?? t('alerts.removedSite');
  if (alert.subject.startsWith('connection:')) return t('alerts.account');
  if (alert.subject.startsWith('provider:')) return t('alerts.quota');
  return t('alerts.thisApp');
}

/** How long an alert lasted or has lasted, "2 h 15 min". */
export function formatDuration(startAt: number, endAt: number | null, now: number): string {
  const minutes = Math.max(0, Math.round(((endAt ?? now) - startAt) / 60));
  if (minutes < 60) return t('alerts.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    return minutes % 60
      ? t('alerts.hoursMinutes', { hours, minutes: minutes % 60 })
      : t('alerts.hours', { hours });
  }
  return t('alerts.days', { days: Math.floor(hours / 24) });
}

/** A rule's short name ("No production") in the language in use. */
export function ruleLabel(rule: AlertRule): string {
  return t(`alerts.rule.${rule}`);
}

/** Snooze lengths offered. */
export const SNOOZE_HOURS = 24;
