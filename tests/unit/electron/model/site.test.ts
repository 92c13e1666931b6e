import { describe, expect, it } from 'vitest';
import { descriptionOf, type SiteDescription } from '../../../../electron/model/site';

describe('descriptionOf', () => {
  it('copies exactly the descriptive fields, nothing a provider or the cache adds', () => {
    const description: SiteDescription = {
      name: 'Riverside',
      city: 'Sacramento',
      country: 'US',
      timeZone: 'America/Los_Angeles',
      latitude: 38.56,
      longitude: -121.49,
      capacityW: 98_400,
      status: 'normal',
      statusDetail: null,
      statusSince: 1_749_990_000,
    };
    const listed = {
      ...description,
      externalId: '4201101',
      lastEnergyAt: 1_750_000_000,
      uploadEverySeconds: 900,
    };
    expect(descriptionOf(listed)).toEqual(description);
    expect(Object.keys(descriptionOf(listed)).sort()).toEqual(Object.keys(description).sort());
  });
});
