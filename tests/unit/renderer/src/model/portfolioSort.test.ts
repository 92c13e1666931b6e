import { describe, expect, it } from 'vitest';
import type { PortfolioRow, SiteStatus } from '../../../../../shared/domain';
import {
  DEFAULT_SORT,
  nextSort,
  sortRows,
  type SortKey,
  type SortState,
} from '../../../../../renderer/src/model/portfolioSort';

function row(
  id: string,
  name: string,
  values: Partial<Omit<PortfolioRow, 'site'>> & { status?: SiteStatus } = {},
): PortfolioRow {
  const { status = 'normal', ...rest } = values;
  return {
    site: {
      id,
      provider: 'demo',
      name,
      city: 'City',
      country: 'DE',
      timeZone: 'Europe/Berlin',
      latitude: 0,
      longitude: 0,
      capacityW: 100_000,
      status,
      statusDetail: null,
      connectionId: null,
    },
    localDate: '2025-10-14',
    todayWh: 0,
    currentW: 0,
    specificYield: 0,
    lastIntervalAt: 1_000,
    stale: false,
    sparkline: [],
    daylight: { sunrise: null, sunset: null, nextSunrise: null, night: false },
    vsExpected: {
      index: null,
      expectedWh: null,
      reason: 'No power readings today yet.',
      regionalIndex: null,
    },
    ...rest,
  };
}

const rows = [
  row('a', 'Harbour Hub', { todayWh: 500, currentW: 40, specificYield: 5, lastIntervalAt: 900 }),
  row('b', 'westgate', { todayWh: 900, currentW: 10, specificYield: 2, status: 'fault' }),
  row('c', 'Airport 10', { todayWh: 100, currentW: 90, specificYield: 9, status: 'warning' }),
  row('d', 'Airport 9', { todayWh: 100, currentW: 0, specificYield: 1, lastIntervalAt: null }),
  row('e', 'Kōwhai School', { todayWh: 300, stale: true, lastIntervalAt: 100 }),
];

const ids = (sorted: PortfolioRow[]) => sorted.map((r) => r.site.id).join('');

describe('sortRows', () => {
  it.each<{ sort: SortState; expected: string }>([
    // Names compare case-insensitively, with numbers in numeric order (9 before 10).
    { sort: { key: 'name', direction: 'asc' }, expected: 'dcaeb' },
    { sort: { key: 'name', direction: 'desc' }, expected: 'beacd' },
    // Equal values keep a stable A→Z order whatever the direction.
    { sort: { key: 'todayWh', direction: 'desc' }, expected: 'baedc' },
    { sort: { key: 'todayWh', direction: 'asc' }, expected: 'dceab' },
    { sort: { key: 'currentW', direction: 'desc' }, expected: 'cabde' },
    { sort: { key: 'specificYield', direction: 'desc' }, expected: 'cabde' },
    // Worst first: fault, warning, then stale normal before fresh normal.
    { sort: { key: 'status', direction: 'desc' }, expected: 'bceda' },
    // Never updated counts as the oldest.
    { sort: { key: 'updated', direction: 'asc' }, expected: 'deacb' },
  ])('$sort.key $sort.direction → $expected', ({ sort, expected }) => {
    expect(ids(sortRows(rows, sort))).toBe(expected);
  });

  it('vs expected: lowest first ascending, sites without a figure below every figure', () => {
    const vs = (id: string, index: number | null) =>
      row(id, id, {
        vsExpected: {
          index,
          expectedWh: index === null ? null : 1_000,
          reason: null,
          regionalIndex: null,
        },
      });
    const mixed = [vs('a', 0.9), vs('b', null), vs('c', 0.1), vs('d', 1.2)];
    expect(ids(sortRows(mixed, { key: 'vsExpected', direction: 'asc' }))).toBe('bcad');
    expect(ids(sortRows(mixed, { key: 'vsExpected', direction: 'desc' }))).toBe('dacb');
  });

  it('does not reorder the rows it was given', () => {
    const input = [...rows];
    sortRows(input, { key: 'name', direction: 'asc' });
    expect(input).toEqual(rows);
  });

  it('starts with the sites needing attention on top', () => {
    expect(sortRows(rows, DEFAULT_SORT)[0]!.site.status).toBe('fault');
  });
});

describe('nextSort', () => {
  it.each<{ current: SortState; key: SortKey; expected: SortState }>([
    {
      current: { key: 'name', direction: 'asc' },
      key: 'name',
      expected: { key: 'name', direction: 'desc' },
    },
    {
      current: { key: 'name', direction: 'desc' },
      key: 'name',
      expected: { key: 'name', direction: 'asc' },
    },
    {
      current: { key: 'name', direction: 'asc' },
      key: 'todayWh',
      expected: { key: 'todayWh', direction: 'desc' },
    },
    {
      current: { key: 'todayWh', direction: 'desc' },
      key: 'name',
      expected: { key: 'name', direction: 'asc' },
    },
  ])(
    'clicking $key while sorted by $current.key $current.direction',
    ({ current, key, expected }) => {
      expect(nextSort(current, key)).toEqual(expected);
    },
  );
});
