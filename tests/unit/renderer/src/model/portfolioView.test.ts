import { describe, expect, it } from 'vitest';
import type { Portfolio, PortfolioRow } from '../../../../../shared/domain';
import { portfolioKpis } from '../../../../../renderer/src/model/portfolioView';

function row(
  status: PortfolioRow['site']['status'],
  stale: boolean,
  at: number | null,
): PortfolioRow {
  return {
    site: {
      id: `${status}-${stale}-${at}`,
      provider: 'demo',
      name: 'x',
      city: '',
      country: '',
      timeZone: 'UTC',
      latitude: 0,
      longitude: 0,
      capacityW: 1,
      status,
      statusDetail: null,
      connectionId: null,
    },
    localDate: '2025-10-14',
    todayWh: 0,
    currentW: 0,
    specificYield: 0,
    lastIntervalAt: at,
    stale,
    sparkline: [],
    daylight: { sunrise: null, sunset: null, nextSunrise: null, night: false },
    vsExpected: {
      index: null,
      expectedWh: null,
      reason: 'No power readings today yet.',
      regionalIndex: null,
    },
  };
}

const portfolio = (rows: PortfolioRow[], capacityW = 200_000): Portfolio => ({
  generatedAt: 0,
  rows,
  totals: { todayWh: 1_500_000, currentW: 50_000, capacityW },
  fleetDaily: [],
});

describe('portfolioKpis', () => {
  it('counts faults, warnings and stale sites as needing attention', () => {
    const kpis = portfolioKpis(
      portfolio([
        row('normal', false, 10),
        row('fault', false, 30),
        row('normal', true, 20),
        row('offline', false, null),
      ]),
    );
    expect(kpis.siteCount).toBe(4);
    expect(kpis.attentionCount).toBe(3);
    expect(kpis.lastIntervalAt).toBe(30);
  });

  it('passes main’s totals through and derives utilisation', () => {
    const kpis = portfolioKpis(portfolio([row('normal', false, 1)]));
    expect(kpis.todayWh).toBe(1_500_000);
    expect(kpis.utilisation).toBeCloseTo(0.25);
  });

  it('has no utilisation without capacity and no last update without data', () => {
    const kpis = portfolioKpis(portfolio([], 0));
    expect(kpis.utilisation).toBeNull();
    expect(kpis.lastIntervalAt).toBeNull();
    expect(kpis.attentionCount).toBe(0);
  });
});
