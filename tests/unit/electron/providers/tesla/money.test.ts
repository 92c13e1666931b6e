// Tesla's money model: what a call costs, the month's spend from the ledger, and the refresh
// interval a spending limit allows, said in one sentence.
import { describe, expect, it } from 'vitest';
import {
  billingMonth,
  callCostMicroUsd,
  explainTeslaPlan,
  explainTeslaRefused,
  formatUsd,
  monthSpendMicroUsd,
  planTeslaRefresh,
  type TeslaBudgetPlan,
} from '../../../../../electron/providers/tesla/money';
import { englishWords } from '../../../../../electron/i18n/words';
import { germanWords } from '../../../../harness/german-words';

const DEC_6 = Date.UTC(2026, 11, 6, 12) / 1000;

describe('callCostMicroUsd', () => {
  it.each([
    [200, 2_000],
    [401, 2_000],
    [404, 2_000],
    [421, 2_000],
    [429, 2_000],
    [402, 0],
    [500, 0],
    [503, 0],
    [0, 0],
  ])('HTTP %i costs %i µ$', (status, cost) => {
    expect(callCostMicroUsd(status)).toBe(cost);
  });
});

describe('monthSpendMicroUsd', () => {
  it('sums this UTC month only', () => {
    const { start, end } = billingMonth(DEC_6);
    const entries = [
      { at: start - 1, costMicroUsd: 2_000 },
      { at: start, costMicroUsd: 2_000 },
      { at: DEC_6, costMicroUsd: 2_000 },
      { at: DEC_6, costMicroUsd: 0 },
      { at: end, costMicroUsd: 2_000 },
    ];
    expect(monthSpendMicroUsd(entries, DEC_6)).toBe(4_000);
  });
});

describe('planTeslaRefresh', () => {
  const month = billingMonth(DEC_6);
  const left = month.end - DEC_6;
  // Solar-only sites are polled in daylight only: about half the time left.
  const daylight = { activeSecondsLeft: Math.round(left / 2) };
  const allDay = { activeSecondsLeft: left };
  const base = { now: DEC_6, spentMicroUsd: 0, limitMicroUsd: 10_000_000, floorSeconds: 900 };

  it.each([
    ['1 solar site', [daylight], 900],
    ['3 solar sites', [daylight, daylight, daylight], 900],
    ['5 solar sites', Array.from({ length: 5 }, () => daylight), 1_200],
    ['3 Powerwall sites', [allDay, allDay, allDay], 1_800],
    ['20 Powerwall sites', Array.from({ length: 20 }, () => allDay), 10_800],
  ])('%s on ten dollars: refreshed every %i s', (_name, sites, interval) => {
    const plan = planTeslaRefresh({ ...base, sites });
    expect(plan.kind).toBe('refresh');
    if (plan.kind !== 'refresh') return;
    expect(plan.intervalSeconds).toBe(interval);
    expect(plan.projectedMicroUsd).toBeLessThanOrEqual(10_000_000);
  });

  it('never goes under the floor, however rich', () => {
    const plan = planTeslaRefresh({
      ...base,
      sites: [allDay],
      limitMicroUsd: 1e12,
      floorSeconds: 1_800,
    });
    expect(plan.kind === 'refresh' && plan.intervalSeconds).toBe(1_800);
  });

  it('counts what was already spent', () => {
    const fresh = planTeslaRefresh({ ...base, sites: [allDay, allDay, allDay] });
    const late = planTeslaRefresh({
      ...base,
      sites: [allDay, allDay, allDay],
      spentMicroUsd: 8_000_000,
    });
    expect(fresh.kind === 'refresh' && late.kind === 'refresh').toBe(true);
    if (fresh.kind !== 'refresh' || late.kind !== 'refresh') return;
    expect(late.intervalSeconds).toBeGreaterThan(fresh.intervalSeconds);
    expect(late.projectedMicroUsd).toBeLessThanOrEqual(10_000_000);
  });

  it('stops at the limit until the month turns', () => {
    const plan = planTeslaRefresh({ ...base, sites: [allDay], spentMicroUsd: 9_999_000 });
    expect(plan).toMatchObject({ kind: 'stopped', resumesAt: Date.UTC(2027, 0, 1) / 1000 });
  });

  it('explains itself in one sentence', () => {
    expect(
      explainTeslaPlan({
        kind: 'refresh',
        sites: 3,
        intervalSeconds: 1_800,
        projectedMicroUsd: 4_100_000,
        limitMicroUsd: 10_000_000,
      }),
    ).toBe('3 Tesla sites: refreshed every 30 min, about $4.10 this month of $10');
    expect(
      explainTeslaPlan({
        kind: 'stopped',
        sites: 1,
        spentMicroUsd: 10_000_000,
        limitMicroUsd: 10_000_000,
        resumesAt: month.end,
      }),
    ).toBe(
      "1 Tesla site: paused, this month's $10 spending limit is reached ($10 spent); refreshing resumes on 1 January",
    );
    expect([formatUsd(10_000), formatUsd(4_104_999), formatUsd(0)]).toEqual([
      '$0.01',
      '$4.10',
      '$0',
    ]);
  });
});

describe('the Tesla budget sentence in each language', () => {
  const resumesAt = billingMonth(DEC_6).end;
  it.each<[string, TeslaBudgetPlan, string, string]>([
    [
      'refreshing',
      {
        kind: 'refresh',
        sites: 3,
        intervalSeconds: 1_800,
        projectedMicroUsd: 4_100_000,
        limitMicroUsd: 10_000_000,
      },
      '3 Tesla sites: refreshed every 30 min, about $4.10 this month of $10',
      '3 Tesla-Anlagen: Aktualisierung alle 30 min, etwa 4,10 $ von 10 $ in diesem Monat',
    ],
    [
      'refreshing every hour and a half',
      {
        kind: 'refresh',
        sites: 1,
        intervalSeconds: 5_400,
        projectedMicroUsd: 1_250_000,
        limitMicroUsd: 25_500_000,
      },
      '1 Tesla site: refreshed every 1.5 h, about $1.25 this month of $25.50',
      '1 Tesla-Anlage: Aktualisierung alle 1,5 h, etwa 1,25 $ von 25,50 $ in diesem Monat',
    ],
    [
      'stopped at the limit',
      {
        kind: 'stopped',
        sites: 2,
        spentMicroUsd: 10_000_000,
        limitMicroUsd: 10_000_000,
        resumesAt,
      },
      "2 Tesla sites: paused, this month's $10 spending limit is reached ($10 spent); refreshing resumes on 1 January",
      '2 Tesla-Anlagen: pausiert, das Ausgabenlimit von 10 $ für diesen Monat ist erreicht (10 $ ausgegeben); die Aktualisierung läuft am 1. Januar weiter',
    ],
  ])('%s', (_name, plan, english, german) => {
    expect(explainTeslaPlan(plan, englishWords)).toBe(english);
    // Intl puts a no-break space between the amount and the dollar sign.
    expect(explainTeslaPlan(plan, germanWords).replace(/\u00a0/g, ' ')).toBe(german);
  });

  it('says Tesla’s refusal in each language', () => {
    expect(explainTeslaRefused(4)).toBe(
      "4 Tesla sites: paused, Tesla answered that the platform's billing limit for this month is reached; the app asks again every 6 hours",
    );
    expect(explainTeslaRefused(4, germanWords)).toBe(
      '4 Tesla-Anlagen: pausiert, Tesla meldet, dass das Abrechnungslimit der Plattform für diesen Monat erreicht ist; die App fragt alle 6 Stunden erneut',
    );
  });

  it('keeps dollars in dollars whatever the number format', () => {
    expect([formatUsd(4_100_000, 'de-DE'), formatUsd(10_000_000, 'en-GB')]).toEqual([
      '4,10\u00a0$',
      '$10',
    ]);
  });
});

describe('planTeslaRefresh with fixed calls (hourly battery reads)', () => {
  it('counts them whatever the interval, so the interval widens to make room', () => {
    const site = { activeSecondsLeft: 10 * 86_400 };
    const input = {
      now: Date.UTC(2026, 8, 20) / 1000,
      spentMicroUsd: 0,
      limitMicroUsd: 2_000 * 1_000,
      floorSeconds: 900,
    };
    const without = planTeslaRefresh({ ...input, sites: [site] });
    const withReads = planTeslaRefresh({ ...input, sites: [{ ...site, fixedCalls: 240 }] });
    expect(without.kind === 'refresh' && without.intervalSeconds).toBe(900);
    expect(withReads.kind === 'refresh' && withReads.intervalSeconds).toBe(1_200);
    expect(withReads.kind === 'refresh' && withReads.projectedMicroUsd).toBe((720 + 240) * 2_000);
  });
});
