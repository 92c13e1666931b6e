import { describe, expect, it } from 'vitest';
import { daylightSecondsBetween } from '../../../../../electron/providers/tesla/daylight-left';

const day = (iso: string) => Date.parse(iso) / 1000;

describe('daylightSecondsBetween', () => {
  it.each([
    // Munich around the September equinox: about 12 h 20 min of daylight.
    ['Munich, 16 September', 48.16, 11.6, '2026-09-16T00:00:00Z', 12.0, 12.9],
    // Dublin at midwinter: under 7 h 40 min.
    ['Dublin, 21 December', 53.32, -6.25, '2026-12-21T00:00:00Z', 7.0, 7.9],
    // Austin in June: about 14 h.
    ['Austin, 21 June', 30.27, -97.74, '2026-06-21T05:00:00Z', 13.6, 14.4],
  ])('%s has a plausible day length', (_name, lat, lon, from, low, high) => {
    const hours = daylightSecondsBetween(lat, lon, day(from), day(from) + 86_400) / 3600;
    expect(hours).toBeGreaterThan(low);
    expect(hours).toBeLessThan(high);
  });

  it('is zero for an empty or a night-only span, and adds up across spans', () => {
    const from = day('2026-09-16T00:00:00Z');
    expect(daylightSecondsBetween(48.16, 11.6, from, from)).toBe(0);
    expect(daylightSecondsBetween(48.16, 11.6, from, from + 3 * 3600)).toBe(0);
    const whole = daylightSecondsBetween(48.16, 11.6, from, from + 2 * 86_400);
    const parts =
      daylightSecondsBetween(48.16, 11.6, from, from + 86_400) +
      daylightSecondsBetween(48.16, 11.6, from + 86_400, from + 2 * 86_400);
    expect(whole).toBe(parts);
  });
});
