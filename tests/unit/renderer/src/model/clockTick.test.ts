import { describe, expect, it } from 'vitest';
import {
  minuteOf,
  msUntilNextTick,
  tickSlackMs,
} from '../../../../../renderer/src/model/clockTick';
import { localDateOf } from '../../../../../shared/time';

const at = (iso: string) => Date.parse(iso);

describe('msUntilNextTick', () => {
  it.each([
    ['2026-06-17T14:00:00.000Z', 60_000],
    ['2026-06-17T14:00:00.001Z', 59_999],
    ['2026-06-17T14:00:59.999Z', 1],
    ['2026-06-17T14:00:30.000Z', 30_000],
  ])('at %s waits %i ms plus the slack', (iso, ms) => {
    expect(msUntilNextTick(at(iso))).toBe(ms + tickSlackMs);
  });

  it('never waits more than a minute and a slack', () => {
    for (let ms = 0; ms < 120_000; ms += 7_777)
      expect(msUntilNextTick(ms)).toBeLessThanOrEqual(60_000 + tickSlackMs);
  });

  // A tick lands on each site's local midnight, whatever its offset (whole, half or 45 minutes).
  it.each([
    ['America/Denver', '2026-06-18T06:00:00Z'],
    ['Asia/Kolkata', '2026-06-17T18:30:00Z'],
    ['Asia/Kathmandu', '2026-06-17T18:15:00Z'],
    ['Australia/Eucla', '2026-06-17T15:15:00Z'],
  ])('lands on %s midnight within the slack', (zone, midnightIso) => {
    const midnight = at(midnightIso);
    const before = midnight - 42_123;
    const tick = before + msUntilNextTick(before);
    expect(tick - midnight).toBe(tickSlackMs);
    expect(localDateOf(Math.floor(tick / 1000), zone)).not.toBe(
      localDateOf(Math.floor(before / 1000), zone),
    );
  });
});

describe('minuteOf', () => {
  it('changes exactly at each minute boundary', () => {
    expect(minuteOf(at('2026-06-17T14:00:59.999Z'))).toBe(minuteOf(at('2026-06-17T14:00:00Z')));
    expect(minuteOf(at('2026-06-17T14:01:00Z'))).toBe(minuteOf(at('2026-06-17T14:00:00Z')) + 1);
  });
});
