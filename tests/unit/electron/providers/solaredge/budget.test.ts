/** SolarEdge's credit budget: the refresh interval and its sentence, as a table. */
import { describe, expect, it } from 'vitest';
import {
  creditBudgetFor,
  planCredits,
  type CreditBudgetInput,
} from '../../../../../electron/providers/solaredge/budget';
import { englishWords } from '../../../../../electron/i18n/words';
import { germanWords } from '../../../../harness/german-words';

/** 1 December 2026, 00:00 UTC: a whole 31-day month ahead. */
const MONTH_START = Date.UTC(2026, 11, 1) / 1000;

function input(fields: Partial<CreditBudgetInput>): CreditBudgetInput {
  return {
    perMonth: 2_000,
    perMinute: 10,
    siteCount: 1,
    fleetConnections: 1,
    siteAccessSites: 0,
    floorMinutes: 15,
    usedThisMonth: 0,
    heldUntil: null,
    now: MONTH_START,
    ...fields,
  };
}

describe('planCredits', () => {
  // Free tier, 31 days: 64.5 credits a day, less 2 per site and 4 listings per fleet connection
  // of 2 calls each (a page and the open alerts); two sites need 2 × 16 h of daylight
  // refreshes: 115,200 s ÷ 52.5 = 2,194 s → 37 min.
  it.each<[string, Partial<CreditBudgetInput>, number]>([
    ['no site: the floor', { siteCount: 0 }, 15 * 60],
    ['one site on the free tier: just above the floor', {}, 1_080],
    ['two sites on the free tier', { siteCount: 2 }, 2_220],
    ['five sites on the free tier', { siteCount: 5 }, 6_240],
    ['twelve sites on a 30,000-credit plan', { siteCount: 12, perMonth: 30_000 }, 900],
    [
      'half the credits spent on day one: more than twice as long',
      { siteCount: 2, usedThisMonth: 1_000 },
      5_700,
    ],
    ['a 30-minute floor chosen by the user', { floorMinutes: 30 }, 30 * 60],
  ])('%s', (_name, fields, seconds) => {
    expect(planCredits(input(fields))).toEqual({
      intervalSeconds: seconds,
      exhausted: false,
      overCommitted: false,
    });
  });

  it('stretches to once a day and says so when the plan cannot pay for more', () => {
    expect(planCredits(input({ siteCount: 100 }))).toEqual({
      intervalSeconds: 86_400,
      exhausted: false,
      overCommitted: true,
    });
  });

  it.each<[string, Partial<CreditBudgetInput>]>([
    ['every credit of the month spent (the ledger)', { usedThisMonth: 2_000 }],
    ['a monthly 429 (SolarEdge said so)', { heldUntil: MONTH_START + 31 * 86_400 }],
  ])('waits for the month to turn after %s', (_name, fields) => {
    const plan = planCredits(input(fields));
    expect(plan.exhausted).toBe(true);
    expect(plan.intervalSeconds).toBe(31 * 86_400);
  });
});

describe('creditBudgetFor', () => {
  it('explains the interval in one sentence', () => {
    expect(creditBudgetFor(input({ siteCount: 2 })).explanation).toBe(
      '2 SolarEdge sites on 2,000 credits a month (the free tier): refreshed every 37 min in daylight, one credit per site and refresh.',
    );
  });

  it('says when the month is used up and when calls resume, and counts the month as spent', () => {
    const budget = creditBudgetFor(
      input({ siteCount: 3, usedThisMonth: 420, heldUntil: MONTH_START + 31 * 86_400 }),
    );
    expect(budget.explanation).toBe(
      'SolarEdge’s credits for this month are used up: no SolarEdge call until 1 January. Cached data stays on screen.',
    );
    expect(budget.usedThisMonth).toBe(2_000);
  });
});

describe('the budget sentence in each language', () => {
  it.each<[string, Partial<CreditBudgetInput>, string, string]>([
    [
      'one site on the free tier',
      {},
      '1 SolarEdge site on 2,000 credits a month (the free tier): refreshed every 18 min in daylight, one credit per site and refresh.',
      '1 SolarEdge-Anlage mit 2.000 Guthaben pro Monat (kostenloser Tarif): Aktualisierung alle 18 min bei Tageslicht, ein Guthaben pro Anlage und Aktualisierung.',
    ],
    [
      'no site on a paid plan',
      { siteCount: 0, perMonth: 30_000, perMinute: 100 },
      'No SolarEdge sites yet on 30,000 credits a month.',
      'Noch keine SolarEdge-Anlagen mit 30.000 Guthaben pro Monat.',
    ],
    [
      'more sites than the plan pays for',
      { siteCount: 100 },
      '100 SolarEdge sites on 2,000 credits a month (the free tier): refreshed every 24 h in daylight, one credit per site and refresh; the plan’s credits cannot keep this many sites fresher.',
      '100 SolarEdge-Anlagen mit 2.000 Guthaben pro Monat (kostenloser Tarif): Aktualisierung alle 24 h bei Tageslicht, ein Guthaben pro Anlage und Aktualisierung; mit dem Guthaben des Tarifs lassen sich so viele Anlagen nicht häufiger aktualisieren.',
    ],
    [
      'a spent month',
      { usedThisMonth: 2_000 },
      'SolarEdge’s credits for this month are used up: no SolarEdge call until 1 January. Cached data stays on screen.',
      'Das SolarEdge-Guthaben dieses Monats ist aufgebraucht: bis zum 1. Januar kein Aufruf bei SolarEdge. Gespeicherte Daten bleiben sichtbar.',
    ],
  ])('%s', (_name, fields, english, german) => {
    expect(creditBudgetFor(input(fields), englishWords).explanation).toBe(english);
    const inGerman = creditBudgetFor(input(fields), germanWords);
    expect(inGerman.explanation).toBe(german);
    expect(inGerman.plan).toMatch(/Guthaben pro Monat/);
  });
});
