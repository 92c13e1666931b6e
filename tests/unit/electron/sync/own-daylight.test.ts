import { getTimes } from 'suncalc';
import { describe, expect, it } from 'vitest';
import {
  daylightShift,
  NO_SHIFT,
  referenceInstant,
  type ProductionSpan,
} from '../../../../electron/sync/own-daylight';

/** Enphase says America/Chicago; the reference city is Chicago, the panels are in Austin. */
const chicago = { latitude: 41.85, longitude: -87.65 };
const austin = { latitude: 30.27, longitude: -97.74 };
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const seconds = (date: Date | null) => date!.getTime() / 1000;

/** Austin's clear-sky production edges on a June or December day (5 min after sunrise…). */
function austinSpan(iso: string, late = 0): ProductionSpan {
  const times = getTimes(day(iso), austin.latitude, austin.longitude);
  return { first: seconds(times.sunrise) + 300 + late, last: seconds(times.sunset) - 300 };
}

describe('daylightShift', () => {
  it('learns that Austin starts over an hour after Chicago in June, and stops about with it', () => {
    const spans = ['2025-05-27', '2025-05-28', '2025-05-29', '2025-05-30'].map((d) =>
      austinSpan(d),
    );
    const shift = daylightShift(chicago.latitude, chicago.longitude, spans);
    expect(shift.dawn / 60).toBeGreaterThan(65);
    expect(shift.dawn / 60).toBeLessThan(80);
    expect(Math.abs(shift.dusk / 60)).toBeLessThan(15);
  });

  it('learns that Austin stops over an hour after Chicago in December', () => {
    const shift = daylightShift(chicago.latitude, chicago.longitude, [austinSpan('2025-11-28')]);
    expect(shift.dusk / 60).toBeGreaterThan(55);
    expect(shift.dusk / 60).toBeLessThan(75);
  });

  it('keeps the earliest start of the week: a cloudy morning does not make the site wake late', () => {
    const clear = daylightShift(chicago.latitude, chicago.longitude, [austinSpan('2025-05-28')]);
    const withCloudyDay = daylightShift(chicago.latitude, chicago.longitude, [
      austinSpan('2025-05-28'),
      austinSpan('2025-05-29', 50 * 60),
    ]);
    expect(withCloudyDay.dawn).toBeLessThanOrEqual(clear.dawn + 60);
  });

  it.each<[string, ProductionSpan[]]>([
    ['no stored day', []],
    [
      'a day whose "production" is a night-time export hours away from any sunrise',
      [
        {
          first: Date.parse('2025-05-28T06:00:00Z') / 1000,
          last: Date.parse('2025-05-28T07:00:00Z') / 1000,
        },
      ],
    ],
  ])('trusts the reference city as it is after %s', (_, spans) => {
    expect(daylightShift(chicago.latitude, chicago.longitude, spans)).toEqual(NO_SHIFT);
  });
});

describe('referenceInstant', () => {
  const shift = { dawn: 4000, dusk: -900 };
  it.each([
    ['before dawn the sun climbs: shifted by the dawn', '2025-06-02T09:00:00Z', -4000],
    ['in the morning', '2025-06-02T15:00:00Z', -4000],
    ['in the afternoon the sun sinks: shifted by the dusk', '2025-06-02T20:00:00Z', 900],
    ['late evening', '2025-06-03T03:00:00Z', 900],
  ])('%s', (_, iso, offset) => {
    const now = Date.parse(iso) / 1000;
    expect(referenceInstant(chicago.latitude, chicago.longitude, now, shift)).toBe(now + offset);
  });

  it('is now itself without a shift', () => {
    expect(referenceInstant(chicago.latitude, chicago.longitude, 1_750_000_000, NO_SHIFT)).toBe(
      1_750_000_000,
    );
  });
});
