import { describe, expect, it } from 'vitest';
import type { SeriesPoint, SiteSeries } from '../../../../../shared/domain';
import {
  ANIMATION_POINT_LIMIT,
  buildChartModel,
  futureLabels,
} from '../../../../../renderer/src/model/chartModel';

function series(partial: Partial<SiteSeries> & Pick<SiteSeries, 'range' | 'points'>): SiteSeries {
  return {
    siteId: 's',
    anchor: '2025-10-14',
    from: '2025-10-14',
    to: '2025-10-14',
    unit: partial.range === 'day' ? 'W' : 'Wh',
    totalWh: 0,
    comparison: null,
    downsampledFrom: null,
    ...partial,
  };
}

/** A 5-minute day: 288 points of a bell curve peaking at 187.6 kW. */
function dayPoints(n = 288): SeriesPoint[] {
  return Array.from({ length: n }, (_, i) => ({
    label: `${String(Math.floor((i * 5) / 60)).padStart(2, '0')}:${String((i * 5) % 60).padStart(2, '0')}`,
    t: 1_760_000_000 + i * 300,
    value: Math.round(Math.max(0, Math.sin(((i - 72) / 144) * Math.PI)) * 187_600),
    previous: i % 2 ? 1000 : null,
  }));
}

function days(from: number, count: number): SeriesPoint[] {
  return Array.from({ length: count }, (_, i) => ({
    label: `2025-10-${String(from + i).padStart(2, '0')}`,
    t: 1_760_000_000 + i * 86_400,
    value: 40_000 + i * 1000,
    previous: 38_000,
  }));
}

describe('buildChartModel: day (power curve)', () => {
  it('draws every point when the chart is wider than the series, without animation', () => {
    const model = buildChartModel(series({ range: 'day', points: dayPoints() }), 900, 'auto');
    expect(model.kind).toBe('area');
    expect(model.shownPoints).toBe(288);
    expect(model.animate).toBe(false);
    expect(model.scale).toEqual({ unit: 'kW', factor: 1000 });
    expect(Math.max(...model.data.map((d) => d.value ?? 0))).toBeCloseTo(187.6);
  });

  it('reduces to the pixel width and keeps the peak', () => {
    const model = buildChartModel(series({ range: 'day', points: dayPoints(1440) }), 400, 'auto');
    expect(model.shownPoints).toBe(400);
    expect(model.sourcePoints).toBe(1440);
    expect(model.data[0]!.label).toBe('00:00');
    expect(Math.max(...model.data.map((d) => d.rawValue ?? 0))).toBeGreaterThan(187_000);
  });

  it('draws all points before the width is measured', () => {
    const model = buildChartModel(series({ range: 'day', points: dayPoints() }), 0, 'auto');
    expect(model.shownPoints).toBe(288);
  });

  it('reports the source size main downsampled from', () => {
    const model = buildChartModel(
      series({ range: 'day', points: dayPoints(100), downsampledFrom: 1440 }),
      900,
      'auto',
    );
    expect(model.sourcePoints).toBe(1440);
  });

  it('keeps missing previous values missing, not zero', () => {
    const model = buildChartModel(series({ range: 'day', points: dayPoints(4) }), 900, 'kWh');
    expect(model.data.map((d) => d.previous)).toEqual([null, 1, null, 1]);
    expect(model.hasPrevious).toBe(true);
  });
});

describe('buildChartModel: energy bars', () => {
  it('animates a short week and labels ticks by weekday', () => {
    const model = buildChartModel(
      series({ range: 'week', from: '2025-10-13', to: '2025-10-19', points: days(13, 7) }),
      900,
      'auto',
    );
    expect(model.kind).toBe('bars');
    expect(model.animate).toBe(true);
    expect(model.data.map((d) => d.tick)).toEqual([
      'Mon 13',
      'Tue 14',
      'Wed 15',
      'Thu 16',
      'Fri 17',
      'Sat 18',
      'Sun 19',
    ]);
    expect(model.data[0]!.tooltipLabel).toBe('Mon, Oct 13, 2025');
    expect(model.scale.unit).toBe('kWh');
  });

  it('follows the unit preference', () => {
    const model = buildChartModel(
      series({ range: 'week', from: '2025-10-13', to: '2025-10-19', points: days(13, 7) }),
      900,
      'MWh',
    );
    expect(model.scale.unit).toBe('MWh');
    expect(model.data[0]!.value).toBeCloseTo(0.04);
  });

  it('adds empty slots for the rest of a period in progress', () => {
    const model = buildChartModel(
      series({ range: 'week', from: '2025-10-13', to: '2025-10-19', points: days(13, 2) }),
      900,
      'auto',
    );
    expect(model.data).toHaveLength(7);
    expect(model.shownPoints).toBe(2);
    expect(model.data.slice(2).every((d) => d.value === null && d.rawValue === null)).toBe(true);
    expect(model.data.at(-1)!.label).toBe('2025-10-19');
  });

  it(`turns animation off above ${ANIMATION_POINT_LIMIT} bars`, () => {
    const many = Array.from({ length: 61 }, (_, i) => ({
      label: String(1965 + i),
      t: i,
      value: 1,
      previous: null,
    }));
    expect(buildChartModel(series({ range: 'lifetime', points: many }), 2000, 'auto').animate).toBe(
      false,
    );
  });
});

describe('futureLabels', () => {
  it.each([
    {
      range: 'month',
      from: '2025-02-01',
      to: '2025-02-28',
      last: '2025-02-26',
      expected: ['2025-02-27', '2025-02-28'],
    },
    { range: 'month', from: '2025-10-01', to: '2025-10-31', last: '2025-10-31', expected: [] },
    {
      range: 'year',
      from: '2025-01-01',
      to: '2025-12-31',
      last: '2025-10',
      expected: ['2025-11', '2025-12'],
    },
    { range: 'day', from: '2025-10-14', to: '2025-10-14', last: '12:00', expected: [] },
    { range: 'lifetime', from: '2019-01-01', to: '2025-10-14', last: '2025', expected: [] },
  ] as const)('$range up to $last → $expected', ({ range, from, to, last, expected }) => {
    const points = [{ label: last, t: 0, value: 1, previous: null }];
    expect(futureLabels({ range, from, to, points })).toEqual(expected);
  });

  it('fills a whole week when nothing has been measured yet', () => {
    expect(
      futureLabels({ range: 'week', from: '2025-10-13', to: '2025-10-19', points: [] }),
    ).toHaveLength(7);
  });
});

describe('buildChartModel: capacity', () => {
  const night = Array.from({ length: 10 }, (_, i) => ({
    label: `0${i}:00`,
    t: 1_760_000_000 + i * 300,
    value: 0,
    previous: 0,
  }));

  it('tops a night-time day at the site capacity instead of a 0–4 W axis', () => {
    const model = buildChartModel(series({ range: 'day', points: night }), 900, 'auto', 420_000);
    expect(model.scale.unit).toBe('kW');
    expect(model.emptyAxisMax).toBe(420);
  });

  it('keeps the site’s unit at dawn, when readings are still small', () => {
    const dawn = night.map((p, i) => ({ ...p, value: i * 80 }));
    const model = buildChartModel(series({ range: 'day', points: dawn }), 900, 'auto', 420_000);
    expect(model.scale.unit).toBe('kW');
    expect(model.emptyAxisMax).toBeNull();
  });
});

describe('buildChartModel: clear-sky expectation and performance index', () => {
  it('carries the expected power of a day in the chart unit, with no index', () => {
    const points = dayPoints(4).map((p) => ({ ...p, expected: 150_000 }));
    const model = buildChartModel(series({ range: 'day', points }), 900, 'kWh');
    expect(model.hasExpected).toBe(true);
    expect(model.data[0]).toMatchObject({ expected: 150, rawExpected: 150_000, index: null });
  });

  it.each([
    { value: 20_000, expected: 40_000, capacityW: 10_000, index: 0.5 },
    // Too small an expectation for an honest index (absolute, then per kWp installed).
    { value: 50, expected: 90, capacityW: 0, index: null },
    { value: 2_000, expected: 4_000, capacityW: 100_000, index: null },
    { value: 2_000, expected: undefined, capacityW: 10_000, index: null },
  ])(
    'day $value Wh of $expected expected → index $index',
    ({ value, expected, capacityW, index }) => {
      const [point] = days(1, 1);
      const model = buildChartModel(
        series({ range: 'week', points: [{ ...point!, value, expected }] }),
        900,
        'auto',
        capacityW,
      );
      expect(model.data[0]!.index).toBe(index);
      expect(model.hasExpected).toBe(expected !== undefined);
    },
  );
});
