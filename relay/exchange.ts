/**
 * Redeems one grant with one provider: builds the provider-specific call, sends it, interprets
 * the answer, and logs the outcome without a single secret (the logger already knows the
 * request's code or refresh token as values to cut out of anything a provider echoes back).
 */
import { RelayError, UpstreamOAuthError } from './errors';
import type { RelayLogger } from './logger';
import type { TeslaRegion } from '../shared/tesla-regions';
import {
  buildTokenRequest,
  teslaRegionOfGrant,
  type EnabledProvider,
  type TokenGrant,
} from './providers';
import { interpretTokenAnswer, type TokenSet } from './token-response';
import { callTokenEndpoint } from './upstream';

/** What a redemption needs besides the provider and grant. */
export interface ExchangeOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  teslaAudiences: Readonly<Record<TeslaRegion, string>>;
  logger: RelayLogger;
}

/**
 * Exchanges a code or refresh token for a token set; throws named relay errors. A Tesla answer
 * also says which region's audience the relay asked for (`region`), so the app can tell whether
 * its account lives elsewhere and refresh into the right region.
 */
export async function redeemGrant(
  provider: EnabledProvider,
  grant: TokenGrant,
  options: ExchangeOptions,
): Promise<TokenSet & { region?: TeslaRegion }> {
  const started = performance.now();
  const fields = { provider: provider.id, grant_type: grant.type };
  const elapsed = (): number => Math.round((performance.now() - started) * 10) / 10;
  try {
    const request = buildTokenRequest(provider, grant, {
      teslaAudiences: options.teslaAudiences,
    });
    const answer = await callTokenEndpoint(request, {
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      providerName: provider.displayName,
    });
    const tokens = interpretTokenAnswer(
      provider.displayName,
      answer,
      grant.type === 'refresh_token',
    );
    options.logger.info('upstream token call succeeded', {
      ...fields,
      upstream_status: answer.status,
      ms: elapsed(),
    });
    const region = provider.id === 'tesla' ? teslaRegionOfGrant(grant) : null;
    return region ? { ...tokens, region } : tokens;
  } catch (error) {
    if (error instanceof RelayError) {
      options.logger.warn('upstream token call failed', {
        ...fields,
        error: error.code,
        error_description: error.description,
        upstream_status: error instanceof UpstreamOAuthError ? error.upstreamStatus : null,
        ms: elapsed(),
      });
    }
    throw error;
  }
}
