import { describe, expect, it } from 'vitest';
import type { Daylight, PortfolioRow, SeriesPoint } from '../../../../../shared/domain';
import {
  daylightFacts,
  kioskSlides,
  lastFullDayFor,
} from '../../../../../renderer/src/model/night';

const zone = 'Europe/Berlin';
const at = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const june17: Daylight = {
  sunrise: at('2026-06-17T02:43:00Z'),
  sunset: at('2026-06-17T19:33:00Z'),
  nextSunrise: at('2026-06-17T02:43:00Z'),
  night: true,
};
const points = (values: number[]): SeriesPoint[] =>
  values.map((value, i) => ({
    label: `${i}`,
    t: at('2026-06-16T22:00:00Z') + i * 300,
    value,
    previous: null,
  }));

describe('daylightFacts', () => {
  it.each([
    [june17, '2026-06-17T01:35:00Z', '03:35 local time · sunrise 04:43 · sunset 21:33'],
    [
      { sunrise: null, sunset: null, nextSunrise: null, night: false },
      '2026-06-17T10:00:00Z',
      '12:00 local time · the sun stays up today',
    ],
    [
      { sunrise: null, sunset: null, nextSunrise: null, night: true },
      '2026-12-21T10:00:00Z',
      '11:00 local time · the sun stays down today',
    ],
  ])('%j at %s', (daylight, iso, text) => {
    expect(daylightFacts(daylight, at(iso), zone)).toBe(text);
  });
});

describe('lastFullDayFor', () => {
  const today = '2026-06-17';
  const before = at('2026-06-17T01:35:00Z');
  it.each([
    ['before sunrise with nothing yet', points([0, 0, 0]), before, june17, '2026-06-16'],
    ['before sunrise without a point', points([]), before, june17, '2026-06-16'],
    ['once something was produced', points([0, 120]), before, june17, null],
    [
      'after sunset of an empty day (a fault stays on screen)',
      points([0]),
      at('2026-06-17T20:00:00Z'),
      june17,
      null,
    ],
    ['in daylight', points([0]), at('2026-06-17T10:00:00Z'), { ...june17, night: false }, null],
  ])('%s', (_, series, now, daylight, expected) => {
    expect(
      lastFullDayFor({ range: 'day', anchor: today, points: series }, today, daylight, now),
    ).toBe(expected);
  });

  it('only replaces today’s day chart', () => {
    expect(
      lastFullDayFor({ range: 'week', anchor: today, points: [] }, today, june17, before),
    ).toBeNull();
    expect(
      lastFullDayFor({ range: 'day', anchor: '2026-06-10', points: [] }, today, june17, before),
    ).toBeNull();
  });
});

describe('kioskSlides', () => {
  const row = (id: string, name: string, night: boolean) =>
    ({ site: { id, name }, daylight: { ...june17, night } }) as unknown as PortfolioRow;
  it('shows the fleet, then the sites in daylight by name, skipping those in their night', () => {
    expect(
      kioskSlides([row('t', 'Tokyo', true), row('b', 'Berlin', false), row('a', 'Austin', false)]),
    ).toEqual(['portfolio', 'a', 'b']);
  });
});
