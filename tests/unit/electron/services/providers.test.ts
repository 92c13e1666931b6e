/**
 * `providers.list`: what the renderer renders the Connections page from, straight from the
 * registered descriptors, with the quota sentence as the settings make it and nothing secret.
 */
import { describe, expect, it } from 'vitest';
import { invokeContract } from '../../../../shared/contract';
import { loadConfig } from '../../../../electron/config';
import { PROVIDERS } from '../../../../electron/providers/registry';
import { createProviderHandlers } from '../../../../electron/services/providers';
import { defaultSettings } from '../../../../electron/services/settings';

const config = loadConfig({
  ENPHASE_API_KEY: 'key-that-must-stay-in-main',
  ENPHASE_CLIENT_ID: 'client-id-that-must-stay-in-main',
  ENPHASE_PLAN: 'kilowatt',
  ENPHASE_SHARE_PERCENT: '10',
});

function list(settings = defaultSettings) {
  const handlers = createProviderHandlers({
    descriptors: PROVIDERS,
    config,
    settings: () => settings,
  });
  return handlers['providers.list']({});
}

describe('providers.list', () => {
  it('declares the demo fleet, Enphase and SolarEdge, each as its folder says, in the contract shape', async () => {
    const answer = await list();
    expect(invokeContract['providers.list'].response.parse(answer)).toEqual(answer);
    expect(answer.providers.map((p) => [p.id, p.name, p.connect, p.quota.kind])).toEqual([
      ['demo', 'Demo', [], 'none'],
      ['enphase', 'Enphase', ['oauth-popup'], 'requests-per-application'],
      ['solaredge', 'SolarEdge', ['oauth-popup', 'api-key'], 'credits-per-account'],
    ]);
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
