import { describe, expect, it } from 'vitest';
import { createWords, englishWords, type Message } from '../../../../electron/i18n/words';
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

  it('names the account in the language the alert is read in', () => {
    const [alert] = signInRule([
      {
        connectionId: 'c1',
        label: { key: 'account.owner', params: { provider: 'Enphase', id: '2310001' } },
        needsSignIn: true,
        siteCount: 2,
      },
    ]);
    expect(german.say(alert!.summary as Message)).toBe(
      'Enphase-Konto 2310001 muss neu angemeldet werden: 2 Anlagen werden nicht mehr aktualisiert.',
    );
  });

  it('a rebuilt cache is a past event at the moment it happened', () => {
    expect(cacheRebuiltRule(false, 5)).toEqual([]);
    const [event] = cacheRebuiltRule(true, 5);
    expect([event!.startAt, event!.endAt, event!.severity]).toEqual([5, 5, 'info']);
  });

  const german = createWords(() => ({ language: 'de', formats: 'de-DE' }));
  const sign = (siteCount: number) =>
    signInRule([
      { connectionId: 'c1', label: 'Enphase (owner@x)', needsSignIn: true, siteCount },
    ])[0]!.summary;
  it.each([
    [
      'a sign-in for one site',
      sign(1),
      { key: 'alert.needsSignIn', params: { account: 'Enphase (owner@x)', count: 1 } },
      'Enphase (owner@x) needs to be signed in again: 1 site stopped updating.',
      'Enphase (owner@x) muss neu angemeldet werden: 1 Anlage wird nicht mehr aktualisiert.',
    ],
    [
      'a sign-in for three sites',
      sign(3),
      { key: 'alert.needsSignIn', params: { account: 'Enphase (owner@x)', count: 3 } },
      'Enphase (owner@x) needs to be signed in again: 3 sites stopped updating.',
      'Enphase (owner@x) muss neu angemeldet werden: 3 Anlagen werden nicht mehr aktualisiert.',
    ],
    [
      'a quota nearly spent',
      quotaRule([budget(900)])[0]!.summary,
      { key: 'alert.quotaLow', params: { plan: 'Watt', percent: 90 } },
      "90 % of this month's Watt request quota is used.",
      '90 % des Anfragekontingents (Watt) dieses Monats sind verbraucht.',
    ],
    [
      'a quota spent',
      quotaRule([budget(1000)])[0]!.summary,
      { key: 'alert.quotaExhausted', params: { plan: 'Watt' } },
      "This month's Watt request quota is used up: sites update again when it renews.",
      'Das Anfragekontingent (Watt) dieses Monats ist aufgebraucht: Die Anlagen werden wieder aktualisiert, sobald es sich erneuert.',
    ],
    [
      'a rebuilt cache',
      cacheRebuiltRule(true, 5)[0]!.summary,
      { key: 'alert.cacheRebuilt' },
      'The local cache was damaged and has been rebuilt; history is downloaded again.',
      'Der lokale Zwischenspeicher war beschädigt und wurde neu aufgebaut; der Verlauf wird erneut heruntergeladen.',
    ],
  ])(
    'says %s as a message, in English as before and in German',
    (_n, summary, message, english, germanText) => {
      expect(summary).toEqual(message);
      if (typeof summary === 'string') throw new Error('a rule wrote plain text');
      expect(englishWords.say(summary)).toBe(english);
      expect(german.say(summary)).toBe(germanText);
    },
  );
});
