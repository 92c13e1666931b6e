/**
 * Tesla as the app sees it: owners sign in on Tesla's own page (OAuth via the relay, in the
 * account's region); every Fleet API request costs money (about $1 per 500, after a $10
 * monthly credit), so the budget is a monthly spending limit; five-minute samples reach the
 * cloud minutes later and there is nothing new at night.
 */
import { isTeslaRegion } from '../../../shared/tesla-regions';
import { siteIdOf } from '../../model/site';
import type { ProviderDescriptor } from '../descriptor';
import { TeslaHttp } from './http';
import { MICRO_USD, sayUsd, TESLA_PRICING } from './money';
import { teslaRegionBases } from './sign-in';
import { TeslaProvider, TESLA_CLOUD_DELAY_SECONDS } from './tesla-provider';

/** See the module comment. */
export const teslaDescriptor: ProviderDescriptor = {
  id: 'tesla',
  name: 'Tesla',
  connect: ['oauth-popup'],
  intro: (words) => words.t('provider.tesla.intro'),
  quota: {
    kind: 'money-per-request',
    sentence: ({ settings, words }) =>
      words.t('provider.tesla.quota', {
        per500: sayUsd(TESLA_PRICING.costPerCallMicroUsd * 500, words),
        credit: sayUsd(TESLA_PRICING.monthlyCreditMicroUsd, words),
        limit: sayUsd(Math.round(settings.teslaSpendLimitUsd * MICRO_USD), words),
      }),
  },
  quiet: { pauseAtNight: true, cloudDelaySeconds: TESLA_CLOUD_DELAY_SECONDS },
  account: (context) => {
    const bases = teslaRegionBases(context.config);
    const region = isTeslaRegion(context.region) ? context.region : null;
    const http = new TeslaHttp({
      connectionId: context.connectionId,
      regionBases: bases,
      knownBase: region ? context.config.tesla.apiBases[region] : null,
      tokens: context.tokens,
      clock: context.clock,
      log: context.log,
      fetch: context.fetch ?? globalThis.fetch.bind(globalThis),
      timeoutMs: 30_000,
      maxBytes: 5 * 1024 * 1024,
      ledger: context.cache,
      mayCall: context.mayCall ?? undefined,
    });
    return new TeslaProvider({
      connectionId: context.connectionId,
      http,
      clock: context.clock,
      selected: context.selected,
      known: (externalId) => {
        const site = context.cache.getSite(siteIdOf('tesla', externalId));
        return site ? { timeZone: site.timeZone, capacityW: site.capacityW } : null;
      },
    });
  },
};
