import { describe, expect, it } from 'vitest';
import type { DemoSiteSpec } from '../../../../../electron/providers/demo/sites';
import {
  assertValidDemoSiteSpec,
  demoSiteSpecs,
  InvalidDemoSiteError,
} from '../../../../../electron/providers/demo/sites';
import { isValidTimeZone } from '../../../../../shared/time';

const base: DemoSiteSpec = demoSiteSpecs[0]!;
const fault = {
  tripAt: 1_750_000_000,
  cycleDays: 30,
  resetAfterDays: 29,
  inverterIndex: 0,
  alarm: 'arcFault' as const,
};

describe('demo site specs', () => {
  it('are all valid, with real zones and coordinates', () => {
    for (const spec of demoSiteSpecs) {
      expect(() => assertValidDemoSiteSpec(spec, isValidTimeZone)).not.toThrow();
    }
  });

  it.each<[string, DemoSiteSpec]>([
    ['an unknown zone', { ...base, timeZone: 'Mars/Olympus' }],
    ['a slug that is not kebab-case', { ...base, slug: 'Not A Slug' }],
    ['a polar latitude', { ...base, latitude: 89 }],
    ['a longitude off the globe', { ...base, longitude: 181 }],
    ['a negative capacity', { ...base, capacityW: -5 }],
    ['a tilt past vertical', { ...base, tiltDeg: 95 }],
    ['a performance ratio above 1', { ...base, performanceRatio: 1.2 }],
    ['climate shares above 1', { ...base, climate: { clear: 0.8, overcast: 0.5 } }],
    ['no inverter', { ...base, inverters: { ...base.inverters, count: 0 } }],
    ['a trip that is not an instant', { ...base, fault: { ...fault, tripAt: Number.NaN } }],
    ['a one-day cycle', { ...base, fault: { ...fault, cycleDays: 1 } }],
    ['a reset after the next trip', { ...base, fault: { ...fault, resetAfterDays: 30 } }],
    ['a missing faulted inverter', { ...base, fault: { ...fault, inverterIndex: 9 } }],
    ['a negative inverter index', { ...base, fault: { ...fault, inverterIndex: -1 } }],
    [
      'a fault with nothing left running',
      { ...base, inverters: { ...base.inverters, count: 1 }, fault },
    ],
  ])('refuses %s', (_name, spec) => {
    expect(() => assertValidDemoSiteSpec(spec, isValidTimeZone)).toThrow(InvalidDemoSiteError);
  });

  it('says which site and what is wrong', () => {
    expect(() => assertValidDemoSiteSpec({ ...base, tiltDeg: -1 }, isValidTimeZone)).toThrow(
      `Demo site "${base.slug}": tilt must be 0–90°`,
    );
  });
});
