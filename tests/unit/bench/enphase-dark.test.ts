import { describe, expect, it } from 'vitest';
import { darkAt, productionEndBefore } from '../../../bench/enphase-dark';

/** Denver, 2 June 2025: sunrise 11:32 UTC (05:32 MDT), sunset 02:22 UTC on the 3rd. */
const denver = { latitude: 39.74, longitude: -104.98 };
const at = (iso: string) => Date.parse(iso) / 1000;
const timing = { uploadSeconds: 900, cloudDelaySeconds: 1200, refresh: 900 };

describe('darkAt (the bench judge of calls that cannot bring news)', () => {
  it.each([
    ['deep night', '2025-06-02T08:00:00Z', true],
    ['the sun 3° below the horizon', '2025-06-02T11:12:00Z', true],
    // Half a degree below the horizon is twilight, not dark, for the app's -1° rule.
    ['the sun half a degree below the horizon', '2025-06-02T11:30:00Z', false],
    ['morning', '2025-06-02T14:00:00Z', false],
  ])('%s: dark %s', (_, iso, dark) => {
    expect(darkAt(denver, at(iso), timing)).toBe(dark);
  });

  it('is not dark after sunset until the evening data was in a refresh earlier', () => {
    const end = productionEndBefore(denver, at('2025-06-03T03:00:00Z'));
    expect(darkAt(denver, end + 1800, timing)).toBe(false);
    expect(darkAt(denver, end + 4 * 3600, timing)).toBe(true);
  });
});
