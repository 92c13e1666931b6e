import { describe, expect, it } from 'vitest';
import {
  applyIncidents,
  incidentFactor,
  isFaultIncident,
  type Incident,
} from '../../../../../electron/providers/demo/incidents';

const DAY = 86_400;
const incident = (kind: Incident['kind'], severity: number): Incident => ({
  kind,
  sites: ['a'],
  from: 1000,
  to: 1000 + 10 * DAY,
  severity,
});

describe('incidents', () => {
  it.each([
    ['a full trip', incident('trip', 1), 2000, 0],
    ['one inverter of four', incident('trip', 0.25), 2000, 0.75],
    ['before it starts', incident('trip', 1), 999, 1],
    ['at its end', incident('trip', 1), 1000 + 10 * DAY, 1],
    ['degradation after 5 days at 2 %/day', incident('degradation', 0.02), 1000 + 5 * DAY, 0.9],
    ['snow', incident('snow', 0.02), 2000, 0.02],
    ['overcast', incident('overcast', 0.3), 2000, 0.3],
    ['a silent gateway does not change production', incident('offline', 1), 2000, 1],
  ])('%s', (_n, i, at, factor) => {
    expect(incidentFactor(i, at)).toBeCloseTo(factor);
  });

  it.each([
    ['trip', true],
    ['offline', true],
    ['degradation', true],
    ['snow', false],
    ['overcast', false],
  ] as const)('%s is a fault: %s', (kind, fault) => {
    expect(isFaultIncident(kind)).toBe(fault);
  });

  const samples = [900, 1200, 1500, 1800].map((endAt) => ({ endAt, wh: 10, w: 120 }));
  const offline: Incident = { kind: 'offline', sites: ['a'], from: 1100, to: 1600, severity: 1 };

  it('a silent gateway withholds its intervals until it returns, then uploads them all', () => {
    expect(applyIncidents('a', samples, [offline], 1550).map((s) => s.endAt)).toEqual([900, 1800]);
    expect(applyIncidents('a', samples, [offline], 1600).map((s) => s.endAt)).toEqual([
      900, 1200, 1500, 1800,
    ]);
  });

  it('other sites are untouched; a trip scales energy and power', () => {
    expect(applyIncidents('b', samples, [incident('trip', 1)], 5000)).toEqual(samples);
    const tripped = applyIncidents('a', samples, [incident('trip', 0.5)], 5000);
    expect(tripped.map((s) => [s.wh, s.w])).toEqual([
      [10, 120],
      [5, 60],
      [5, 60],
      [5, 60],
    ]);
  });
});
