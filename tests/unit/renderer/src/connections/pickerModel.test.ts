import { describe, expect, it } from 'vitest';
import type { RemoteSystem } from '../../../../../shared/domain';
import {
  changeSummary,
  filterSystems,
  initialSelection,
  pickerPlan,
  selectAllState,
  sortSystems,
  toggleAll,
  toggleSystem,
} from '../../../../../renderer/src/connections/pickerModel';

function system(externalId: string, patch: Partial<RemoteSystem> = {}): RemoteSystem {
  return {
    externalId,
    name: `System ${externalId}`,
    city: 'Denver',
    timeZone: 'America/Denver',
    capacityW: 5_000,
    status: 'normal',
    selected: false,
    ...patch,
  };
}

const ids = (set: ReadonlySet<string>) => [...set].sort();

describe('what starts ticked', () => {
  it('is nothing for a fresh account', () => {
    expect(ids(initialSelection([system('1'), system('2')]))).toEqual([]);
  });

  it('is exactly the systems that already are sites (Reconnect, Choose sites)', () => {
    const systems = [system('1', { selected: true }), system('2'), system('3', { selected: true })];
    expect(ids(initialSelection(systems))).toEqual(['1', '3']);
  });
});

describe('ticking', () => {
  it('flips one system without touching the others', () => {
    const start = new Set(['1']);
    expect(ids(toggleSystem(start, '2'))).toEqual(['1', '2']);
    expect(ids(toggleSystem(start, '1'))).toEqual([]);
    expect(ids(start)).toEqual(['1']);
  });

  it.each([
    { ticked: [], state: 'none' },
    { ticked: ['1'], state: 'some' },
    { ticked: ['1', '2', '3'], state: 'all' },
  ] as const)('Select all shows $state for $ticked', ({ ticked, state }) => {
    expect(selectAllState([system('1'), system('2'), system('3')], new Set(ticked))).toBe(state);
  });

  it('Select all ticks every shown system, and unticks them when all were ticked', () => {
    const shown = [system('1'), system('2')];
    const all = toggleAll(shown, new Set(['1']));
    expect(ids(all)).toEqual(['1', '2']);
    expect(ids(toggleAll(shown, all))).toEqual([]);
  });

  it('Select all with a filter leaves hidden systems as they were', () => {
    const systems = [system('1', { name: 'Library' }), system('2', { name: 'Pool' })];
    const shown = filterSystems(systems, 'pool');
    expect(ids(toggleAll(shown, new Set(['1'])))).toEqual(['1', '2']);
    expect(ids(toggleAll(shown, new Set(['1', '2'])))).toEqual(['1']);
  });
});

describe('filterSystems', () => {
  const systems = [
    system('101', { name: 'North Library', city: 'Boulder', timeZone: 'America/Denver' }),
    system('202', { name: 'Pool Hall', city: 'Madrid', timeZone: 'Europe/Madrid' }),
  ];
  it.each([
    ['', ['101', '202']],
    ['   ', ['101', '202']],
    ['LIBRARY', ['101']],
    ['madrid', ['202']],
    ['europe/', ['202']],
    ['202', ['202']],
    ['nothing like it', []],
  ])('"%s"', (query, expected) => {
    expect(filterSystems(systems, query).map((s) => s.externalId)).toEqual(expected);
  });
});

describe('sortSystems', () => {
  it('orders by name as people read it (numbers in names by value)', () => {
    const sorted = sortSystems([
      system('3', { name: 'School 10' }),
      system('1', { name: 'school 2' }),
      system('2', { name: 'Annex' }),
    ]);
    expect(sorted.map((s) => s.name)).toEqual(['Annex', 'school 2', 'School 10']);
  });
});

describe('pickerPlan (the confirm button and what it sends)', () => {
  const fresh = [system('1'), system('2'), system('3')];
  const existing = [system('1', { selected: true }), system('2', { selected: true }), system('3')];

  it.each([
    {
      what: 'nothing ticked on a fresh account',
      systems: fresh,
      ticked: [],
      label: 'Add 0 sites',
      enabled: false,
    },
    { what: 'one ticked', systems: fresh, ticked: ['2'], label: 'Add 1 site', enabled: true },
    {
      what: 'all ticked',
      systems: fresh,
      ticked: ['1', '2', '3'],
      label: 'Add 3 sites',
      enabled: true,
    },
    // A reconnect that changes nothing still confirms (and says so).
    {
      what: 'unchanged selection',
      systems: existing,
      ticked: ['1', '2'],
      label: 'Keep 2 sites',
      enabled: true,
    },
    {
      what: 'one more',
      systems: existing,
      ticked: ['1', '2', '3'],
      label: 'Add 1 site',
      enabled: true,
    },
    {
      what: 'one swapped',
      systems: existing,
      ticked: ['1', '3'],
      label: 'Keep 2 sites',
      enabled: true,
    },
    { what: 'all removed', systems: existing, ticked: [], label: 'Remove 2 sites', enabled: true },
  ])('$what → "$label"', ({ systems, ticked, label, enabled }) => {
    const plan = pickerPlan(systems, new Set(ticked));
    expect(plan.label).toBe(label);
    expect(plan.enabled).toBe(enabled);
  });

  it('sends the ticked ids in list order, ignoring ids the account does not list', () => {
    const plan = pickerPlan(fresh, new Set(['3', 'gone', '1']));
    expect(plan.chosen).toEqual(['1', '3']);
    expect(plan.added).toBe(2);
    expect(plan.removed).toBe(0);
  });
});

describe('changeSummary', () => {
  it.each([
    [{ added: 0, removed: 0 }, null],
    [{ added: 2, removed: 0 }, '2 new'],
    [{ added: 0, removed: 1 }, '1 removed (it leaves the portfolio; history is kept)'],
    [{ added: 1, removed: 3 }, '1 new · 3 removed (they leave the portfolio; history is kept)'],
  ])('%j', (plan, text) => {
    expect(changeSummary(plan)).toBe(text);
  });
});
