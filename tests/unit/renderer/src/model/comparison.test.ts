import { describe, expect, it } from 'vitest';
import type { SeriesPoint, SiteSeries } from '../../../../../shared/domain';
import {
  comparisonFor,
  previousEnergyOfPowerPoints,
} from '../../../../../renderer/src/model/comparison';

const fiveMinutes = (values: (number | null)[]): SeriesPoint[] =>
  values.map((previous, i) => ({ label: `${i}`, t: 1_760_000_000 + i * 300, value: 0, previous }));

function daySeries(anchor: string, points: SeriesPoint[]): SiteSeries {
  return {
    siteId: 's',
    range: 'day',
    anchor,
    from: anchor,
    to: anchor,
    unit: 'W',
    points,
    totalWh: 500,
    previousTotalWh: 4000,
    downsampledFrom: null,
  };
}

describe('previousEnergyOfPowerPoints', () => {
  it.each([
    // 12 W for three 5-minute intervals = 3 Wh.
    { values: [12, 12, 12], expected: 3 },
    { values: [12, null, 12], expected: 2 },
    { values: [null, null], expected: null },
    { values: [12], expected: null },
  ])('$values → $expected Wh', ({ values, expected }) => {
    const result = previousEnergyOfPowerPoints(fiveMinutes(values));
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected);
  });
});

describe('comparisonFor', () => {
  it('compares today with yesterday up to the same time, not with all of yesterday', () => {
    const comparison = comparisonFor(
      daySeries('2025-10-14', fiveMinutes([1200, 1200])),
      '2025-10-14',
    );
    expect(comparison.label).toBe('previous day at this time');
    expect(comparison.previousWh).toBeCloseTo(200);
  });

  it('uses main’s previous total for a finished day', () => {
    const comparison = comparisonFor(
      daySeries('2025-10-13', fiveMinutes([1200, 1200])),
      '2025-10-14',
    );
    expect(comparison).toEqual({ previousWh: 4000, label: 'previous day' });
  });

  it.each([
    { range: 'week', label: 'previous week' },
    { range: 'month', label: 'previous month' },
    { range: 'year', label: 'previous year' },
  ] as const)('uses main’s like-for-like sum for a $range', ({ range, label }) => {
    const series = { ...daySeries('2025-10-14', []), range, unit: 'Wh' as const };
    expect(comparisonFor(series, '2025-10-14')).toEqual({ previousWh: 4000, label });
  });
});
