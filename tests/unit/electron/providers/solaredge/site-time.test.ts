// SolarEdge's site-local, offset-free timestamps into UTC: the repeated autumn hour told apart by
// order, the skipped spring hour naming nothing, offsets winning over the zone.
import { describe, expect, it } from 'vitest';
import {
  siteSeriesToUtc,
  siteTimeToUtc,
  utcToSiteWall,
} from '../../../../../electron/providers/solaredge/site-time';

const iso = (seconds: number | null) =>
  seconds === null ? null : new Date(seconds * 1000).toISOString().slice(0, 16);

describe('siteTimeToUtc', () => {
  it.each([
    ['2026-07-01 12:00:00', 'Europe/Berlin', '2026-07-01T10:00'],
    ['2026-07-01T12:00:00', 'Europe/Berlin', '2026-07-01T10:00'],
    ['2026-07-01 12:00', 'Europe/Berlin', '2026-07-01T10:00'],
    ['2026-07-01', 'Europe/Berlin', '2026-06-30T22:00'],
    ['2026-01-15 12:00:00', 'America/New_York', '2026-01-15T17:00'],
    ['2026-01-15 12:00:00', 'Australia/Sydney', '2026-01-15T01:00'],
    ['2026-01-15 12:00:00.000', 'Asia/Kolkata', '2026-01-15T06:30'],
    // An offset wins over the zone.
    ['2026-08-24T00:00:00+01:00', 'Europe/Berlin', '2026-08-23T23:00'],
    ['2026-08-24T00:00:00Z', 'Australia/Sydney', '2026-08-24T00:00'],
    ['2026-08-24T00:00:00-0430', 'UTC', '2026-08-24T04:30'],
    // A repeated wall time on its own is its first instant.
    ['2026-10-25 02:30:00', 'Europe/Berlin', '2026-10-25T00:30'],
    ['2026-11-01 01:30:00', 'America/New_York', '2026-11-01T05:30'],
    ['2026-04-05 02:30:00', 'Australia/Sydney', '2026-04-04T15:30'],
    // A skipped wall time names no instant.
    ['2026-03-29 02:30:00', 'Europe/Berlin', null],
    ['2026-03-08 02:15:00', 'America/New_York', null],
    ['2026-10-04 02:45:00', 'Australia/Sydney', null],
    // Not a timestamp at all.
    ['yesterday', 'Europe/Berlin', null],
    ['2026-02-30 12:00:00', 'Europe/Berlin', null],
    ['2026-07-01 25:00:00', 'Europe/Berlin', null],
  ])('%s in %s is %s UTC', (text, zone, expected) => {
    expect(iso(siteTimeToUtc(text, zone))).toBe(expected);
  });
});

describe('siteSeriesToUtc', () => {
  it.each([
    [
      'Europe/Berlin autumn',
      'Europe/Berlin',
      '2026-10-25',
      ['01:45', '02:00', '02:45', '02:00', '02:45', '03:00'],
      [
        '2026-10-24T23:45',
        '2026-10-25T00:00',
        '2026-10-25T00:45',
        '2026-10-25T01:00',
        '2026-10-25T01:45',
        '2026-10-25T02:00',
      ],
    ],
    [
      'America/New_York autumn',
      'America/New_York',
      '2026-11-01',
      ['00:45', '01:00', '01:45', '01:00', '01:45', '02:00'],
      [
        '2026-11-01T04:45',
        '2026-11-01T05:00',
        '2026-11-01T05:45',
        '2026-11-01T06:00',
        '2026-11-01T06:45',
        '2026-11-01T07:00',
      ],
    ],
    [
      'Australia/Sydney autumn (April)',
      'Australia/Sydney',
      '2026-04-05',
      ['02:00', '02:15', '02:00', '02:15', '03:00'],
      [
        '2026-04-04T15:00',
        '2026-04-04T15:15',
        '2026-04-04T16:00',
        '2026-04-04T16:15',
        '2026-04-04T17:00',
      ],
    ],
    [
      'Australia/Lord_Howe half-hour autumn',
      'Australia/Lord_Howe',
      '2026-04-05',
      ['01:15', '01:30', '01:45', '01:30', '01:45', '02:00'],
      [
        '2026-04-04T14:15',
        '2026-04-04T14:30',
        '2026-04-04T14:45',
        '2026-04-04T15:00',
        '2026-04-04T15:15',
        '2026-04-04T15:30',
      ],
    ],
    [
      'Europe/Berlin spring',
      'Europe/Berlin',
      '2026-03-29',
      ['01:45', '03:00', '03:15'],
      ['2026-03-29T00:45', '2026-03-29T01:00', '2026-03-29T01:15'],
    ],
    [
      'Australia/Sydney spring (October)',
      'Australia/Sydney',
      '2026-10-04',
      ['01:45', '02:30', '03:00'],
      ['2026-10-03T15:45', null, '2026-10-03T16:00'],
    ],
  ])('%s: a day read in order', (_name, zone, date, times, expected) => {
    const texts = times.map((time) => `${date} ${time}:00`);
    expect(siteSeriesToUtc(texts, zone).map(iso)).toEqual(expected);
  });

  it('reads a series that starts in the second pass when told where the span starts', () => {
    const secondPass = Date.parse('2026-10-25T01:00:00Z') / 1000;
    const texts = ['2026-10-25 02:00:00', '2026-10-25 02:15:00'];
    expect(siteSeriesToUtc(texts, 'Europe/Berlin', secondPass - 1).map(iso)).toEqual([
      '2026-10-25T01:00',
      '2026-10-25T01:15',
    ]);
  });

  it('turns all 100 quarters of an autumn day into 100 distinct, rising instants', () => {
    const start = Date.parse('2026-10-24T22:00:00Z') / 1000;
    const texts = Array.from({ length: 100 }, (_, i) =>
      utcToSiteWall(start + i * 900, 'Europe/Berlin').replace('T', ' '),
    );
    const instants = siteSeriesToUtc(texts, 'Europe/Berlin');
    expect(instants).toEqual(Array.from({ length: 100 }, (_, i) => start + i * 900));
  });
});

describe('utcToSiteWall', () => {
  it.each([
    [Date.parse('2026-10-25T00:30:00Z') / 1000, 'Europe/Berlin', '2026-10-25T02:30:00'],
    [Date.parse('2026-10-25T01:30:00Z') / 1000, 'Europe/Berlin', '2026-10-25T02:30:00'],
    [Date.parse('2026-07-01T00:00:00Z') / 1000, 'America/New_York', '2026-06-30T20:00:00'],
  ])('%i in %s is %s', (at, zone, wall) => {
    expect(utcToSiteWall(at, zone)).toBe(wall);
  });
});
