import { describe, expect, it } from 'vitest';
import { distanceKm, regionalClearness, regionalPeers } from '../../../../electron/insight/region';

const place = (id: string, latitude: number, longitude: number) => ({ id, latitude, longitude });

describe('regions', () => {
  it.each([
    ['Denver to Boulder', place('a', 39.74, -104.99), place('b', 40.015, -105.27), 35, 40],
    ['Denver to Phoenix', place('a', 39.74, -104.99), place('b', 33.45, -112.07), 900, 950],
    ['same place', place('a', 10, 10), place('b', 10, 10), 0, 0],
  ])('%s', (_n, a, b, min, max) => {
    const km = distanceKm(a, b);
    expect(km).toBeGreaterThanOrEqual(min);
    expect(km).toBeLessThanOrEqual(max);
  });

  it('peers are the other sites within 50 km, both ways', () => {
    const peers = regionalPeers([
      place('denver', 39.74, -104.99),
      place('boulder', 40.015, -105.27),
      place('phoenix', 33.45, -112.07),
    ]);
    expect(peers.get('denver')).toEqual(['boulder']);
    expect(peers.get('boulder')).toEqual(['denver']);
    expect(peers.get('phoenix')).toEqual([]);
  });

  it.each([
    ['no peer reported', [null, null], null],
    ['one peer', [0.9], 0.9],
    ['a faulty peer does not decide it', [0.95, 0.0, 0.9], 0.9],
    ['an even count averages the middle two', [0.2, 0.4, 0.6, 0.8], 0.5],
  ])('clearness: %s', (_n, ratios, expected) => {
    expect(regionalClearness(ratios)).toBe(expected);
  });
});
