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
import { formatUsd, MICRO_USD, TESLA_PRICING } from './money';
import { teslaRegionBases } from './sign-in';
import { TeslaProvider, TESLA_CLOUD_DELAY_SECONDS } from './tesla-provider';

/** See the module comment. */
export const teslaDescriptor: ProviderDescriptor = {
  id: 'tesla',
  name: 'Tesla',
  connect: ['oauth-popup'],
  intro:
    'Sign in with your own Tesla account and choose which of its energy sites (solar, Powerwall) to follow. You sign in on Tesla’s own page: Enalysis never sees your password, and the access it receives stays encrypted on this computer.',
  quota: {
    kind: 'money-per-request',
    sentence: ({ settings }) =>
      `Tesla bills every request (about ${formatUsd(TESLA_PRICING.costPerCallMicroUsd * 500)} per 500) after a free ${formatUsd(TESLA_PRICING.monthlyCreditMicroUsd)} a month. This installation spends at most ${formatUsd(Math.round(settings.teslaSpendLimitUsd * MICRO_USD))} a month (Settings), spaces refreshes so the month stays within it, makes no calls at night, and stops when the limit is reached.`,
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
