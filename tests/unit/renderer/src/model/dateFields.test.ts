import { describe, expect, it } from 'vitest';
import {
  clockOf,
  dateOrder,
  daysInMonth,
  monthNames,
  monthOrder,
  parseDate,
  parseMonth,
  parseTime,
  partMarks,
  splitIso,
  splitTime,
  stepPart,
  timeOrder,
  timeSeparator,
} from '../../../../../renderer/src/model/dateFields';

describe('field order and names follow the format locale, not the browser', () => {
  it.each([
    ['de-DE', ['day', 'month', 'year'], ['month', 'year'], 'Oktober'],
    ['en-US', ['month', 'day', 'year'], ['month', 'year'], 'October'],
    ['en-GB', ['day', 'month', 'year'], ['month', 'year'], 'October'],
    ['de-AT', ['day', 'month', 'year'], ['month', 'year'], 'Oktober'],
    ['ja-JP', ['year', 'month', 'day'], ['year', 'month'], '10月'],
    ['hu-HU', ['year', 'month', 'day'], ['year', 'month'], 'október'],
  ])('%s: date %j, month %j, October is %s', (locale, date, month, october) => {
    expect(dateOrder(locale)).toEqual(date);
    expect(monthOrder(locale)).toEqual(month);
    expect(monthNames(locale)).toHaveLength(12);
    expect(monthNames(locale)[9]).toBe(october);
  });

  it.each([
    ['de-DE', false, ['hour', 'minute'], ':'],
    ['en-GB', false, ['hour', 'minute'], ':'],
    ['en-US', true, ['hour', 'minute', 'period'], ':'],
    ['ko-KR', true, ['period', 'hour', 'minute'], ':'],
    ['fi-FI', false, ['hour', 'minute'], '.'],
  ])('%s: 12-hour clock %s, parts %j, separator %s', (locale, hour12, parts, separator) => {
    expect(clockOf(locale).hour12).toBe(hour12);
    expect(timeOrder(locale)).toEqual(parts);
    expect(timeSeparator(locale)).toBe(separator);
  });

  it('names AM and PM in the locale', () => {
    expect(clockOf('en-US')).toEqual({ hour12: true, am: 'AM', pm: 'PM' });
    expect(clockOf('ko-KR')).toMatchObject({ am: '오전', pm: '오후' });
  });
});

describe('the marks written after the day and the year', () => {
  it.each([
    ['de-DE', true, { day: '.' }],
    ['en-US', true, { day: ',' }],
    ['en-GB', true, {}],
    ['ja-JP', true, { year: '年', day: '日' }],
    ['hu-HU', true, { year: '.', day: '.' }],
    ['de-DE', false, {}],
    ['hu-HU', false, { year: '.' }],
  ])('%s (with day %s): %j', (locale, withDay, marks) => {
    expect(partMarks(locale, withDay)).toEqual(marks);
  });
});

describe('dates', () => {
  it.each([
    [
      { day: '6', month: '10', year: '2026' },
      { ok: true, value: '2026-10-06' },
    ],
    [
      { day: '06', month: '1', year: '2026' },
      { ok: true, value: '2026-01-06' },
    ],
    [
      { day: '29', month: '2', year: '2028' },
      { ok: true, value: '2028-02-29' },
    ],
    [
      { day: '31', month: '12', year: '2026' },
      { ok: true, value: '2026-12-31' },
    ],
    [
      { day: '31', month: '2', year: '2026' },
      { ok: false, problem: { kind: 'noSuchDay', day: 31, month: 2, year: 2026, days: 28 } },
    ],
    [
      { day: '29', month: '2', year: '2100' },
      { ok: false, problem: { kind: 'noSuchDay', day: 29, month: 2, year: 2100, days: 28 } },
    ],
    [
      { day: '31', month: '4', year: '2026' },
      { ok: false, problem: { kind: 'noSuchDay', day: 31, month: 4, year: 2026, days: 30 } },
    ],
    [
      { day: '0', month: '4', year: '2026' },
      { ok: false, problem: { kind: 'day' } },
    ],
    [
      { day: '32', month: '4', year: '2026' },
      { ok: false, problem: { kind: 'day' } },
    ],
    [
      { day: '1', month: '13', year: '2026' },
      { ok: false, problem: { kind: 'month' } },
    ],
    [
      { day: '1', month: '4', year: '26' },
      { ok: false, problem: { kind: 'year' } },
    ],
    [
      { day: '1', month: '4', year: '0999' },
      { ok: false, problem: { kind: 'year' } },
    ],
    [
      { day: '', month: '4', year: '2026' },
      { ok: false, problem: { kind: 'incomplete' } },
    ],
    [
      { day: '1', month: '', year: '2026' },
      { ok: false, problem: { kind: 'incomplete' } },
    ],
    [
      { day: '1', month: '4', year: '' },
      { ok: false, problem: { kind: 'incomplete' } },
    ],
    [
      { day: '1.5', month: '4', year: '2026' },
      { ok: false, problem: { kind: 'day' } },
    ],
  ])('%j → %j', (draft, expected) => {
    expect(parseDate(draft)).toEqual(expected);
  });

  it.each([
    ['2026-10-06', { day: '6', month: '10', year: '2026' }],
    ['2026-10', { day: '', month: '10', year: '2026' }],
    ['', { day: '', month: '', year: '' }],
    ['6.10.2026', { day: '', month: '', year: '' }],
  ])('splits %s', (value, draft) => {
    expect(splitIso(value)).toEqual(draft);
  });

  it.each([
    [2026, 2, 28],
    [2028, 2, 29],
    [2000, 2, 29],
    [2100, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('months', () => {
  it.each([
    [
      { month: '10', year: '2026' },
      { ok: true, value: '2026-10' },
    ],
    [
      { month: '1', year: '2026' },
      { ok: true, value: '2026-01' },
    ],
    [
      { month: '', year: '2026' },
      { ok: false, problem: { kind: 'incomplete' } },
    ],
    [
      { month: '10', year: '202' },
      { ok: false, problem: { kind: 'year' } },
    ],
    [
      { month: '0', year: '2026' },
      { ok: false, problem: { kind: 'month' } },
    ],
  ])('%j → %j', (draft, expected) => {
    expect(parseMonth(draft)).toEqual(expected);
  });
});

describe('times', () => {
  it.each([
    [{ hour: '22', minute: '00', period: 'am' }, false, { ok: true, value: '22:00' }],
    [{ hour: '7', minute: '5', period: 'am' }, false, { ok: true, value: '07:05' }],
    [{ hour: '0', minute: '00', period: 'am' }, false, { ok: true, value: '00:00' }],
    [
      { hour: '24', minute: '00', period: 'am' },
      false,
      { ok: false, problem: { kind: 'hour', min: 0, max: 23 } },
    ],
    [{ hour: '10', minute: '00', period: 'pm' }, true, { ok: true, value: '22:00' }],
    [{ hour: '12', minute: '00', period: 'am' }, true, { ok: true, value: '00:00' }],
    [{ hour: '12', minute: '30', period: 'pm' }, true, { ok: true, value: '12:30' }],
    [{ hour: '7', minute: '00', period: 'am' }, true, { ok: true, value: '07:00' }],
    [
      { hour: '0', minute: '00', period: 'am' },
      true,
      { ok: false, problem: { kind: 'hour', min: 1, max: 12 } },
    ],
    [
      { hour: '13', minute: '00', period: 'pm' },
      true,
      { ok: false, problem: { kind: 'hour', min: 1, max: 12 } },
    ],
    [{ hour: '7', minute: '60', period: 'am' }, false, { ok: false, problem: { kind: 'minute' } }],
    [
      { hour: '7', minute: '', period: 'am' },
      false,
      { ok: false, problem: { kind: 'incomplete' } },
    ],
    [
      { hour: '', minute: '30', period: 'am' },
      true,
      { ok: false, problem: { kind: 'incomplete' } },
    ],
    // Wholly empty is no time at all (Settings: no quiet hours).
    [{ hour: '', minute: '', period: 'pm' }, true, { ok: true, value: '' }],
  ] as const)('%j on a 12-hour clock %s → %j', (draft, hour12, expected) => {
    expect(parseTime(draft, hour12)).toEqual(expected);
  });

  it.each([
    ['22:00', false, { hour: '22', minute: '00', period: 'pm' }],
    ['07:05', false, { hour: '07', minute: '05', period: 'am' }],
    ['22:00', true, { hour: '10', minute: '00', period: 'pm' }],
    ['00:15', true, { hour: '12', minute: '15', period: 'am' }],
    ['12:00', true, { hour: '12', minute: '00', period: 'pm' }],
    ['', true, { hour: '', minute: '', period: 'am' }],
  ] as const)('splits %s (12-hour %s)', (value, hour12, draft) => {
    expect(splitTime(value, hour12)).toEqual(draft);
    if (value) expect(parseTime(draft, hour12)).toEqual({ ok: true, value });
  });
});

describe('arrow keys', () => {
  const hours = { min: 0, max: 23, start: 0 };
  it.each([
    ['7', 1, hours, 8],
    ['23', 1, hours, 0],
    ['0', -1, hours, 23],
    ['', 1, hours, 0],
    ['', -1, { min: 1000, max: 9999, start: 2026 }, 2026],
    ['2026', 1, { min: 1000, max: 9999, start: 2026 }, 2027],
    ['31', 1, { min: 1, max: 31, start: 1 }, 1],
    ['99', 1, { min: 0, max: 59, start: 0 }, 0],
  ] as const)('%s stepped %i → %i', (text, delta, range, expected) => {
    expect(stepPart(text, delta, range)).toBe(expected);
  });
});
