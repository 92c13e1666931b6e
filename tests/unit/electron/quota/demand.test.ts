import { describe, expect, it } from 'vitest';
import { expectedCallsPerDay } from '../../../../electron/quota/demand';

describe('expectedCallsPerDay', () => {
  it.each([
    // sites, connections, calls: 56 daylight refreshes + 1.2 extra per site, 96 list pages per list
    [0, 1, 0],
    [1, 1, Math.ceil(57.2 + 96)],
    [40, 1, Math.ceil(40 * 57.2 + 96)],
    [40, 3, Math.ceil(40 * 57.2 + 3 * 96)],
    [250, 1, Math.ceil(250 * 57.2 + 3 * 96)],
  ])('%i sites in %i connections: %i calls a day', (sites, connections, calls) => {
    expect(expectedCallsPerDay(sites, connections)).toBe(calls);
  });
});
