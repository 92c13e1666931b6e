import { describe, expect, it } from 'vitest';
import { budgetSchema } from '../../../../../shared/domain';
import type { EnphaseBudgetInput } from '../../../../../electron/providers/enphase/budget';
import { describeAllowance } from '../../../../../electron/quota/allowance';
import { germanWords } from '../../../../harness/german-words';
import {
  budgetFor,
  DAYLIGHT_HOURS,
  enphasePlans,
  enphaseRefreshSeconds,
  EXTRA_CALLS_PER_SITE_PER_DAY,
  monthOf,
  perMinuteAllowance,
  perMonthAllowance,
  planEnphaseRefresh,
} from '../../../../../electron/providers/enphase/budget';

/** 1 June 2025 00:00 UTC: a 30-day month ahead. */
const juneFirst = Date.parse('2025-06-01T00:00:00Z') / 1000;
const day = 86_400;

const input = (fields: Partial<EnphaseBudgetInput> = {}): EnphaseBudgetInput => ({
  plan: 'kilowatt',
  sharePercent: 100,
  siteCount: 120,
  floorMinutes: 15,
  usedThisMonth: 0,
  now: juneFirst,
  ...fields,
});

describe('Enphase plans', () => {
  it('carries the reference doc’s quotas', () => {
    expect(enphasePlans).toEqual({
      watt: { name: 'Watt', perMinute: 10, perMonth: 1_000 },
      kilowatt: { name: 'Kilowatt', perMinute: 50, perMonth: 50_000 },
      megawatt: { name: 'Megawatt', perMinute: 100, perMonth: 300_000 },
      partner: { name: 'Partner', perMinute: 300, perMonth: 1_500_000 },
    });
  });

  it.each([
    ['watt', 100, 10, 1_000],
    ['watt', 25, 2, 250],
    ['watt', 1, 1, 10],
    ['kilowatt', 50, 25, 25_000],
    ['megawatt', 10, 10, 30_000],
    ['partner', 100, 300, 1_500_000],
    ['kilowatt', 0, 1, 500],
    ['kilowatt', 250, 50, 50_000],
  ] as const)('%s at %i %% allows %i a minute and %i a month', (plan, share, minute, month) => {
    expect(perMinuteAllowance(plan, share)).toBe(minute);
    expect(perMonthAllowance(plan, share)).toBe(month);
  });
});

describe('monthOf', () => {
  it.each([
    ['2025-06-01T00:00:00Z', '2025-06-01T00:00:00Z', '2025-07-01T00:00:00Z'],
    ['2025-12-31T23:59:59Z', '2025-12-01T00:00:00Z', '2026-01-01T00:00:00Z'],
    ['2024-02-29T12:00:00Z', '2024-02-01T00:00:00Z', '2024-03-01T00:00:00Z'],
  ])('%s lies in the UTC month %s..%s', (at, start, end) => {
    expect(monthOf(Date.parse(at) / 1000)).toEqual({
      start: Date.parse(start) / 1000,
      end: Date.parse(end) / 1000,
    });
  });
});

describe('enphaseRefreshSeconds', () => {
  it.each([
    ['120 sites on Kilowatt, a fresh month', 69, {}],
    ['50 sites on Kilowatt', 28, { siteCount: 50 }],
    ['1 site on Watt', 71, { plan: 'watt', siteCount: 1 }],
    ['5 sites on Watt', 207, { plan: 'watt', siteCount: 5 }],
    ['500 sites on Megawatt', 46, { plan: 'megawatt', siteCount: 500 }],
    ['2000 sites on Partner', 36, { plan: 'partner', siteCount: 2000 }],
    ['120 sites on a quarter of Kilowatt', 381, { sharePercent: 25 }],
    ['3 sites on Partner (the floor)', 15, { plan: 'partner', siteCount: 3 }],
    ['a 60-minute floor set by the user', 60, { plan: 'partner', siteCount: 3, floorMinutes: 60 }],
    [
      'a floor under 15 minutes (15 still holds)',
      15,
      { plan: 'partner', siteCount: 3, floorMinutes: 1 },
    ],
    ['no sites', 15, { siteCount: 0 }],
    [
      'behind budget: 45,000 spent by the 21st',
      292,
      { usedThisMonth: 45_000, now: juneFirst + 20 * day },
    ],
    [
      'ahead of budget: 5,000 spent by the 21st',
      24,
      { usedThisMonth: 5_000, now: juneFirst + 20 * day },
    ],
    ['more sites than Watt can carry', 24 * 60, { plan: 'watt', siteCount: 40 }],
  ] as const)('%s: every %i min', (_name, minutes, fields) => {
    expect(enphaseRefreshSeconds(input(fields as Partial<EnphaseBudgetInput>))).toBe(minutes * 60);
  });

  it('never plans more requests than the month has left', () => {
    for (const plan of ['watt', 'kilowatt', 'megawatt', 'partner'] as const) {
      for (const siteCount of [1, 10, 50, 120, 500]) {
        for (const elapsed of [0, 10, 29]) {
          const fields = input({ plan, siteCount, now: juneFirst + elapsed * day });
          const { intervalSeconds, overCommitted } = planEnphaseRefresh(fields);
          if (overCommitted) continue;
          const lists = Math.ceil(siteCount / 100);
          const perDay =
            (siteCount * DAYLIGHT_HOURS * 3600 + lists * day) / intervalSeconds +
            siteCount * EXTRA_CALLS_PER_SITE_PER_DAY;
          expect(
            perDay * (30 - elapsed),
            `${plan} ${siteCount} day ${elapsed}`,
          ).toBeLessThanOrEqual(perMonthAllowance(plan, 100));
        }
      }
    }
  });

  it('spaces refreshes so one refresh fits the per-minute allowance', () => {
    // 120 sites + 2 list pages at 1 request a minute (1 % of Watt): 122 minutes per refresh.
    const plan = planEnphaseRefresh(
      input({ plan: 'partner', sharePercent: 1, siteCount: 120, usedThisMonth: 0 }),
    );
    expect(plan.intervalSeconds).toBeGreaterThanOrEqual(122 * 60);
  });

  it('waits for the next month when the allowance is spent', () => {
    const now = juneFirst + 20 * day;
    const plan = planEnphaseRefresh(input({ usedThisMonth: 50_000, now }));
    expect(plan.exhausted).toBe(true);
    expect(plan.intervalSeconds).toBe(10 * day);
  });
});

describe('budgetFor', () => {
  it.each([
    [
      'a fresh month',
      {},
      '120 sites on Kilowatt: refreshed every 69 min',
      '120 Anlagen im Tarif Kilowatt: Aktualisierung alle 69 min',
    ],
    [
      'one site',
      { siteCount: 1 },
      '1 site on Kilowatt: refreshed every 15 min',
      '1 Anlage im Tarif Kilowatt: Aktualisierung alle 15 min',
    ],
    [
      'a share',
      { sharePercent: 25 },
      '120 sites on Kilowatt (25 % share): refreshed every 381 min',
      '120 Anlagen im Tarif Kilowatt (25 % Anteil): Aktualisierung alle 381 min',
    ],
    [
      'no sites',
      { siteCount: 0 },
      'No Enphase sites yet on Kilowatt.',
      'Noch keine Enphase-Anlagen im Tarif Kilowatt.',
    ],
    [
      'a month 90 % spent',
      { usedThisMonth: 45_000, now: juneFirst + 20 * day },
      "120 sites on Kilowatt: refreshed every 292 min (90 % of this month's requests used).",
      '120 Anlagen im Tarif Kilowatt: Aktualisierung alle 292 min (90 % der Anfragen dieses Monats verbraucht).',
    ],
    [
      'a month spent',
      { usedThisMonth: 50_100, now: juneFirst + 20 * day },
      "120 sites on Kilowatt: this month's requests are used up; refreshing picks up on 1 July.",
      '120 Anlagen im Tarif Kilowatt: Die Anfragen dieses Monats sind aufgebraucht; die Aktualisierung läuft am 1. Juli weiter.',
    ],
    [
      'too many sites for the plan',
      { plan: 'watt', siteCount: 40 },
      "40 sites on Watt: refreshed every 24 h; the plan's requests cannot keep this many sites fresher.",
      '40 Anlagen im Tarif Watt: Aktualisierung alle 24 h; mit den Anfragen des Tarifs lassen sich so viele Anlagen nicht häufiger aktualisieren.',
    ],
  ] as const)(
    'says it in one sentence, in English and German, for %s',
    (_name, fields, english, german) => {
      const budgetInput = input(fields as Partial<EnphaseBudgetInput>);
      expect(budgetFor(budgetInput).explanation).toBe(english);
      expect(budgetFor(budgetInput, germanWords).explanation).toBe(german);
    },
  );

  it('answers a valid budget.get entry with this installation’s limits', () => {
    const budget = budgetFor(input({ sharePercent: 50, usedThisMonth: 1_234.5 }));
    expect(budgetSchema.parse(budget)).toEqual({
      provider: 'enphase',
      plan: 'Kilowatt',
      sharePercent: 50,
      perMinuteLimit: 25,
      perMonthLimit: 25_000,
      usedThisMonth: 1_234,
      siteCount: 120,
      intervalSeconds: budget.intervalSeconds,
      explanation: budget.explanation,
    });
  });
});

describe('the budget with a quota lease (electron/quota/)', () => {
  const lease = (perDay: number, perMinute = 2) => ({
    perDay,
    perMinute,
    explanation: `This computer's share of the platform's Enphase plan: ${perDay} requests a day, renewed 10:42.`,
  });

  it.each([
    // sites, lease per day: the interval spends the lease, not plan × share
    [10, 10 * (DAYLIGHT_HOURS * 4 + EXTRA_CALLS_PER_SITE_PER_DAY) + 96, 15 * 60],
    [10, 220, Math.ceil((10 * DAYLIGHT_HOURS * 3600 + day) / (220 - 12) / 60) * 60],
  ])('%i sites on a lease of %f calls a day: every %i s', (siteCount, perDay, seconds) => {
    expect(enphaseRefreshSeconds(input({ siteCount, allowance: lease(perDay) }))).toBe(seconds);
  });

  it('takes the per-minute limit from the lease and adds its sentence to the explanation', () => {
    // Ten days before the end of June, 1,000 calls spent: 1,000 + 10 × 220 this month, 6 % of 50,000.
    const budget = budgetFor(
      input({
        siteCount: 10,
        allowance: lease(220, 3),
        usedThisMonth: 1_000,
        now: juneFirst + 20 * day,
      }),
    );
    expect(budget.perMinuteLimit).toBe(3);
    expect(budget.perMonthLimit).toBe(3_200);
    expect(budget.sharePercent).toBe(6);
    expect(budget.explanation).toMatch(
      /^10 sites on Kilowatt: refreshed every \d+ min\. This computer's share of the platform's Enphase plan: 220 requests a day, renewed 10:42\.$/,
    );
    expect(budgetSchema.parse(budget)).toEqual(budget);
  });

  it('says the lease in German too', () => {
    const lease = { perDay: 220.4, perMinute: 3, source: 'lease' as const, renewedAt: juneFirst };
    const budget = budgetFor(
      input({
        siteCount: 10,
        allowance: { ...lease, explanation: describeAllowance(lease, germanWords, 'UTC') },
      }),
      germanWords,
    );
    expect(budget.explanation).toMatch(
      /^10 Anlagen im Tarif Kilowatt: Aktualisierung alle \d+ min\. Anteil dieses Computers am Enphase-Tarif der Plattform: 220 Anfragen pro Tag, erneuert um 00:00\.$/,
    );
  });
});
