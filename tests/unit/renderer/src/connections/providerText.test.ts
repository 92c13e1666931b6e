import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../../electron/config';
import { enphaseDescriptor } from '../../../../../electron/providers/enphase/descriptor';
import { defaultSettings } from '../../../../../electron/services/settings';
import type { ProviderInfo } from '../../../../../shared/domain';
import {
  cataloguedProvider,
  providerIntro,
  quotaSentence,
} from '../../../../../renderer/src/connections/providerText';
import { setLocale } from '../../../../../renderer/src/i18n/t';

const config = loadConfig({}, { packaged: false });
const platform = { plan: config.enphase.plan, sharePercent: config.enphase.sharePercent };

function infoOf(settings = defaultSettings): ProviderInfo {
  const d = enphaseDescriptor;
  return {
    id: d.id,
    name: d.name,
    connect: [...d.connect],
    intro: d.intro,
    quota: { kind: d.quota.kind, sentence: d.quota.sentence({ config, settings }) },
  };
}

describe('provider texts', () => {
  afterEach(() => setLocale({ language: 'en', formats: 'en-US' }));

  it.each([
    ['the platform’s plan', defaultSettings],
    [
      'an operator’s override',
      { ...defaultSettings, enphasePlan: 'watt', enphaseSharePercent: 40 },
    ],
  ] as const)('say in English exactly what main says, with %s', (_, settings) => {
    const provider = infoOf(settings);
    expect(providerIntro(provider)).toBe(provider.intro);
    expect(quotaSentence(provider, settings, platform)).toBe(provider.quota.sentence);
  });

  it('are German in German, with German digits', () => {
    setLocale({ language: 'de', formats: 'de-DE' });
    const provider = infoOf();
    expect(providerIntro(provider)).toMatch(/^Melden Sie sich mit Ihrem eigenen Enphase-Konto an/);
    expect(quotaSentence(provider, defaultSettings, platform)).toMatch(
      /^Enalysis läuft mit dem Enphase-Tarif .* Aufrufe pro Monat/,
    );
  });

  it('fall back to main’s words for a provider the catalogue does not know', () => {
    setLocale({ language: 'de', formats: 'de-DE' });
    const other = {
      ...infoOf(),
      id: 'demo' as const,
      intro: 'Main’s intro',
      quota: { kind: 'none' as const, sentence: 'Main’s sentence' },
    };
    expect(cataloguedProvider(other)).toBe(false);
    expect(cataloguedProvider(infoOf())).toBe(true);
    expect(providerIntro(other)).toBe('Main’s intro');
    expect(quotaSentence(other, defaultSettings, platform)).toBe('Main’s sentence');
  });
});
