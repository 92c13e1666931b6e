/**
 * Enphase as the app sees it: owners sign in through Enphase's own page (OAuth via the relay);
 * the quota counts requests per minute and month for the platform's one APPLICATION, shared by
 * every installation; the cloud shows uploads 15–30 minutes late and there is nothing new at
 * night.
 */
import { enphasePlans, perMinuteAllowance, perMonthAllowance } from '../../../shared/enphase-plans';
import { siteIdOf } from '../../model/site';
import type { ProviderDescriptor } from '../descriptor';
import { CLOUD_DELAY_SECONDS, EnphaseProvider } from './enphase-provider';

/** See the module comment. */
export const enphaseDescriptor: ProviderDescriptor = {
  id: 'enphase',
  name: 'Enphase',
  connect: ['oauth-popup'],
  intro: (words) => words.t('provider.enphase.intro'),
  quota: {
    kind: 'requests-per-application',
    sentence: ({ config, settings, words }) => {
      const plan = settings.enphasePlan ?? config.enphase.plan;
      const share = settings.enphaseSharePercent ?? config.enphase.sharePercent;
      return words.t('provider.enphase.quota', {
        overridden:
          settings.enphasePlan !== null || settings.enphaseSharePercent !== null ? 'yes' : 'no',
        plan: enphasePlans[plan].name,
        whole: enphasePlans[plan].perMonth,
        share,
        mine: perMonthAllowance(plan, share),
        perMinute: perMinuteAllowance(plan, share),
      });
    },
  },
  quiet: { pauseAtNight: true, cloudDelaySeconds: CLOUD_DELAY_SECONDS },
  account: (context) =>
    new EnphaseProvider({
      connectionId: context.connectionId,
      apiBase: context.config.enphase.apiBase,
      apiKey: context.config.enphase.apiKey,
      tokens: context.tokens,
      clock: context.clock,
      log: context.log,
      fetch: context.fetch,
      pacer: context.pacer ?? undefined,
      ledger: context.cache,
      selected: context.selected,
      knownCapacity: (externalId) =>
        context.cache.getSite(siteIdOf('enphase', externalId))?.capacityW || null,
    }),
};
