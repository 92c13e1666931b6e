import { describe, expect, it } from 'vitest';
import { cacheRebuiltRule, quotaRule, signInRule } from '../../../../electron/insight/fleet-rules';
import type { Budget } from '../../../../shared/domain';

const budget = (used: number, sharePercent = 100): Budget => ({
  provider: 'enphase',
  plan: 'Watt',
  sharePercent,
  perMinuteLimit: 10,
  perMonthLimit: 1000,
  usedThisMonth: used,
  siteCount: 1,
  intervalSeconds: 3600,
  explanation: '',
});

describe('fleet rules', () => {
  it.each([
    ['plenty left', budget(500), []],
    ['nearly spent', budget(900), ['quota_low']],
    ['spent', budget(1000), ['quota_exhausted']],
    ['a 50 % share nearly spent', budget(460, 50), ['quota_low']],
  ])('quota: %s', (_n, b, rules) => {
    expect(quotaRule([b]).map((c) => c.rule)).toEqual(rules);
  });

  it('one sign-in alert per account that lost it', () => {
    const found = signInRule([
      { connectionId: 'c1', label: 'Enphase (owner@x)', needsSignIn: true, siteCount: 3 },
      { connectionId: 'c2', label: 'Enphase (b@x)', needsSignIn: false, siteCount: 2 },
    ]);
    expect(found.map((c) => [c.subject, c.evidence.sites])).toEqual([['connection:c1', 3]]);
  });

  it('a rebuilt cache is a past event at the moment it happened', () => {
    expect(cacheRebuiltRule(false, 5)).toEqual([]);
    const [event] = cacheRebuiltRule(true, 5);
    expect([event!.startAt, event!.endAt, event!.severity]).toEqual([5, 5, 'info']);
  });
});
