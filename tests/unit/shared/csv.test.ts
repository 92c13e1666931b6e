import { describe, expect, it } from 'vitest';
import {
  csvCell,
  csvFileName,
  isoWithOffset,
  looksLikeFormula,
  seriesToCsv,
  toCsv,
} from '../../../shared/csv';
import { startOfLocalDay } from '../../../shared/time';

describe('csvCell', () => {
  it.each([
    { cell: 'plain', expected: 'plain' },
    { cell: 1234.5, expected: '1234.5' },
    { cell: 0, expected: '0' },
    { cell: null, expected: '' },
    { cell: undefined, expected: '' },
    { cell: Number.NaN, expected: '' },
    { cell: 'a,b', expected: '"a,b"' },
    { cell: 'say "hi"', expected: '"say ""hi"""' },
    { cell: 'two\nlines', expected: '"two\nlines"' },
    // Formula injection: the leading quote makes spreadsheets show the text instead of running it.
    { cell: '=1+2', expected: "'=1+2" },
    { cell: '+SUM(A1)', expected: "'+SUM(A1)" },
    { cell: '-2+3', expected: "'-2+3" },
    { cell: '@cmd', expected: "'@cmd" },
    { cell: '\t=x', expected: "'\t=x" },
    { cell: '\tplain', expected: "'\tplain" },
    { cell: '\rplain', expected: '"\'\rplain"' },
    { cell: '\uFF1D1', expected: "'\uFF1D1" },
    { cell: '=HYPERLINK("x","y")', expected: '"\'=HYPERLINK(""x"",""y"")"' },
    { cell: -5, expected: '-5' },
    // Spreadsheets trim leading whitespace before parsing a cell (issue 14, item 11).
    { cell: ' =1+2', expected: "' =1+2" },
    { cell: '   +A1', expected: "'   +A1" },
    { cell: ' -2', expected: "' -2" },
    { cell: ' @SUM(A1)', expected: "' @SUM(A1)" },
    { cell: '\n=cmd', expected: '"\'\n=cmd"' },
    { cell: '\r\n@cmd', expected: '"\'\r\n@cmd"' },
    { cell: ' \n =HYPERLINK("x")', expected: '"\' \n =HYPERLINK(""x"")"' },
    { cell: '\u00a0=1', expected: "'\u00a0=1" },
    { cell: '\u3000\uFF1D1', expected: "'\u3000\uFF1D1" },
    // Harmless text keeps its look: a space before ordinary text, a formula sign later on.
    { cell: ' Harbour Hub', expected: ' Harbour Hub' },
    { cell: 'A-1 = B', expected: 'A-1 = B' },
    { cell: '\nline', expected: '"\nline"' },
  ])('$cell → $expected', ({ cell, expected }) => {
    expect(csvCell(cell)).toBe(expected);
  });
});

describe('looksLikeFormula', () => {
  it.each([
    ['=A1', true],
    ['  =A1', true],
    ['\n\n+1', true],
    ['\t', true],
    ['Site = A', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeFormula(text)).toBe(expected);
  });
});

describe('isoWithOffset', () => {
  it('keeps the two 01:30s of a fall-back day apart by their offsets', () => {
    // Europe/Berlin leaves summer time on 2025-10-26 at 03:00 CEST → 02:00 CET.
    const summer = Date.UTC(2025, 9, 26, 0, 30) / 1000;
    const winter = Date.UTC(2025, 9, 26, 1, 30) / 1000;
    expect(isoWithOffset(summer, 'Europe/Berlin')).toBe('2025-10-26T02:30:00+02:00');
    expect(isoWithOffset(winter, 'Europe/Berlin')).toBe('2025-10-26T02:30:00+01:00');
  });
});

describe('seriesToCsv', () => {
  it('writes a Day as interval-end instants with offsets, energy in kWh and power in kW', () => {
    const zone = 'Europe/Berlin';
    const start = startOfLocalDay('2025-10-26', zone);
    // 02:30 local happens twice this night: at start + 2.5 h (CEST) and start + 3.5 h (CET).
    const csv = seriesToCsv(
      {
        range: 'day',
        unit: 'W',
        points: [
          { label: '02:30', t: start + 9000, value: 1500, previous: null, wh: 125 },
          {
            label: '02:30',
            t: start + 12600,
            value: 2250.4,
            previous: 1000,
            wh: 187.5334,
            previousWh: 83.3333,
          },
        ],
      },
      zone,
    );
    expect(csv).toBe(
      'interval end (site local time; ISO 8601 with UTC offset),energy in the interval (kWh),' +
        'average power over the interval (kW),previous day at the same time (kWh)\r\n' +
        '2025-10-26T02:30:00+02:00,0.125,1.5,\r\n' +
        '2025-10-26T02:30:00+01:00,0.187533,2.25,0.083333\r\n',
    );
  });
  it('writes periods with their local label, start instant and energy in kWh', () => {
    const zone = 'America/New_York';
    const csv = seriesToCsv(
      {
        range: 'month',
        unit: 'Wh',
        points: [
          {
            label: '2025-11-02',
            t: startOfLocalDay('2025-11-02', zone),
            value: 41250,
            previous: 39800,
          },
          {
            label: '2025-11-03',
            t: startOfLocalDay('2025-11-03', zone),
            value: 12000.5,
            previous: null,
          },
        ],
      },
      zone,
    );
    expect(csv).toBe(
      'period (site local date),period start (ISO 8601 with UTC offset),energy (kWh),previous period (kWh)\r\n' +
        '2025-11-02,2025-11-02T00:00:00-04:00,41.25,39.8\r\n' +
        '2025-11-03,2025-11-03T00:00:00-05:00,12.001,\r\n',
    );
  });
  it('writes only the header for an empty series', () => {
    expect(seriesToCsv({ range: 'week', unit: 'Wh', points: [] }, 'UTC')).toBe(
      'period (site local date),period start (ISO 8601 with UTC offset),energy (kWh),previous period (kWh)\r\n',
    );
  });
  it('joins rows generically', () => {
    expect(
      toCsv([
        ['a', 1],
        [null, 'b'],
      ]),
    ).toBe('a,1\r\n,b\r\n');
  });
});

describe('csvFileName', () => {
  it.each([
    {
      site: 'Harbour Logistics Hub',
      expected: 'enalysis-harbour-logistics-hub-day-2025-10-14.csv',
    },
    {
      site: 'Zürich Städtische Werke',
      expected: 'enalysis-zurich-stadtische-werke-day-2025-10-14.csv',
    },
    { site: '../../etc/passwd', expected: 'enalysis-etc-passwd-day-2025-10-14.csv' },
    { site: '///', expected: 'enalysis-site-day-2025-10-14.csv' },
  ])('$site → $expected', ({ site, expected }) => {
    expect(csvFileName(site, 'day', '2025-10-14')).toBe(expected);
  });
  it('never puts an unexpected anchor in a file name', () => {
    expect(csvFileName('A', 'week', '../x')).toBe('enalysis-a-week-date.csv');
  });
});
