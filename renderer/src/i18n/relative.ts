/** Freshness words ("3 min ago", "updated 3 min ago") in the active language. */
import { t } from './t';

/** How long ago an instant was, for freshness marks: "just now", "3 min ago", "3 h ago". */
export function formatAgo(atSeconds: number | null, nowSeconds: number): string {
  if (atSeconds === null) return t('fresh.never');
  // A clock a little ahead of ours is not news; treat the future as now.
  const seconds = Math.max(0, nowSeconds - atSeconds);
  if (seconds < 60) return t('fresh.justNow');
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('fresh.minutesAgo', { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('fresh.hoursAgo', { hours });
  return t('fresh.daysAgo', { days: Math.floor(hours / 24) });
}

/** "updated 3 min ago", the freshness phrase every site carries. */
export function formatUpdated(atSeconds: number | null, nowSeconds: number): string {
  return atSeconds === null
    ? t('fresh.noData')
    : t('fresh.updated', { ago: formatAgo(atSeconds, nowSeconds) });
}
