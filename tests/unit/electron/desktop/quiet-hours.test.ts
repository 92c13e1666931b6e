import { describe, expect, it } from 'vitest';
import { digestDue, isQuiet } from '../../../../electron/desktop/quiet-hours';

const berlin = (iso: string) => Date.parse(iso) / 1000;
const zone = 'Europe/Berlin';

describe('quiet hours', () => {
  it.each([
    ['no quiet hours set', '2026-06-15T23:30:00+02:00', '', '', false],
    ['inside a range across midnight, late', '2026-06-15T23:30:00+02:00', '22:00', '07:00', true],
    ['inside a range across midnight, early', '2026-06-16T06:59:00+02:00', '22:00', '07:00', true],
    ['the end minute is no longer quiet', '2026-06-16T07:00:00+02:00', '22:00', '07:00', false],
    ['outside', '2026-06-15T12:00:00+02:00', '22:00', '07:00', false],
    ['a daytime range', '2026-06-15T12:30:00+02:00', '12:00', '13:00', true],
    ['same start and end means none', '2026-06-15T12:30:00+02:00', '12:00', '12:00', false],
  ])('%s', (_n, at, from, to, quiet) => {
    expect(isQuiet(berlin(at), zone, from, to)).toBe(quiet);
  });

  it.each([
    ['before the end of quiet hours', '2026-06-16T06:30:00+02:00', '07:00', null],
    ['after it: that day', '2026-06-16T07:10:00+02:00', '07:00', '2026-06-16'],
    ['no quiet hours: 08:00', '2026-06-16T07:59:00+02:00', '', null],
    ['no quiet hours, after 08:00', '2026-06-16T08:00:00+02:00', '', '2026-06-16'],
  ])('digest %s', (_n, at, to, due) => {
    expect(digestDue(berlin(at), zone, to)).toBe(due);
  });
});
