import { describe, expect, it } from 'vitest';
import { enphasePlans } from '../../../../../shared/enphase-plans';
import {
  describeQuota,
  ENPHASE_PLANS,
  parseSharePercent,
  quotaInForce,
  planInfo,
  planOptionLabel,
  shareOfPlan,
} from '../../../../../renderer/src/connections/plans';

describe('planOptionLabel', () => {
  it.each([
    ['watt', 'Watt — 1,000 calls a month, 10 a minute'],
    ['kilowatt', 'Kilowatt — 50,000 calls a month, 50 a minute'],
    ['megawatt', 'Megawatt — 300,000 calls a month, 100 a minute'],
    ['partner', 'Partner — 1,500,000 calls a month, 300 a minute'],
  ] as const)('%s reads "%s"', (plan, label) => {
    expect(planOptionLabel(planInfo(plan))).toBe(label);
  });

  it('offers every plan of the table the scheduler budgets with', () => {
    for (const plan of ENPHASE_PLANS) {
      const { name, perMinute, perMonth } = plan;
      expect({ name, perMinute, perMonth }, plan.value).toEqual(enphasePlans[plan.value]);
    }
    expect(ENPHASE_PLANS.map((p) => p.value).sort()).toEqual(Object.keys(enphasePlans).sort());
  });

  it('offers the plans smallest first', () => {
    const months = ENPHASE_PLANS.map((p) => p.perMonth);
    expect(months).toEqual([...months].sort((a, b) => a - b));
  });
});

describe('shareOfPlan (what this installation may spend, rounded as main rounds it)', () => {
  it.each([
    { plan: 'kilowatt', share: 100, perMonth: 50_000, perMinute: 50 },
    { plan: 'kilowatt', share: 25, perMonth: 12_500, perMinute: 12 },
    { plan: 'watt', share: 5, perMonth: 50, perMinute: 1 },
    { plan: 'watt', share: 1, perMonth: 10, perMinute: 1 },
    { plan: 'partner', share: 33, perMonth: 495_000, perMinute: 99 },
    // Out-of-range shares are clamped, never a negative or inflated allowance.
    { plan: 'watt', share: 0, perMonth: 10, perMinute: 1 },
    { plan: 'watt', share: 250, perMonth: 1_000, perMinute: 10 },
  ] as const)('$plan at $share %', ({ plan, share, perMonth, perMinute }) => {
    expect(shareOfPlan(planInfo(plan), share)).toEqual({ perMonth, perMinute });
  });
});

describe('parseSharePercent', () => {
  it.each([
    ['100', { ok: true, value: 100 }],
    [' 7 ', { ok: true, value: 7 }],
    ['1', { ok: true, value: 1 }],
    ['0', { ok: false, message: 'The share in percent must be between 1 and 100.' }],
    ['101', { ok: false, message: 'The share in percent must be between 1 and 100.' }],
    ['12.5', { ok: false, message: 'The share in percent must be a whole number.' }],
    ['', { ok: false, message: 'Enter the share in percent.' }],
  ])('%j', (text, result) => {
    expect(parseSharePercent(text)).toEqual(result);
  });
});

describe('the quota in force', () => {
  const platform = { plan: 'kilowatt', sharePercent: 100 } as const;

  it.each<[string, { enphasePlan: 'watt' | null; enphaseSharePercent: number | null }, string]>([
    [
      'the platform’s configuration',
      { enphasePlan: null, enphaseSharePercent: null },
      'Enalysis runs on Enphase’s Kilowatt plan (50,000 calls a month for all installations together); this installation may use 100 % of it: 50,000 calls a month, 50 a minute.',
    ],
    [
      'an operator’s share only',
      { enphasePlan: null, enphaseSharePercent: 25 },
      'Enalysis runs on Enphase’s Kilowatt plan (50,000 calls a month for all installations together); this installation may use 25 % of it: 12,500 calls a month, 12 a minute (set by an operator on this computer).',
    ],
    [
      'an operator’s plan only',
      { enphasePlan: 'watt', enphaseSharePercent: null },
      'Enalysis runs on Enphase’s Watt plan (1,000 calls a month for all installations together); this installation may use 100 % of it: 1,000 calls a month, 10 a minute (set by an operator on this computer).',
    ],
  ])('%s', (_, settings, sentence) => {
    expect(describeQuota(quotaInForce(settings, platform))).toBe(sentence);
  });
});
