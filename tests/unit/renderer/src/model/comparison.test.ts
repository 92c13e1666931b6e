import { describe, expect, it } from 'vitest';
import type { SeriesPoint, SiteSeries } from '../../../../../shared/domain';
import { comparisonFor } from '../../../../../renderer/src/model/comparison';

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

describe('comparisonFor', () => {
  it('says "at this time" for today, whose previous total main cut at the same wall-clock time', () => {
    const comparison = comparisonFor(
      daySeries('2025-10-14', fiveMinutes([1200, 1200])),
      '2025-10-14',
    );
    expect(comparison).toEqual({ previousWh: 4000, label: 'previous day at this time' });
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
