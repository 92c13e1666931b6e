import { describe, expect, it } from 'vitest';
import { budgetUsage } from '../../../../../renderer/src/connections/budgetView';

describe('budgetUsage', () => {
  it.each([
    {
      used: 0,
      limit: 50_000,
      ratio: 0,
      percentText: '0 %',
      tone: 'ok',
      text: 'Used this month: 0 of 50,000 calls',
    },
    // A handful of calls is not "0 %".
    {
      used: 12,
      limit: 50_000,
      ratio: 12 / 50_000,
      percentText: '< 1 %',
      tone: 'ok',
      text: 'Used this month: 12 of 50,000 calls',
    },
    {
      used: 12_345,
      limit: 50_000,
      ratio: 0.2469,
      percentText: '24 %',
      tone: 'ok',
      text: 'Used this month: 12,345 of 50,000 calls',
    },
    // Near the end of the allowance the bar warns before it is gone.
    { used: 800, limit: 1_000, ratio: 0.8, percentText: '80 %', tone: 'warn' },
    { used: 1_000, limit: 1_000, ratio: 1, percentText: '100 %', tone: 'bad' },
    // Spending past the allowance (another installation's calls) never draws past the bar's end.
    { used: 1_400, limit: 1_000, ratio: 1, percentText: '100 %', tone: 'bad' },
    // A zero allowance is simply full.
    { used: 0, limit: 0, ratio: 1, percentText: '100 %', tone: 'bad' },
  ])('$used of $limit', ({ used, limit, ratio, percentText, tone, text }) => {
    const usage = budgetUsage({ usedThisMonth: used, perMonthLimit: limit });
    expect(usage.ratio).toBeCloseTo(ratio, 6);
    expect(usage.percentText).toBe(percentText);
    expect(usage.tone).toBe(tone);
    if (text) expect(usage.text).toBe(text);
  });

  it('says "call" for an allowance of one', () => {
    expect(budgetUsage({ usedThisMonth: 1, perMonthLimit: 1 }).text).toBe(
      'Used this month: 1 of 1 call',
    );
  });
});
