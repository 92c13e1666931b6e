import { describe, expect, it } from 'vitest';
import { InvalidDataError } from '../../../../electron/cache/errors';
import type { IntervalSample } from '../../../../electron/cache/types';
import {
  normalizeIntervals,
  validateDailySamples,
  validateSite,
} from '../../../../electron/cache/validate';
import { makeSite } from './fixtures/cacheFixtures';

const t0 = 1_700_000_000;
const at = (offset: number, wh = 1): IntervalSample => ({ endAt: t0 + offset, wh, w: wh * 12 });

describe('normalizeIntervals', () => {
  it.each([
    ['ordered input as it is', [at(300), at(600)], [at(300), at(600)]],
    ['reversed input in time order', [at(900), at(600), at(300)], [at(300), at(600), at(900)]],
    ['the last of duplicates', [at(300, 1), at(600), at(300, 2)], [at(300, 2), at(600)]],
    ['nothing for nothing', [], []],
  ])('returns %s', (_name, input, expected) => {
    expect(normalizeIntervals('demo:x', input)).toEqual(expected);
  });

  it.each([
    [
      { endAt: t0 + 0.5, wh: 1, w: 1 },
      /Interval 0 for site "demo:x": endAt must be a whole number of epoch seconds/,
    ],
    [{ endAt: 0, wh: 1, w: 1 }, /endAt/],
    [{ endAt: t0 * 1000, wh: 1, w: 1 }, /between 2000 and 2100 \(got 1700000000000\)/], // milliseconds
    [{ endAt: Number.NaN, wh: 1, w: 1 }, /endAt/],
    [{ endAt: t0, wh: -0.1, w: 1 }, /wh must be a finite number ≥ 0 \(got -0.1\)/],
    [
      { endAt: t0, wh: 1, w: Number.NEGATIVE_INFINITY },
      /w must be a finite number ≥ 0 \(got -Infinity\)/,
    ],
    [{ endAt: t0, wh: null, w: 1 }, /wh must be a finite number ≥ 0 \(got object\)/],
    [null, /Interval 0 for site "demo:x" is not an object/],
  ])('refuses %j with a message naming the field', (bad, message) => {
    expect(() => normalizeIntervals('demo:x', [bad as IntervalSample])).toThrow(InvalidDataError);
    expect(() => normalizeIntervals('demo:x', [bad as IntervalSample])).toThrow(message);
  });
});

describe('validateDailySamples', () => {
  it('accepts real dates with energy ≥ 0', () => {
    expect(() =>
      validateDailySamples('demo:x', [{ localDate: '2024-02-29', wh: 0 }]),
    ).not.toThrow();
  });

  it.each([
    [{ localDate: '2023-02-29', wh: 1 }],
    [{ localDate: '2024-02-01T00:00:00Z', wh: 1 }],
    [{ localDate: '2024-02-01', wh: Number.NaN }],
  ])('refuses %j', (day) => {
    expect(() => validateDailySamples('demo:x', [day])).toThrow(InvalidDataError);
  });
});

describe('validateSite', () => {
  it.each([
    [{ id: '' }, /needs an id/],
    [{ provider: 'Acme Solar' }, /is not a provider id/],
    [{ status: 'great' }, /unknown status/],
    [{ timeZone: 'local' }, /unknown time zone/],
    [{ latitude: Number.NaN }, /latitude must be a finite number/],
    [{ capacityW: -1 }, /capacityW/],
    [{ addedAt: 1.5 }, /addedAt/],
    [{ name: 42 }, /name must be text/],
    [{ statusDetail: 7 }, /statusDetail must be text, a message or null/],
    [{ statusDetail: { key: 5 } }, /statusDetail/],
    [{ statusDetail: { key: 'status.enphase.comm', params: { a: [1] } } }, /statusDetail/],
  ])('refuses a site with %j', (patch, message) => {
    expect(() => validateSite({ ...makeSite(), ...(patch as object) })).toThrow(message);
  });

  it('accepts a complete site', () => {
    expect(() => validateSite(makeSite({ timeZone: 'US/Pacific' }))).not.toThrow();
  });

  it('accepts a status sentence as text or as a message', () => {
    const message = { key: 'status.enphase.unknown', params: { status: 'nsr' } } as const;
    expect(() => validateSite(makeSite({ statusDetail: 'Inverter 2 tripped.' }))).not.toThrow();
    expect(() => validateSite(makeSite({ statusDetail: message }))).not.toThrow();
  });
});
