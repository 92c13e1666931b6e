import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  isQuietNight,
  lastUploadIsIn,
  productionEndBefore,
  sunIsDown,
} from '../../../../electron/sync/night';

const places = {
  berlin: { lat: 52.52, lon: 13.4, zone: 'Europe/Berlin' },
  sydney: { lat: -33.87, lon: 151.21, zone: 'Australia/Sydney' },
  phoenix: { lat: 33.45, lon: -112.07, zone: 'America/Phoenix' },
} as const;
type Place = keyof typeof places;

const at = (place: Place, iso: string): number =>
  DateTime.fromISO(iso, { zone: places[place].zone }).toSeconds();

describe('sunIsDown', () => {
  it.each<[Place, string, boolean]>([
    ['berlin', '2025-06-21T13:00', false],
    ['berlin', '2025-06-21T23:30', true],
    ['berlin', '2025-12-21T16:30', true],
    ['berlin', '2025-12-21T12:00', false],
    ['sydney', '2025-06-21T17:30', true],
    ['sydney', '2025-12-21T19:30', false],
    ['phoenix', '2025-07-01T04:00', true],
    ['phoenix', '2025-07-01T06:30', false],
  ])('%s at %s local: %s', (place, iso, down) => {
    const { lat, lon } = places[place];
    expect(sunIsDown(lat, lon, at(place, iso))).toBe(down);
  });
});

describe('isQuietNight', () => {
  it.each<[string, Place, string, string, boolean]>([
    ['dark now, cursor after sunset', 'berlin', '2025-06-21T23:00', '2025-06-22T02:00', true],
    [
      'cursor before sunset: one call closes the day',
      'berlin',
      '2025-06-21T20:00',
      '2025-06-22T01:00',
      false,
    ],
    ['sun is up now', 'berlin', '2025-06-21T23:00', '2025-06-22T07:00', false],
    ['a whole day lies between', 'berlin', '2025-06-21T02:00', '2025-06-21T23:30', false],
    ['winter night, 15 h long', 'berlin', '2025-12-21T16:30', '2025-12-22T07:30', true],
    ['longer than any night we pause for', 'berlin', '2025-12-20T16:30', '2025-12-21T11:00', false],
    [
      'cursor in the future (clock moved back)',
      'berlin',
      '2025-06-22T02:00',
      '2025-06-22T01:00',
      false,
    ],
    ['southern winter evening', 'sydney', '2025-06-21T18:00', '2025-06-21T23:00', true],
  ])('%s (%s)', (_name, place, cursor, now, quiet) => {
    const { lat, lon } = places[place];
    expect(isQuietNight(lat, lon, at(place, cursor), at(place, now))).toBe(quiet);
  });
});

describe('lastUploadIsIn', () => {
  // Berlin, 21 June: sunset about 21:33 local.
  it.each<[string, Place, string, number, boolean]>([
    ['45 min lag, 2 h after sunset', 'berlin', '2025-06-21T23:40', 45 * 60, true],
    [
      '45 min lag, 20 min after sunset (not dark yet)',
      'berlin',
      '2025-06-21T21:55',
      45 * 60,
      false,
    ],
    ['6.5 h lag (cellular), 2 h after sunset', 'berlin', '2025-06-21T23:40', 6.5 * 3600, false],
    ['6.5 h lag (cellular), 7 h after sunset', 'berlin', '2025-06-22T04:40', 6.5 * 3600, false],
    ['45 min lag, noon', 'berlin', '2025-06-21T12:00', 45 * 60, false],
    ['45 min lag, Sydney winter evening', 'sydney', '2025-06-21T19:30', 45 * 60, true],
  ])('%s', (_, place, iso, lag, expected) => {
    const { lat, lon } = places[place];
    expect(lastUploadIsIn(lat, lon, at(place, iso), lag)).toBe(expected);
  });
});

describe('productionEndBefore', () => {
  it('is the last 5-minute step with the sun up before a dark instant', () => {
    const { lat, lon } = places.berlin;
    const now = at('berlin', '2025-06-21T23:40');
    const end = productionEndBefore(lat, lon, now)!;
    expect(end).toBeGreaterThan(at('berlin', '2025-06-21T21:20'));
    expect(end).toBeLessThan(at('berlin', '2025-06-21T21:45'));
    expect((now - end) % 300).toBe(0);
  });

  it('is the instant itself while the sun is up', () => {
    const now = at('phoenix', '2025-07-01T12:00');
    expect(productionEndBefore(places.phoenix.lat, places.phoenix.lon, now)).toBe(now);
  });
});
