// Span chunking: as few calls as the caps permit, bounds on a wall-clock grid so none falls in a
// repeated or skipped hour.
import { describe, expect, it } from 'vitest';
import { monthChunks, wallHourChunks } from '../../../../../electron/providers/solaredge/spans';
import { startOfLocalDay } from '../../../../../shared/time';

const at = (text: string) => Date.parse(text) / 1000;

describe('wallHourChunks', () => {
  it.each([
    ['an ordinary day', 'Europe/Berlin', '2026-07-01', '2026-07-02', 2],
    ['a 25-hour autumn day', 'Europe/Berlin', '2026-10-25', '2026-10-26', 2],
    ['a 23-hour spring day', 'Europe/Berlin', '2026-03-29', '2026-03-30', 2],
    ['an autumn day in New York', 'America/New_York', '2026-11-01', '2026-11-02', 2],
    ['a spring day in Sydney', 'Australia/Sydney', '2026-10-04', '2026-10-05', 2],
    ['seven days', 'America/Phoenix', '2026-06-01', '2026-06-08', 14],
  ])('%s in %s takes %i calls', (_name, zone, from, to, calls) => {
    const chunks = wallHourChunks(startOfLocalDay(from, zone), startOfLocalDay(to, zone), zone, 12);
    expect(chunks).toHaveLength(calls);
    expect(chunks[0]!.startWall).toBe(`${from}T00:00:00`);
    expect(chunks.at(-1)!.endWall).toBe(`${to}T00:00:00`);
    for (const chunk of chunks)
      expect(
        chunk.startWall.slice(11) === '00:00:00' || chunk.startWall.slice(11) === '12:00:00',
      ).toBe(true);
  });

  it('starts mid-day and stops at now, bounds on the grid in between', () => {
    const zone = 'Europe/Berlin';
    const chunks = wallHourChunks(at('2026-10-24T07:15:00Z'), at('2026-10-25T13:40:00Z'), zone, 12);
    expect(chunks.map((chunk) => [chunk.startWall, chunk.endWall])).toEqual([
      ['2026-10-24T09:15:00', '2026-10-24T12:00:00'],
      ['2026-10-24T12:00:00', '2026-10-25T00:00:00'],
      ['2026-10-25T00:00:00', '2026-10-25T12:00:00'],
      ['2026-10-25T12:00:00', '2026-10-25T14:40:00'],
    ]);
    expect(chunks[0]!.after).toBe(at('2026-10-24T07:15:00Z') - 1);
    expect(chunks[2]!.after).toBe(at('2026-10-24T22:00:00Z') - 1);
  });

  it('asks for nothing when the span is empty', () => {
    expect(wallHourChunks(100_000, 100_000, 'UTC', 12)).toEqual([]);
  });
});

describe('monthChunks', () => {
  it.each([
    ['2026-10-01', '2026-11-01', 1, [['2026-10-01', '2026-11-01']]],
    [
      '2026-01-31',
      '2026-04-01',
      1,
      [
        ['2026-01-31', '2026-02-28'],
        ['2026-02-28', '2026-03-28'],
        ['2026-03-28', '2026-04-01'],
      ],
    ],
    ['2025-12-06', '2026-12-06', 1, 12],
    ['2024-01-01', '2026-12-01', null, [['2024-01-01', '2026-12-01']]],
    ['2026-10-05', '2026-10-05', 1, []],
  ] as const)('%s to %s by %s month(s)', (from, to, months, expected) => {
    const chunks = monthChunks(from, to, months).map((chunk) => [chunk.startDate, chunk.endDate]);
    if (typeof expected === 'number') expect(chunks).toHaveLength(expected);
    else expect(chunks).toEqual(expected);
  });
});
