import { describe, expect, it } from 'vitest';
import { descriptionOf, isUsableExternalId, siteIdOf } from '../../../../electron/model/site';

describe('descriptionOf', () => {
  it('copies exactly the descriptive fields, nothing a provider or the cache adds', () => {
    const listed = {
      externalId: '4201101',
      lastEnergyAt: 1_750_000_000,
      uploadEverySeconds: 900,
      name: 'Riverside',
      city: 'Sacramento',
      country: 'US',
      timeZone: 'America/Los_Angeles',
      latitude: 38.56,
      longitude: -121.49,
      capacityW: 98_400,
      status: 'normal' as const,
      statusDetail: null,
    };
    expect(descriptionOf(listed)).toEqual({
      name: 'Riverside',
      city: 'Sacramento',
      country: 'US',
      timeZone: 'America/Los_Angeles',
      latitude: 38.56,
      longitude: -121.49,
      capacityW: 98_400,
      status: 'normal',
      statusDetail: null,
    });
  });
});

describe('site identity', () => {
  it.each<[unknown, boolean]>([
    ['4201101', true],
    ['demo:riverside', true],
    ['', false],
    ['a/b', false],
    ['x'.repeat(129), false],
    [42, false],
  ])('%s usable: %s', (id, usable) => {
    expect(isUsableExternalId(id)).toBe(usable);
  });

  it('prefixes the provider', () => {
    expect(siteIdOf('enphase', '4201101')).toBe('enphase:4201101');
  });
});
