import { describe, expect, it } from 'vitest';
import type { SiteRecord } from '../../../../electron/cache/types';
import type { ProviderSite } from '../../../../electron/providers/provider';
import {
  isUsableExternalId,
  parseInstantCursor,
  siteChanged,
  toProviderSite,
  toSiteRecord,
} from '../../../../electron/sync/site-records';

const listed: ProviderSite = {
  externalId: 'berlin-office',
  name: 'Office',
  city: 'Berlin',
  country: 'DE',
  timeZone: 'Europe/Berlin',
  latitude: 52.5,
  longitude: 13.4,
  capacityW: 95_000,
  status: 'normal',
  statusDetail: null,
  lastEnergyAt: 1_751_328_000,
};

describe('site records', () => {
  it('gives a new site the app id `${provider}:${externalId}` and the current instant as addedAt', () => {
    const record = toSiteRecord('demo', listed, null, 1000);
    expect(record).toMatchObject({ id: 'demo:berlin-office', addedAt: 1000, connectionId: null });
  });

  it('keeps when a known site was added and its connection when the listing changes', () => {
    const existing: SiteRecord = {
      ...toSiteRecord('enphase', listed, null, 1000),
      connectionId: 'conn-1',
    };
    const next = toSiteRecord('enphase', { ...listed, status: 'fault' }, existing, 9000);
    expect(next).toMatchObject({ addedAt: 1000, connectionId: 'conn-1', status: 'fault' });
    expect(siteChanged(existing, next)).toBe(true);
    expect(siteChanged(existing, toSiteRecord('enphase', listed, existing, 9000))).toBe(false);
    expect(siteChanged(null, next)).toBe(true);
  });

  it('a status message with the same key and params is no change; other params are', () => {
    const detail = { key: 'status.enphase.unknown', params: { status: 'nsr' } } as const;
    const stored = toSiteRecord('enphase', { ...listed, statusDetail: detail }, null, 1000);
    const again = { ...listed, statusDetail: { ...detail, params: { ...detail.params } } };
    expect(siteChanged(stored, toSiteRecord('enphase', again, stored, 9000))).toBe(false);
    const other = { ...listed, statusDetail: { ...detail, params: { status: 'odd' } } };
    expect(siteChanged(stored, toSiteRecord('enphase', other, stored, 9000))).toBe(true);
  });

  it('turns a stored site back into what a provider call needs', () => {
    const record = toSiteRecord('demo', listed, null, 1000);
    expect(toProviderSite(record)).toEqual({ ...listed, lastEnergyAt: null });
  });

  it.each<[unknown, boolean]>([
    ['1234567', true],
    ['berlin-office', true],
    ['', false],
    ['a b', false],
    ['x'.repeat(129), false],
    ['../../etc', false],
    [42, false],
  ])('external id %j usable: %s', (id, usable) => {
    expect(isUsableExternalId(id)).toBe(usable);
  });

  it.each<[string | null, number | null]>([
    ['1751328000', 1_751_328_000],
    [null, null],
    ['', null],
    ['-5', null],
    ['1e9', null],
    ['12.5', null],
  ])('cursor %j reads as %j', (text, value) => {
    expect(parseInstantCursor(text)).toBe(value);
  });
});
