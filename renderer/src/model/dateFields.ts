/**
 * The pure part of the date, month and time fields: which part comes first, what the months are
 * called and whether the clock has 12 or 24 hours, all read from Intl for the app's format
 * locale (Chromium's native pickers follow the OS instead); and turning what was typed into the
 * ISO values the pages exchange (`YYYY-MM-DD`, `YYYY-MM`, `HH:MM`), refusing impossible dates
 * instead of shifting them (31 February is not 3 March).
 */

/** A part of a date field. */
export type DatePart = 'day' | 'month' | 'year';

/** A part of a time field; `period` is AM/PM on a 12-hour clock. */
export type TimePart = 'hour' | 'minute' | 'period';

/** Why typed parts are not a value; the field says it in words. */
export type FieldProblem =
  | { kind: 'incomplete' }
  | { kind: 'day' }
  | { kind: 'month' }
  | { kind: 'year' }
  | { kind: 'noSuchDay'; day: number; month: number; year: number; days: number }
  | { kind: 'hour'; max: number; min: number }
  | { kind: 'minute' };

/** A typed value: the ISO text, or the problem with it. */
export type Parsed = { ok: true; value: string } | { ok: false; problem: FieldProblem };

/** What was typed into a date or month field (strings as typed; month is 1-12 as text). */
export interface DateDraft {
  day: string;
  month: string;
  year: string;
}

/** What was typed into a time field; `period` is 'am' or 'pm' on a 12-hour clock. */
export interface TimeDraft {
  hour: string;
  minute: string;
  period: 'am' | 'pm';
}

/** The clock a locale uses, with its own words for AM and PM. */
export interface Clock {
  hour12: boolean;
  am: string;
  pm: string;
}

const SAMPLE = Date.UTC(2026, 9, 6, 9, 30);

function order<T extends string>(parts: Intl.DateTimeFormatPart[], wanted: readonly T[]): T[] {
  const seen: T[] = [];
  for (const part of parts) {
    const type = (part.type === 'dayPeriod' ? 'period' : part.type) as T;
    if (wanted.includes(type) && !seen.includes(type)) seen.push(type);
  }
  for (const part of wanted) if (!seen.includes(part)) seen.push(part);
  return seen;
}

function calendarParts(locale: string, withDay: boolean): Intl.DateTimeFormatPart[] {
  return new Intl.DateTimeFormat(locale, {
    ...(withDay ? { day: 'numeric' } : {}),
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(SAMPLE);
}

/** The order of day, month and year in a long date of `locale` (de: day first; en-US: month). */
export function dateOrder(locale: string): DatePart[] {
  return order(calendarParts(locale, true), ['day', 'month', 'year']);
}

/** The order of month and year (most locales put the month first; some the year). */
export function monthOrder(locale: string): Exclude<DatePart, 'day'>[] {
  return order(calendarParts(locale, false), ['month', 'year']);
}

/**
 * The mark `locale` writes after the day or the year ("6." in German, "6," in US English,
 * "2026年" in Japanese), shown after those parts. Not after the month: its name stands alone.
 */
export function partMarks(locale: string, withDay: boolean): Partial<Record<DatePart, string>> {
  const parts = calendarParts(locale, withDay);
  const marks: Partial<Record<DatePart, string>> = {};
  parts.forEach((part, i) => {
    const mark = parts[i + 1]?.type === 'literal' ? parts[i + 1]!.value.trim() : '';
    if ((part.type === 'day' || part.type === 'year') && mark) marks[part.type] = mark;
  });
  return marks;
}

/** The twelve month names of `locale`, January first, as a month stands alone ("Oktober"). */
export function monthNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2026, i, 15)));
}

/** Whether `locale` reads the time on a 12-hour clock (from Intl's hourCycle), and its AM/PM. */
export function clockOf(locale: string): Clock {
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone: 'UTC' });
  const cycle = format.resolvedOptions().hourCycle;
  const hour12 = cycle === 'h11' || cycle === 'h12';
  const period = (hour: number) =>
    new Intl.DateTimeFormat(locale, { hour: 'numeric', hour12: true, timeZone: 'UTC' })
      .formatToParts(Date.UTC(2026, 0, 1, hour))
      .find((part) => part.type === 'dayPeriod')?.value ?? (hour < 12 ? 'AM' : 'PM');
  return { hour12, am: period(9), pm: period(21) };
}

/** The order of hour, minute and AM/PM in `locale` (AM/PM leads in some, such as ko). */
export function timeOrder(locale: string): TimePart[] {
  const clock = clockOf(locale);
  const format = new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    hour12: clock.hour12,
    timeZone: 'UTC',
  });
  const parts = order(format.formatToParts(SAMPLE), ['hour', 'minute', 'period']);
  return clock.hour12 ? parts : parts.filter((part) => part !== 'period');
}

/** What `locale` writes between hours and minutes (":" mostly, "." in Finnish). */
export function timeSeparator(locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).formatToParts(SAMPLE);
  const at = parts.findIndex((part) => part.type === 'hour');
  const next = parts[at + 1];
  return next?.type === 'literal' && parts[at + 2]?.type === 'minute' ? next.value : ':';
}

/** Days in a month (1-12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A whole number typed in digits only (no signs, no decimals), else null. */
function whole(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

/** The parts of an ISO date or month (`2026-10-06`, `2026-10`); empty parts for anything else. */
export function splitIso(value: string): DateDraft {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return { day: '', month: '', year: '' };
  return {
    year: match[1]!,
    month: String(Number(match[2])),
    day: match[3] ? String(Number(match[3])) : '',
  };
}

function yearOf(text: string): number | null {
  const year = whole(text);
  return year !== null && text.trim().length === 4 && year >= 1000 ? year : null;
}

/** `YYYY-MM` from a month and a year, or why not. */
export function parseMonth(draft: Omit<DateDraft, 'day'>): Parsed {
  if (!draft.month.trim() || !draft.year.trim())
    return { ok: false, problem: { kind: 'incomplete' } };
  const month = whole(draft.month);
  if (month === null || month < 1 || month > 12) return { ok: false, problem: { kind: 'month' } };
  const year = yearOf(draft.year);
  if (year === null) return { ok: false, problem: { kind: 'year' } };
  return { ok: true, value: `${year}-${pad(month)}` };
}

/** `YYYY-MM-DD` from a day, month and year, or why not: 31 February is refused, not shifted. */
export function parseDate(draft: DateDraft): Parsed {
  if (!draft.day.trim()) return { ok: false, problem: { kind: 'incomplete' } };
  const month = parseMonth(draft);
  if (!month.ok) return month;
  const day = whole(draft.day);
  if (day === null || day < 1 || day > 31) return { ok: false, problem: { kind: 'day' } };
  const [year, monthNumber] = month.value.split('-').map(Number) as [number, number];
  const days = daysInMonth(year, monthNumber);
  if (day > days) {
    return { ok: false, problem: { kind: 'noSuchDay', day, month: monthNumber, year, days } };
  }
  return { ok: true, value: `${month.value}-${pad(day)}` };
}

/** The parts of `HH:MM` for a clock; empty parts for anything else. */
export function splitTime(value: string, hour12: boolean): TimeDraft {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return { hour: '', minute: '', period: 'am' };
  const hour = Number(match[1]);
  const period = hour < 12 ? 'am' : 'pm';
  const shown = hour12 ? ((hour + 11) % 12) + 1 : hour;
  return { hour: hour12 ? String(shown) : pad(shown), minute: match[2]!, period };
}

/**
 * `HH:MM` (24-hour, as Settings stores it) from what was typed, or why not; a field left wholly
 * empty is '' (no time: quiet hours off).
 */
export function parseTime(draft: TimeDraft, hour12: boolean): Parsed {
  if (!draft.hour.trim() && !draft.minute.trim()) return { ok: true, value: '' };
  if (!draft.hour.trim() || !draft.minute.trim()) {
    return { ok: false, problem: { kind: 'incomplete' } };
  }
  const hour = whole(draft.hour);
  const [min, max] = hour12 ? [1, 12] : [0, 23];
  if (hour === null || hour < min || hour > max) {
    return { ok: false, problem: { kind: 'hour', min, max } };
  }
  const minute = whole(draft.minute);
  if (minute === null || minute > 59) return { ok: false, problem: { kind: 'minute' } };
  const hour24 = hour12 ? (hour % 12) + (draft.period === 'pm' ? 12 : 0) : hour;
  return { ok: true, value: `${pad(hour24)}:${pad(minute)}` };
}

/**
 * A number part moved by the arrow keys: one step up or down, wrapping within [min, max]; an
 * empty part starts at `start` (a year at this year, not at 1000).
 */
export function stepPart(
  text: string,
  delta: 1 | -1,
  range: { min: number; max: number; start: number },
): number {
  const { min, max } = range;
  const current = whole(text);
  if (current === null || current < min || current > max) return range.start;
  const span = max - min + 1;
  return ((((current - min + delta) % span) + span) % span) + min;
}
