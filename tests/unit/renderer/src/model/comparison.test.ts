import { describe, expect, it } from 'vitest';
import type { SeriesComparison, SiteSeries } from '../../../../../shared/domain';
import {
  comparisonFor,
  neutralChangeRatio,
  toneOf,
} from '../../../../../renderer/src/model/comparison';

function series(
  range: SiteSeries['range'],
  comparison: SeriesComparison | null,
  extra: Partial<SiteSeries> = {},
): SiteSeries {
  return {
    siteId: 's',
    range,
    anchor: '2026-06-16',
    from: '2026-06-15',
    to: '2026-06-21',
    unit: range === 'day' ? 'W' : 'Wh',
    points: [],
    totalWh: 500_000,
    comparison,
    downsampledFrom: null,
    ...extra,
  };
}

const compared = (over: Partial<SeriesComparison> = {}): SeriesComparison => ({
  currentWh: 10_300,
  previousWh: 10_000,
  days: 3,
  previousFrom: '2025-01-01',
  previousTo: '2025-03-31',
  includesToday: false,
  ...over,
});

describe('comparisonFor', () => {
  it('says which days were compared, and uses their sums rather than the whole period', () => {
    const view = comparisonFor(series('year', compared({ days: 90 })), '2026-06-16');
    expect(view).toEqual({
      label: 'vs Jan 1\u2009–\u2009Mar 31, 2025 · 90 days with data on both sides',
      change: '+3\u00a0%',
      tone: 'up',
      currentWh: 10_300,
      previousWh: 10_000,
    });
  });

  it('mentions a running day cut at this time', () => {
    const view = comparisonFor(
      series(
        'week',
        compared({
          previousFrom: '2026-06-08',
          previousTo: '2026-06-09',
          days: 2,
          includesToday: true,
        }),
      ),
      '2026-06-16',
    );
    expect(view.label).toBe(
      'vs Jun 8\u2009–\u20099, 2026 · 2 days with data on both sides, today up to this time',
    );
  });

  it.each([
    [compared({ includesToday: true, days: 1 }), 'vs previous day at this time'],
    [compared({ days: 1 }), 'vs previous day'],
  ])('names a day’s comparison plainly (%#)', (comparison, label) => {
    expect(comparisonFor(series('day', comparison), '2026-06-16').label).toBe(label);
  });

  it('says nothing was produced yet today instead of “no previous day”', () => {
    const view = comparisonFor(
      series('day', null, { from: '2026-06-16', to: '2026-06-16', totalWh: 0 }),
      '2026-06-16',
    );
    expect(view).toMatchObject({ label: 'Nothing produced yet today', change: null });
  });

  it('says when no day has data on both sides', () => {
    expect(comparisonFor(series('month', null), '2026-06-16').label).toBe(
      'No previous month with data to compare with',
    );
  });

  it('shows both sides without a ratio when the previous side produced nothing', () => {
    const view = comparisonFor(
      series('day', compared({ currentWh: 0, previousWh: 0, includesToday: true, days: 1 })),
      '2026-06-16',
    );
    expect(view).toMatchObject({ change: null, tone: 'neutral', currentWh: 0, previousWh: 0 });
  });
});

describe('toneOf', () => {
  it.each([
    [null, 'neutral'],
    [0, 'neutral'],
    [0.009, 'neutral'],
    [-0.009, 'neutral'],
    [neutralChangeRatio, 'up'],
    [-0.012, 'down'],
    [35.95, 'up'],
  ] as const)('%s → %s', (ratio, tone) => {
    expect(toneOf(ratio)).toBe(tone);
  });
});
