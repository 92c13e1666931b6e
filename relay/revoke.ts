/**
 * Ends a grant for the app when the owner disconnects (RFC 7009): the relay adds the client
 * credentials, which never leave it, and calls the provider's revocation endpoint. Only
 * providers that have one are offered (SolarEdge `POST /v2/oauth2/revoke-token`); Enphase has
 * none. Logged like a token call: outcome and status, never the token.
 */
import { RelayError } from './errors';
import type { RelayLogger } from './logger';
import type { EnabledProvider, UpstreamRequest } from './providers';
import { upstreamFailure } from './token-response';
import { callTokenEndpoint } from './upstream';

/** Raised for a provider without a revocation endpoint. */
export class RevokeUnsupportedError extends RelayError {
  constructor(provider: string) {
    super(400, 'unsupported_revocation', `${provider} grants cannot be revoked through the relay.`);
  }
}

/** The revocation call for a provider, or null when it has none. */
export function buildRevokeRequest(
  provider: EnabledProvider,
  token: string,
): UpstreamRequest | null {
  if (provider.id !== 'solaredge') return null;
  const { clientId, clientSecret } = provider.credentials;
  return {
    url: `${provider.authBase}/v2/oauth2/revoke-token`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      token,
      client_id: clientId,
      client_secret: clientSecret,
    }).toString(),
  };
}

/** What a revocation needs besides the provider and token. */
export interface RevokeOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  logger: RelayLogger;
}

/** Revokes `token` at the provider; throws named relay errors. */
export async function revokeGrant(
  provider: EnabledProvider,
  token: string,
  options: RevokeOptions,
): Promise<void> {
  const request = buildRevokeRequest(provider, token);
  if (!request) throw new RevokeUnsupportedError(provider.displayName);
  const answer = await callTokenEndpoint(request, {
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    providerName: provider.displayName,
  });
  const fields = { provider: provider.id, upstream_status: answer.status };
  if (answer.status >= 200 && answer.status < 300) {
    options.logger.info('upstream revoke succeeded', fields);
    return;
  }
  const failure = upstreamFailure(provider.displayName, answer);
  options.logger.warn('upstream revoke failed', { ...fields, error: failure.code });
  throw failure;
}
