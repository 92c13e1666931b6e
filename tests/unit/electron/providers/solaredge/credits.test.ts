// The credit table and the calls a piece of work costs, planned with the client's own chunking.
import { describe, expect, it } from 'vitest';
import {
  creditCost,
  creditsFor,
  dailyEnergyCalls,
  FREE_TIER,
  powerCalls,
  solarEdgeEndpoints,
} from '../../../../../electron/providers/solaredge/credits';
import { startOfLocalDay } from '../../../../../shared/time';

describe('SolarEdge credits', () => {
  it('charges one credit per call on every endpoint, and the free tier is 2,000 a month, 10 a minute', () => {
    for (const endpoint of solarEdgeEndpoints) expect(creditCost[endpoint]).toBe(1);
    expect(FREE_TIER).toEqual({ perMinute: 10, perMonth: 2_000 });
  });

  it.each([
    [{ overview: 96 }, 96],
    [{ sites: 1, site: 5, energy: 24, power: 14 }, 44],
    [{}, 0],
  ])('%j costs %i credits', (calls, credits) => {
    expect(creditsFor(calls)).toBe(credits);
  });

  it.each([
    ['two years of daily energy', '2024-12-06', '2026-12-06', 24],
    ['one month', '2026-11-01', '2026-12-01', 1],
    ['one day', '2026-12-05', '2026-12-06', 1],
  ])('%s takes %i calls', (_name, from, to, calls) => {
    expect(dailyEnergyCalls(from, to)).toBe(calls);
  });

  it.each([
    ['a week of 15-minute power', 'Europe/Berlin', '2026-10-19', '2026-10-26', 14],
    ['an autumn day', 'Europe/Berlin', '2026-10-25', '2026-10-26', 2],
  ])('%s takes %i calls', (_name, zone, from, to, calls) => {
    expect(powerCalls(startOfLocalDay(from, zone), startOfLocalDay(to, zone), zone)).toBe(calls);
  });
});
