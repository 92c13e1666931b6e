/**
 * SolarEdge as the app sees it: installers paste their fleet API key (checked with one real
 * call), homeowners grant Site Access for one site through SolarEdge's consent page (OAuth via
 * the relay); every call costs one credit of the payer's monthly and per-minute allowance (the
 * plan is a setting, the free tier by default); the cloud shows a quarter minutes after it ends
 * and there is nothing new at night.
 */
import { createHash } from 'node:crypto';
import type { ProviderDescriptor } from '../descriptor';
import { creditSentence } from './budget';
import { sitesPageQuery, defaultDialect } from './dialect';
import { SolarEdgeHttp } from './http';
import { parseSitesPage } from './mapping';
import { CLOUD_DELAY_SECONDS, SolarEdgeProvider } from './solaredge-provider';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../enphase/read-body';

/** A Site Access refresh token dies after 30 days unused (reference): keep grants alive. */
export const SOLAREDGE_REFRESH_IDLE_SECONDS = 30 * 86_400;

/** See the module comment. */
export const solarEdgeDescriptor: ProviderDescriptor = {
  id: 'solaredge',
  name: 'SolarEdge',
  connect: ['oauth-popup', 'api-key'],
  intro: (words) => words.t('provider.solaredge.intro'),
  quota: {
    kind: 'credits-per-account',
    sentence: ({ config, settings, words }) => creditSentence(config, settings, words),
  },
  quiet: { pauseAtNight: true, cloudDelaySeconds: CLOUD_DELAY_SECONDS },
  validateKey: async (key, context) => {
    const http = new SolarEdgeHttp({
      connectionId: 'key-check',
      apiBase: context.config.solaredge.apiBase,
      credential: { kind: 'apiKey', apiKey: key },
      clock: context.clock,
      log: context.log,
      fetch: context.fetch ?? globalThis.fetch,
      timeoutMs: 20_000,
      maxBytes: DEFAULT_MAX_RESPONSE_BYTES,
      ledger: null,
    });
    const body = await http.getJson({
      path: '/sites',
      query: sitesPageQuery(defaultDialect, 0, 1),
      endpoint: 'sites',
      siteId: null,
      what: 'a sites list',
    });
    // The fleet is named by its first site: a new key of the same fleet replaces the old one.
    const first = parseSitesPage(body).sites[0];
    const accountId = first
      ? `fleet-${first.externalId}`
      : `fleet-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
    return { accountId };
  },
  refreshIdleLimitSeconds: SOLAREDGE_REFRESH_IDLE_SECONDS,
  account: (context) =>
    new SolarEdgeProvider({
      connectionId: context.connectionId,
      apiBase: context.config.solaredge.apiBase,
      access:
        context.method === 'api-key'
          ? { kind: 'fleet-key' }
          : { kind: 'site-access', siteId: context.accountId },
      tokens: context.tokens,
      clock: context.clock,
      log: context.log,
      fetch: context.fetch,
      pacer: context.pacer,
      ledger: context.cache,
      selected: context.selected,
    }),
};
