import { describe, expect, it } from 'vitest';
import type { PortfolioRow, ProviderId, SiteStatus } from '../../../../../shared/domain';
import {
  facets,
  filterRows,
  isFiltering,
  knownTags,
  NO_FILTER,
  queryWords,
  tableItems,
  type PortfolioFilter,
  type TableItem,
} from '../../../../../renderer/src/model/portfolioFilter';
import { portfolioRow } from './fixtures/portfolioRow';

function row(
  id: string,
  name: string,
  city: string,
  status: SiteStatus = 'normal',
  provider: ProviderId = 'enphase',
): PortfolioRow {
  return portfolioRow({ id, name, city, country: 'DE', status, provider });
}

const rows = [
  row('a', 'Harbour Hub', 'Hamburg'),
  row('b', 'Westgate Depot', 'Zürich', 'fault', 'solaredge'),
  row('c', 'North Campus Library', 'Boston', 'warning'),
  row('d', 'North Campus Gym', 'Boston', 'normal', 'solaredge'),
  row('e', 'Kōwhai School', 'Auckland', 'fault', 'demo'),
];
const tags = new Map<string, string[]>([
  ['c', ['North campus', 'Libraries']],
  ['d', ['north campus']],
  ['a', ['Depots']],
]);
const ids = (list: PortfolioRow[]) => list.map((r) => r.site.id).join('');
const filter = (over: Partial<PortfolioFilter>) => ({ ...NO_FILTER, ...over });

describe('filterRows', () => {
  it.each<[string, Partial<PortfolioFilter>, string]>([
    ['nothing asked: every site', {}, 'abcde'],
    ['a name word, any case', { query: 'harbour' }, 'a'],
    ['a city', { query: 'boston' }, 'cd'],
    ['a city without its accent', { query: 'zurich' }, 'b'],
    ['a name without its macron', { query: 'kowhai' }, 'e'],
    ['every word must match, in any field', { query: 'north gym' }, 'd'],
    ['words match parts of words', { query: 'camp lib' }, 'c'],
    ['a tag', { query: 'depots' }, 'a'],
    ['a tag word with the name', { query: 'libraries north' }, 'c'],
    ['blank query', { query: '   ' }, 'abcde'],
    ['nothing matches', { query: 'Paris' }, ''],
    ['a status', { status: 'fault' }, 'be'],
    ['a provider', { provider: 'solaredge' }, 'bd'],
    ['status and provider together', { status: 'fault', provider: 'solaredge' }, 'b'],
    ['status, provider and query together', { provider: 'solaredge', query: 'boston' }, 'd'],
  ])('%s', (_, asked, expected) => {
    expect(ids(filterRows(rows, filter(asked), tags))).toBe(expected);
  });

  it('keeps the order it was given (the sort decides it)', () => {
    expect(ids(filterRows([...rows].reverse(), filter({ query: 'north' }), tags))).toBe('dc');
  });
});

describe('isFiltering', () => {
  it.each<[Partial<PortfolioFilter>, boolean]>([
    [{}, false],
    [{ groupByTag: true }, false],
    [{ query: '  ' }, false],
    [{ query: 'x' }, true],
    [{ status: 'warning' }, true],
    [{ provider: 'demo' }, true],
  ])('%j → %s', (asked, expected) => {
    expect(isFiltering(filter(asked))).toBe(expected);
  });
});

describe('queryWords', () => {
  it('splits on any space and drops accents and case', () => {
    expect(queryWords('  Nörth\tCAMPUS  ')).toEqual(['north', 'campus']);
  });
});

const describeItems = (items: TableItem[]) =>
  items.map((i) => (i.kind === 'group' ? `[${i.tag ?? 'no tag'}: ${i.count}]` : i.row.site.id));

describe('tableItems', () => {
  it('without grouping lists the sites in the order given', () => {
    expect(describeItems(tableItems(rows, false, tags))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('groups by tag A→Z, a site in each of its groups, untagged sites last', () => {
    expect(describeItems(tableItems(rows, true, tags))).toEqual([
      '[Depots: 1]',
      'a',
      '[Libraries: 1]',
      'c',
      // "north campus" and "North campus" are one group, named as first met.
      '[North campus: 2]',
      'c',
      'd',
      '[no tag: 2]',
      'b',
      'e',
    ]);
  });

  it('gives every line a unique key, even a site shown in two groups', () => {
    const keys = tableItems(rows, true, tags).map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('shows no "no tag" heading when no site has a tag', () => {
    expect(describeItems(tableItems(rows.slice(0, 2), true, new Map()))).toEqual(['a', 'b']);
  });
});

describe('facets', () => {
  it('counts statuses worst first and providers by name', () => {
    expect(facets(rows)).toEqual({
      statuses: [
        ['fault', 2],
        ['warning', 1],
        ['normal', 2],
      ],
      providers: [
        ['demo', 1],
        ['enphase', 2],
        ['solaredge', 2],
      ],
    });
  });
});

describe('knownTags', () => {
  it('lists each tag once, A→Z', () => {
    expect(knownTags(tags)).toEqual(['Depots', 'Libraries', 'North campus']);
  });
});
