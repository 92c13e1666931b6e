import { describe, expect, it } from 'vitest';
import {
  LIST_AT_LEAST_EVERY_SECONDS,
  planConnection,
  type ConnectionPlanInput,
  type ConnectionWork,
  type KnownSiteState,
} from '../../../../electron/sync/connection-plan';

const now = 1_750_000_000;
/** A Wi-Fi site that moved last time. */
const moving: KnownSiteState = {
  sleeps: false,
  wouldCall: true,
  expectedToMove: true,
  uploadDue: true,
};
/** A cellular site between uploads. */
const waiting: KnownSiteState = {
  sleeps: false,
  wouldCall: true,
  expectedToMove: false,
  uploadDue: false,
};
/** A site whose last call found nothing, with an upload due. */
const uncertain: KnownSiteState = {
  sleeps: false,
  wouldCall: true,
  expectedToMove: false,
  uploadDue: true,
};
const asleep: KnownSiteState = {
  sleeps: true,
  wouldCall: false,
  expectedToMove: false,
  uploadDue: true,
};

const base: ConnectionPlanInput = {
  sites: [moving],
  lastListedAt: now - 900,
  wasAsleep: false,
  sitesPerCall: 100,
  now,
};

describe('planConnection', () => {
  it.each<[string, Partial<ConnectionPlanInput>, ConnectionWork]>([
    ['never listed', { sites: null, lastListedAt: null }, 'list'],
    ['listing is free (demo)', { sitesPerCall: null }, 'list'],
    ['no sites chosen (a list costs nothing)', { sites: [] }, 'list'],
    ['every site asleep', { sites: [asleep, asleep] }, 'asleep'],
    ['one site still awake', { sites: [asleep, moving] }, 'direct'],
    ['waking up: the morning list', { wasAsleep: true }, 'list'],
    ['6 hours since the last list', { lastListedAt: now - LIST_AT_LEAST_EVERY_SECONDS }, 'list'],
    ['one moving site: a list saves nothing', {}, 'direct'],
    ['ten moving sites', { sites: Array(10).fill(moving) }, 'direct'],
    [
      'moving sites and a cellular one between uploads',
      { sites: [moving, moving, waiting] },
      'direct',
    ],
    ['one uncertain site: as cheap as a list', { sites: [uncertain] }, 'direct'],
    [
      'three uncertain sites: the list spares the idle ones',
      { sites: Array(3).fill(uncertain) },
      'list',
    ],
    [
      '101 uncertain sites fill two pages',
      { sites: Array(101).fill(uncertain), sitesPerCall: 100 },
      'list',
    ],
    [
      'pages of one site: a list never saves',
      { sites: Array(2).fill(uncertain), sitesPerCall: 1 },
      'direct',
    ],
  ])('%s', (_, change, expected) => {
    expect(planConnection({ ...base, ...change })).toBe(expected);
  });
});
