/** Names of the files the app writes: derived by main, reduced to a plain, safe file name. */
import { fileSlug } from '../../shared/csv';

/** Only a plain file name may be used; anything path-like is reduced to its last part. */
export function safeFileName(name: string): string {
  const last = name.split(/[\\/]+/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = last.replace(/[<>:"|?*\u0000-\u001f]/g, '').replace(/^\.+/, '');
  return cleaned || 'enalysis-export';
}

/** `enalysis-portfolio-2026-11-01-to-2026-11-30-daily.xlsx`. */
export function exportFileName(
  from: string,
  to: string,
  granularity: 'day' | 'month',
  format: 'csv' | 'xlsx',
): string {
  const per = granularity === 'day' ? 'daily' : 'monthly';
  return `enalysis-portfolio-${from}-to-${to}-${per}.${format}`;
}

/** `enalysis-report-fleet-2026-11.pdf`, `enalysis-report-lincoln-high-school-2026.pdf`. */
export function reportFileName(scopeName: string | null, period: string): string {
  return `enalysis-report-${scopeName === null ? 'fleet' : fileSlug(scopeName)}-${period}.pdf`;
}
