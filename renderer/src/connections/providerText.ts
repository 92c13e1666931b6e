/**
 * A provider's connect intro and quota sentence in the language in use. Main declares them in
 * English with each provider (providers.list); the catalogue has its own for the providers it
 * knows, and main's words stand for any other until the catalogue learns them.
 */
import type { AppInfo, ProviderInfo, Settings } from '../../../shared/domain';
import { t, type MessageKey } from '../i18n/t';
import { describeQuota, quotaInForce } from './plans';

const INTROS: Partial<Record<ProviderInfo['id'], MessageKey>> = {
  enphase: 'provider.enphase.intro',
};

/** Whether the catalogue words this provider (otherwise its texts are main's English). */
export function cataloguedProvider(provider: ProviderInfo): boolean {
  return INTROS[provider.id] !== undefined;
}

/** The connect card's intro. */
export function providerIntro(provider: ProviderInfo): string {
  const key = INTROS[provider.id];
  return key ? t(key) : provider.intro;
}

/** The budget card's sentence about how the provider's quota works and this installation's part. */
export function quotaSentence(
  provider: ProviderInfo,
  settings: Pick<Settings, 'enphasePlan' | 'enphaseSharePercent'> | null,
  platform: AppInfo['enphasePlatform'] | null,
): string {
  if (provider.id === 'enphase' && settings && platform) {
    return `${describeQuota(quotaInForce(settings, platform))} ${t('provider.enphase.quotaRest')}`;
  }
  return provider.quota.sentence;
}
