/**
 * Period navigation on the site page. The anchor is a `YYYY-MM-DD` in the SITE's zone; the
 * series answer says which days a period covers, these helpers only move the anchor and decide
 * which arrows make sense.
 */
import type { SeriesRange } from '../../../shared/domain';
import {
  addDays,
  addMonths,
  startOfMonth,
  startOfWeek,
  startOfYear,
  type LocalDate,
} from '../../../shared/time';

/** First day of the period that contains `anchor`. */
export function periodStart(anchor: LocalDate, range: SeriesRange): LocalDate {
  switch (range) {
    case 'day':
      return anchor;
    case 'week':
      return startOfWeek(anchor);
    case 'month':
      return startOfMonth(anchor);
    case 'year':
      return startOfYear(anchor);
    case 'lifetime':
      return '0000-01-01';
  }
}

/** Last day of the period that contains `anchor`. */
export function periodEnd(anchor: LocalDate, range: SeriesRange): LocalDate {
  const start = periodStart(anchor, range);
  switch (range) {
    case 'day':
      return anchor;
    case 'week':
      return addDays(start, 6);
    case 'month':
      return addDays(addMonths(start, 1), -1);
    case 'year':
      return addDays(addMonths(start, 12), -1);
    case 'lifetime':
      return '9999-12-31';
  }
}

/** The anchor one period earlier (-1) or later (+1), never beyond `today`. */
export function shiftAnchor(
  anchor: LocalDate,
  range: SeriesRange,
  step: -1 | 1,
  today: LocalDate,
): LocalDate {
  let next: LocalDate;
  switch (range) {
    case 'day':
      next = addDays(anchor, step);
      break;
    case 'week':
      next = addDays(anchor, 7 * step);
      break;
    case 'month':
      next = addMonths(anchor, step);
      break;
    case 'year':
      next = addMonths(anchor, 12 * step);
      break;
    case 'lifetime':
      return anchor;
  }
  return next > today ? today : next;
}

/** Whether "next" leads anywhere: the next period must start on or before the site's today. */
export function canGoNext(anchor: LocalDate, range: SeriesRange, today: LocalDate): boolean {
  if (range === 'lifetime') return false;
  return periodStart(anchor, range) < periodStart(today, range);
}

/** Whether "previous" leads anywhere: not before the site's first day of data (when known). */
export function canGoPrevious(
  anchor: LocalDate,
  range: SeriesRange,
  firstDate: LocalDate | null,
): boolean {
  if (range === 'lifetime') return false;
  if (firstDate === null) return true;
  return periodStart(anchor, range) > periodStart(firstDate, range);
}
