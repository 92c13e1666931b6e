import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  eachDay,
  endOfLocalDay,
  hoursInLocalDay,
  isLocalDate,
  isValidTimeZone,
  localDateOf,
  localTimeOf,
  startOfLocalDay,
  startOfMonth,
  startOfWeek,
  startOfYear,
} from '../../../shared/time';

const utc = (iso: string) => Date.parse(iso) / 1000;

describe('hoursInLocalDay', () => {
  it.each([
    ['America/New_York', '2024-03-10', 23],
    ['America/New_York', '2024-11-03', 25],
    ['America/New_York', '2024-11-04', 24],
    ['Europe/Berlin', '2024-03-31', 23],
    ['Europe/Berlin', '2024-10-27', 25],
    ['Europe/Berlin', '2024-07-01', 24],
    ['Australia/Sydney', '2024-10-06', 23],
    ['Australia/Sydney', '2024-04-07', 25],
    ['Australia/Lord_Howe', '2024-10-06', 23.5],
    ['Asia/Tokyo', '2024-03-10', 24],
    ['US/Pacific', '2024-03-10', 23], // legacy link name
    ['US/Pacific', '2024-11-03', 25],
    ['America/Santiago', '2024-09-08', 23], // DST starts at midnight: the day starts at 01:00
    ['UTC', '2024-02-29', 24],
  ])('%s %s has %d hours', (zone, date, hours) => {
    expect(hoursInLocalDay(date, zone)).toBe(hours);
  });
});

describe('local day boundaries', () => {
  it.each([
    ['America/New_York', '2024-03-10', '2024-03-10T05:00:00Z', '2024-03-11T04:00:00Z'],
    ['America/New_York', '2024-11-03', '2024-11-03T04:00:00Z', '2024-11-04T05:00:00Z'],
    ['Europe/Berlin', '2024-03-31', '2024-03-30T23:00:00Z', '2024-03-31T22:00:00Z'],
    ['Europe/Berlin', '2024-10-27', '2024-10-26T22:00:00Z', '2024-10-27T23:00:00Z'],
    ['Australia/Sydney', '2024-10-06', '2024-10-05T14:00:00Z', '2024-10-06T13:00:00Z'],
    ['America/Santiago', '2024-09-08', '2024-09-08T04:00:00Z', '2024-09-09T03:00:00Z'],
  ])('%s %s runs from %s to %s', (zone, date, start, end) => {
    expect(startOfLocalDay(date, zone)).toBe(utc(start));
    expect(endOfLocalDay(date, zone)).toBe(utc(end));
  });

  it.each([
    ['2024-03-10T04:59:59Z', 'America/New_York', '2024-03-09', '23:59'],
    ['2024-03-10T05:00:00Z', 'America/New_York', '2024-03-10', '00:00'],
    ['2024-03-10T07:00:00Z', 'America/New_York', '2024-03-10', '03:00'], // 02:00 does not exist
    ['2024-11-03T05:30:00Z', 'America/New_York', '2024-11-03', '01:30'], // first 01:30 (EDT)
    ['2024-11-03T06:30:00Z', 'America/New_York', '2024-11-03', '01:30'], // second 01:30 (EST)
    ['2024-06-01T18:30:00Z', 'Asia/Kolkata', '2024-06-02', '00:00'],
    ['2024-06-01T12:00:00Z', 'US/Pacific', '2024-06-01', '05:00'],
  ])('%s in %s is %s %s', (instant, zone, date, time) => {
    expect(localDateOf(utc(instant), zone)).toBe(date);
    expect(localTimeOf(utc(instant), zone)).toBe(time);
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['America/New_York', true],
    ['US/Pacific', true],
    ['Etc/GMT+5', true],
    ['UTC', true],
    ['Asia/Calcutta', true],
    ['local', false], // luxon keyword: would follow the machine, not the site
    ['system', false],
    ['default', false],
    ['UTC+3', false], // a fixed offset ignores daylight saving
    ['', false],
    ['Mars/Olympus_Mons', false],
  ])('%j → %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-03-10', 1, '2024-03-11'], // a DST date is still one calendar day
    ['2024-03-01', -1, '2024-02-29'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-12-15', 1, '2025-01-15'],
    ['2024-03-31', -1, '2024-02-29'],
  ])('addMonths(%s, %i) = %s (clamped to the month)', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2024-03-01', '2024-04-01', 31],
    ['2024-02-01', '2024-03-01', 29],
    ['2024-05-10', '2024-05-01', -9],
    ['2024-03-09', '2024-03-11', 2], // across spring-forward
  ])('daysBetween(%s, %s) = %i', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    ['2024-03-10', '2024-03-04'], // Sunday → Monday before
    ['2024-03-11', '2024-03-11'], // Monday is its own week start
    ['2024-01-02', '2024-01-01'],
    ['2025-01-01', '2024-12-30'], // ISO week across a year boundary
  ])('startOfWeek(%s) = %s', (date, monday) => {
    expect(startOfWeek(date)).toBe(monday);
  });

  it('finds month and year starts', () => {
    expect(startOfMonth('2024-02-29')).toBe('2024-02-01');
    expect(startOfYear('2024-02-29')).toBe('2024-01-01');
  });

  it('lists every day of a range, both ends included, across month and leap days', () => {
    expect(eachDay('2024-02-27', '2024-03-02')).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
      '2024-03-02',
    ]);
    expect(eachDay('2024-03-10', '2024-03-10')).toEqual(['2024-03-10']);
    expect(eachDay('2024-03-11', '2024-03-10')).toEqual([]);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['2024-01-01T00:00', false],
    ['', false],
  ])('isLocalDate(%j) = %s', (value, valid) => {
    expect(isLocalDate(value)).toBe(valid);
  });
});
