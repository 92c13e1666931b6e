import { describe, expect, it } from 'vitest';
import { regionalIndexes } from '../../../../electron/insight/regional-index';

// Davis and Sacramento are 22 km apart; Berlin is far from both.
const davis = { id: 'davis', latitude: 38.54, longitude: -121.74 };
const sacramento = { id: 'sac', latitude: 38.58, longitude: -121.49 };
const woodland = { id: 'wood', latitude: 38.68, longitude: -121.77 };
const berlin = { id: 'ber', latitude: 52.52, longitude: 13.4 };

describe('regional indexes', () => {
  it('gives each site the median of its neighbours, never its own figure', () => {
    const result = regionalIndexes([
      { ...davis, index: 0.1 },
      { ...sacramento, index: 0.9 },
      { ...woodland, index: 0.7 },
      { ...berlin, index: 0.5 },
    ]);
    expect(result.get('davis')).toBeCloseTo(0.8);
    expect(result.get('sac')).toBeCloseTo(0.4);
    expect(result.get('wood')).toBeCloseTo(0.5);
    expect(result.get('ber')).toBeNull();
  });

  it('skips neighbours without a figure today', () => {
    const result = regionalIndexes([
      { ...davis, index: 0.3 },
      { ...sacramento, index: null },
    ]);
    expect(result.get('davis')).toBeNull();
    expect(result.get('sac')).toBe(0.3);
  });
});
