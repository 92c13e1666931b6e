import { describe, expect, it } from 'vitest';
import { daylightOf } from '../../../../electron/services/daylight';
import { localDateOf, localTimeOf } from '../../../../shared/time';

const berlin = { latitude: 52.52, longitude: 13.4, timeZone: 'Europe/Berlin' };
const sydney = { latitude: -33.87, longitude: 151.21, timeZone: 'Australia/Sydney' };
const tromso = { latitude: 69.65, longitude: 18.96, timeZone: 'Europe/Oslo' };

const at = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const local = (t: number | null, zone: string) =>
  t === null ? null : `${localDateOf(t, zone)} ${localTimeOf(t, zone)}`;

describe('daylightOf', () => {
  it.each([
    // [place, instant, night, sunrise, sunset, next sunrise] in the site's local time.
    [berlin, '2026-06-17T01:35:00Z', true, '2026-06-17 04:4', '2026-06-17 21:3', '2026-06-17 04:4'],
    [
      berlin,
      '2026-06-17T10:00:00Z',
      false,
      '2026-06-17 04:4',
      '2026-06-17 21:3',
      '2026-06-18 04:4',
    ],
    [berlin, '2026-06-17T20:30:00Z', true, '2026-06-17 04:4', '2026-06-17 21:3', '2026-06-18 04:4'],
    [
      sydney,
      '2026-06-17T19:00:00Z',
      true,
      '2026-06-18 06:59',
      '2026-06-18 16:5',
      '2026-06-18 06:59',
    ],
  ] as const)('%j at %s', (place, iso, night, sunrise, sunset, next) => {
    const sun = daylightOf(place, at(iso));
    expect(sun.night).toBe(night);
    expect(local(sun.sunrise, place.timeZone)).toMatch(new RegExp(`^${sunrise}`));
    expect(local(sun.sunset, place.timeZone)).toMatch(new RegExp(`^${sunset}`));
    expect(local(sun.nextSunrise, place.timeZone)).toMatch(new RegExp(`^${next}`));
  });

  it('has no sunrise or sunset in a polar day, and it is not night', () => {
    const sun = daylightOf(tromso, at('2026-06-21T00:00:00Z'));
    expect(sun).toMatchObject({ sunrise: null, sunset: null, night: false });
    // The sun next rises after it first sets again, late in July.
    expect(localDateOf(sun.nextSunrise ?? 0, tromso.timeZone)).toMatch(/^2026-07-2/);
  });

  it('finds the first sunrise after a polar night', () => {
    const sun = daylightOf(tromso, at('2026-12-21T11:00:00Z'));
    expect(sun).toMatchObject({ sunrise: null, sunset: null, night: true });
    expect(localDateOf(sun.nextSunrise ?? 0, tromso.timeZone)).toMatch(/^2027-01-1/);
  });
});
