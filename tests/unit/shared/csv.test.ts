import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, seriesToCsv, toCsv } from '../../../shared/csv';

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
    { cell: '\uFF1D1', expected: "'\uFF1D1" },
    { cell: '=HYPERLINK("x","y")', expected: '"\'=HYPERLINK(""x"",""y"")"' },
    { cell: -5, expected: '-5' },
  ])('$cell → $expected', ({ cell, expected }) => {
    expect(csvCell(cell)).toBe(expected);
  });
});

describe('seriesToCsv', () => {
  it('writes exactly the shown points with header, empty previous, unit and CRLF', () => {
    const csv = seriesToCsv({
      unit: 'Wh',
      points: [
        { label: '2025-10-13', t: 1, value: 41250, previous: 39800 },
        { label: '2025-10-14', t: 2, value: 12000.5, previous: null },
      ],
    });
    expect(csv).toBe(
      'label,value,previous,unit\r\n2025-10-13,41250,39800,Wh\r\n2025-10-14,12000.5,,Wh\r\n',
    );
  });
  it('writes only the header for an empty series', () => {
    expect(seriesToCsv({ unit: 'W', points: [] })).toBe('label,value,previous,unit\r\n');
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
