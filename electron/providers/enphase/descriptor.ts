/**
 * Enphase as the app sees it: owners sign in through Enphase's own page (OAuth via the relay);
 * the quota counts requests per minute and month for the platform's one APPLICATION, shared by
 * every installation; the cloud shows uploads 15–30 minutes late and there is nothing new at
 * night.
 */
import { describeEnphaseQuota } from '../../../shared/enphase-plans';
import { siteIdOf } from '../../model/site';
import type { ProviderDescriptor } from '../descriptor';
import { CLOUD_DELAY_SECONDS, EnphaseProvider } from './enphase-provider';

/** See the module comment. */
export const enphaseDescriptor: ProviderDescriptor = {
  id: 'enphase',
  name: 'Enphase',
  connect: ['oauth-popup'],
  intro:
    'Sign in with your own Enphase account and choose which of its systems to follow. You sign in on Enphase’s own page: Enalysis never sees your password, and the access it receives stays encrypted on this computer.',
  quota: {
    kind: 'requests-per-application',
    sentence: ({ config, settings }) =>
      `${describeEnphaseQuota({
        plan: settings.enphasePlan ?? config.enphase.plan,
        sharePercent: settings.enphaseSharePercent ?? config.enphase.sharePercent,
        overridden: settings.enphasePlan !== null || settings.enphaseSharePercent !== null,
      })} Enphase limits requests for the Enalysis app as a whole, not per computer: every installation of the app draws on the same monthly quota. This installation keeps to its share and spaces refreshes so the month’s calls last until the month ends.`,
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
