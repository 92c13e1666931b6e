import { describe, expect, it } from 'vitest';
import { providerLabel } from '../../../../electron/sync/explain';

describe('providerLabel', () => {
  it('names known providers as people know them and any other by its id', () => {
    expect(['enphase', 'solaredge', 'tesla', 'test-solar'].map(providerLabel)).toEqual([
      'Enphase',
      'SolarEdge',
      'Tesla',
      'test-solar',
    ]);
  });
});
