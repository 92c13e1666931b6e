/**
 * `providers.list`: what the renderer renders the Connections page from, straight from the
 * registered descriptors, with the quota sentence as the settings make it and nothing secret.
 */
import { describe, expect, it } from 'vitest';
import { invokeContract } from '../../../../shared/contract';
import { loadConfig } from '../../../../electron/config';
import { createWords, englishWords, type Words } from '../../../../electron/i18n/words';
import { PROVIDERS } from '../../../../electron/providers/registry';
import { createProviderHandlers } from '../../../../electron/services/providers';
import { defaultSettings } from '../../../../electron/services/settings';

const config = loadConfig({
  ENPHASE_API_KEY: 'key-that-must-stay-in-main',
  ENPHASE_CLIENT_ID: 'client-id-that-must-stay-in-main',
  ENPHASE_PLAN: 'kilowatt',
  ENPHASE_SHARE_PERCENT: '10',
});

const german = createWords(() => ({ language: 'de', formats: 'de-DE' }));

function list(settings = defaultSettings, words: Words = englishWords) {
  const handlers = createProviderHandlers({
    descriptors: PROVIDERS,
    config,
    settings: () => settings,
    words,
  });
  return handlers['providers.list']({});
}

describe('providers.list', () => {
  it('declares the demo fleet, Enphase, SolarEdge and Tesla, each as its folder says, in the contract shape', async () => {
    const answer = await list();
    expect(invokeContract['providers.list'].response.parse(answer)).toEqual(answer);
    expect(answer.providers.map((p) => [p.id, p.name, p.connect, p.quota.kind])).toEqual([
      ['demo', 'Demo', [], 'none'],
      ['enphase', 'Enphase', ['oauth-popup'], 'requests-per-application'],
      ['solaredge', 'SolarEdge', ['oauth-popup', 'api-key'], 'credits-per-account'],
      ['tesla', 'Tesla', ['oauth-popup'], 'money-per-request'],
    ]);
  });

  it('states Tesla’s spending limit from Settings', async () => {
    const tesla = (await list({ ...defaultSettings, teslaSpendLimitUsd: 25 })).providers.find(
      (p) => p.id === 'tesla',
    )!;
    expect(tesla.quota.sentence).toMatch(
      /^Tesla bills every request \(about \$1 per 500\) after a free \$10 a month\. This installation spends at most \$25 a month/,
    );
  });

  it('says what SolarEdge credits cost from the plan in Settings (the free tier by default)', async () => {
    const solarEdge = async (settings = defaultSettings) =>
      (await list(settings)).providers.find((p) => p.id === 'solaredge')!.quota.sentence;
    expect(await solarEdge()).toMatch(
      /^Every SolarEdge call costs one credit of your account’s plan: 2,000 credits a month \(the free tier\) and 10 a minute\./,
    );
    expect(
      await solarEdge({
        ...defaultSettings,
        solaredgeCreditsPerMonth: 30_000,
        solaredgeCreditsPerMinute: 100,
      }),
    ).toMatch(/: 30,000 credits a month and 100 a minute\./);
  });

  it('writes the quota sentence from the platform plan, or from an operator override', async () => {
    const enphase = (await list()).providers.find((p) => p.id === 'enphase')!;
    expect(enphase.quota.sentence).toMatch(
      /^Enalysis runs on Enphase’s Kilowatt plan \(50,000 calls a month for all installations together\); this installation may use 10 % of it: 5,000 calls a month, 5 a minute\. Enphase limits requests for the Enalysis app as a whole/,
    );
    const overridden = await list({
      ...defaultSettings,
      enphasePlan: 'watt',
      enphaseSharePercent: 50,
    });
    expect(overridden.providers.find((p) => p.id === 'enphase')!.quota.sentence).toMatch(
      /^Enalysis runs on Enphase’s Watt plan .* 50 % of it: 500 calls a month, 5 a minute \(set by an operator on this computer\)\./,
    );
  });

  it('keeps the English intros', async () => {
    const intros = (await list()).providers.map((p) => p.intro);
    expect(intros[0]).toBe(
      'A simulated fleet that shows what Enalysis does before any account is connected.',
    );
    expect(intros[2]).toMatch(/^Homeowners: sign in on SolarEdge’s own page/);
    expect(intros[3]).toMatch(/^Sign in with your own Tesla account/);
  });

  it('writes every intro and quota sentence in German when German is in force', async () => {
    const answer = await list(
      { ...defaultSettings, teslaSpendLimitUsd: 12.5, solaredgeCreditsPerMonth: 30_000 },
      german,
    );
    const byId = new Map(answer.providers.map((p) => [p.id, p]));
    expect(byId.get('demo')!.intro).toBe(
      'Eine simulierte Flotte, die zeigt, was Enalysis kann, bevor ein Konto verbunden ist.',
    );
    expect(byId.get('demo')!.quota.sentence).toMatch(/^Die Demo-Flotte wird auf diesem Computer/);
    expect(byId.get('enphase')!.intro).toMatch(/^Melden Sie sich mit Ihrem eigenen Enphase-Konto/);
    expect(byId.get('enphase')!.quota.sentence).toMatch(
      /^Enalysis läuft mit dem Enphase-Tarif Kilowatt \(50\.000 Aufrufe pro Monat .*: 5\.000 Aufrufe pro Monat, 5 pro Minute\. Enphase begrenzt/,
    );
    expect(byId.get('solaredge')!.intro).toMatch(/^Hausbesitzer: Melden Sie sich auf der Seite/);
    expect(byId.get('solaredge')!.quota.sentence).toMatch(
      /^Jeder SolarEdge-Aufruf kostet ein Guthaben des Tarifs Ihres Kontos: 30\.000 Guthaben pro Monat und 10 pro Minute\./,
    );
    expect(byId.get('tesla')!.intro).toMatch(/^Melden Sie sich mit Ihrem eigenen Tesla-Konto/);
    // Dollars stay dollars, written the German way.
    expect(byId.get('tesla')!.quota.sentence).toMatch(
      /^Tesla berechnet jede Anfrage \(etwa 1\s\$ pro 500\) nach einem kostenlosen Guthaben von 10\s\$ pro Monat\. Diese Installation gibt höchstens 12,50\s\$ pro Monat aus/,
    );
    // No English sentence slipped through.
    for (const provider of answer.providers) {
      expect(`${provider.intro} ${provider.quota.sentence}`).not.toMatch(
        /\b(the|and|your|every)\b/,
      );
    }
  });

  it('carries no key, client id or address of the platform', async () => {
    const text = JSON.stringify(await list());
    for (const secret of [
      config.enphase.apiKey,
      config.enphase.clientId,
      config.enphase.apiBase,
      config.relayUrl,
    ])
      expect(text).not.toContain(secret);
  });
});
