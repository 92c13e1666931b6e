/**
 * How the report writes its numbers: energy always in kWh with one decimal (a report is read
 * beside spreadsheets and invoices, so no automatic MWh), percentages whole, titles in words.
 */
import type { Report } from '../../../shared/report';
import { DateTime } from 'luxon';
import { formatNumber, formatPeriod } from '../../../shared/format';
import { t } from '../i18n/t';

/** "1,234.5 kWh" without the unit: the report's one energy format. */
export function reportKwh(wh: number): string {
  return formatNumber(wh / 1000, 1);
}

/** "83 %", or "–" when unknown. */
export function reportPercent(share: number | null): string {
  return share === null ? '–' : `${formatNumber(share * 100, 0)}\u00a0%`;
}

/** "+12 %" against last year, or null when there is nothing to compare with. */
export function changeAgainst(current: number, previous: number | null): string | null {
  if (previous === null || previous <= 0) return null;
  const percent = Math.round(((current - previous) / previous) * 100);
  return `${percent > 0 ? '+' : percent < 0 ? '\u2212' : ''}${formatNumber(Math.abs(percent), 0)}\u00a0%`;
}

/** "November 2026" or "2026". */
export function periodTitle(period: Report['period']): string {
  return formatPeriod(period.kind, period.from, period.to);
}

/** "Fleet report" or the site's name. */
export function scopeTitle(report: Report): string {
  return report.scope.kind === 'fleet' ? t('report.fleetTitle') : report.scope.name;
}

/** "2026-10-12 09:05" in the site's zone: an alert's start or end as the site lived it. */
export function reportTime(at: number, zone: string): string {
  return DateTime.fromSeconds(at, { zone }).toFormat('yyyy-MM-dd HH:mm');
}
