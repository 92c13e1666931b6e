import { describe, expect, it } from 'vitest';
import type { SiteRecord } from '../../../../../electron/cache/types';
import { EnphaseBudgetSource } from '../../../../../electron/providers/enphase/budget-source';
import { FakeClock } from '../../sync/fixtures';

const site = (id: string, provider: SiteRecord['provider'], status: SiteRecord['status']) =>
  ({ id, provider, status }) as SiteRecord;

describe('EnphaseBudgetSource', () => {
  it('reads the month’s spending from the ledger, counts live Enphase sites, and applies settings at once', () => {
    const clock = new FakeClock(Date.parse('2025-06-11T00:00:00Z') / 1000);
    const asked: number[] = [];
    let plan: 'kilowatt' | 'watt' = 'kilowatt';
    const source = new EnphaseBudgetSource({
      clock,
      cache: {
        countRequests: (provider, from) => {
          asked.push(from);
          return provider === 'enphase' ? 2_000 : 0;
        },
        listSites: () => [
          site('enphase:1', 'enphase', 'normal'),
          site('enphase:2', 'enphase', 'needs_reauth'),
          site('enphase:3', 'enphase', 'warning'),
          site('demo:x', 'demo', 'normal'),
        ],
      },
      settings: () => ({ enphasePlan: plan, enphaseSharePercent: 100, refreshFloorMinutes: 15 }),
    });
    const budget = source.budget();
    expect(budget).toMatchObject({ siteCount: 2, usedThisMonth: 2_000, plan: 'Kilowatt' });
    expect(asked).toEqual([Date.parse('2025-06-01T00:00:00Z') / 1000]);
    expect(source.intervalSeconds()).toBe(15 * 60);
    expect(source.perMinute()).toBe(50);
    plan = 'watt';
    expect(source.perMinute()).toBe(10);
    expect(source.budget().plan).toBe('Watt');
    expect(asked).toHaveLength(1);
    clock.advance(30);
    source.budget();
    expect(asked).toHaveLength(2);
  });

  it('follows the relay lease while one is given, at once, and plan × share without it', () => {
    let lease: { perDay: number; perMinute: number; explanation: string } | null = {
      perDay: 220,
      perMinute: 3,
      explanation: 'lease',
    };
    const source = new EnphaseBudgetSource({
      clock: new FakeClock(Date.parse('2025-06-10T12:00:00Z') / 1000),
      cache: { countRequests: () => 0, listSites: () => [site('enphase:1', 'enphase', 'normal')] },
      settings: () => ({
        enphasePlan: 'kilowatt',
        enphaseSharePercent: 40,
        refreshFloorMinutes: 15,
      }),
      allowance: () => lease,
    });
    expect(source.perMinute()).toBe(3);
    expect(source.budget().explanation).toContain('lease');
    lease = null;
    expect(source.perMinute()).toBe(20);
    expect(source.budget()).toMatchObject({ sharePercent: 40, perMonthLimit: 20_000 });
  });
});
