/**
 * How each provider wants its token calls, as pure data: the three disagree on where the
 * client secret goes (Basic header or form body) and where the grant goes (query string or
 * form body), and these are the rules the reference docs give. No I/O here, so every shape is
 * checked by a table of cases.
 */
import { teslaRegionOfCode, type TeslaRegion } from '../shared/tesla-regions';
import type { ProviderConfig, RelayProviderId } from './config';

/** The grant the app asks the relay to redeem. */
export type TokenGrant =
  | {
      type: 'authorization_code';
      code: string;
      redirectUri: string;
      /** The app's verifier, passed on as PKCE `code_verifier` to providers that check it. */
      codeVerifier?: string;
      /** Tesla: the region the app names; otherwise the code's prefix says, or North America. */
      region?: TeslaRegion;
    }
  | {
      type: 'refresh_token';
      refreshToken: string;
      /** Tesla: the account's region as the app discovered it (`users/region`). */
      region?: TeslaRegion;
    };

/** A provider with credentials: only these can be called. */
export type EnabledProvider = ProviderConfig & {
  credentials: NonNullable<ProviderConfig['credentials']>;
};

/** One HTTP call to a token endpoint, ready for fetch. */
export interface UpstreamRequest {
  url: string;
  headers: Record<string, string>;
  /** Form-encoded body, or null for Enphase's empty body. */
  body: string | null;
}

/** Options that are not per provider credentials. */
export interface TokenRequestOptions {
  /** Tesla's `audience` per region: the regional Fleet API base a token is for. */
  teslaAudiences: Readonly<Record<TeslaRegion, string>>;
}

/**
 * The Tesla region a grant is redeemed for: the app's word first, then the code's prefix, then
 * North America; a refresh names one only when the app does (the grant keeps its own).
 */
export function teslaRegionOfGrant(grant: TokenGrant): TeslaRegion | null {
  if (grant.region) return grant.region;
  return grant.type === 'authorization_code' ? (teslaRegionOfCode(grant.code) ?? 'NA') : null;
}

/** `Basic base64(client_id:client_secret)`; also registered as a secret value for the logs. */
export function basicAuthorization(credentials: EnabledProvider['credentials']): string {
  return `Basic ${btoa(`${credentials.clientId}:${credentials.clientSecret}`)}`;
}

const formHeaders = {
  'content-type': 'application/x-www-form-urlencoded',
  accept: 'application/json',
};

/** Builds the token call for a provider and grant. */
export function buildTokenRequest(
  provider: EnabledProvider,
  grant: TokenGrant,
  options: TokenRequestOptions,
): UpstreamRequest {
  const builders: Record<RelayProviderId, () => UpstreamRequest> = {
    enphase: () => enphaseRequest(provider, grant),
    tesla: () => teslaRequest(provider, grant, options.teslaAudiences),
    solaredge: () => solarEdgeRequest(provider, grant),
  };
  const request = builders[provider.id]();
  if (grant.type !== 'authorization_code' || !grant.codeVerifier || !provider.pkce) return request;
  // Form-bodied providers only (Enphase has no PKCE): the verifier joins the form.
  const form = new URLSearchParams(request.body ?? '');
  form.set('code_verifier', grant.codeVerifier);
  return { ...request, body: form.toString() };
}

/** Enphase: everything in the query string, empty body, client credentials in a Basic header. */
function enphaseRequest(provider: EnabledProvider, grant: TokenGrant): UpstreamRequest {
  const query = new URLSearchParams(
    grant.type === 'authorization_code'
      ? { grant_type: grant.type, redirect_uri: grant.redirectUri, code: grant.code }
      : { grant_type: grant.type, refresh_token: grant.refreshToken },
  );
  return {
    url: `${provider.authBase}/oauth/token?${query.toString()}`,
    headers: {
      authorization: basicAuthorization(provider.credentials),
      accept: 'application/json',
    },
    body: null,
  };
}

/**
 * Tesla: form body with the region's `audience`; refresh needs only the client id (its refresh
 * tokens are single use) and carries the audience when the app named the region.
 */
function teslaRequest(
  provider: EnabledProvider,
  grant: TokenGrant,
  audiences: TokenRequestOptions['teslaAudiences'],
): UpstreamRequest {
  const { clientId, clientSecret } = provider.credentials;
  const region = teslaRegionOfGrant(grant);
  const audience = region ? audiences[region] : null;
  const form: Record<string, string> =
    grant.type === 'authorization_code'
      ? {
          grant_type: grant.type,
          client_id: clientId,
          client_secret: clientSecret,
          code: grant.code,
          redirect_uri: grant.redirectUri,
          audience: audience!,
        }
      : {
          grant_type: grant.type,
          client_id: clientId,
          refresh_token: grant.refreshToken,
          ...(audience ? { audience } : {}),
        };
  return {
    url: `${provider.authBase}/oauth2/v3/token`,
    headers: formHeaders,
    body: new URLSearchParams(form).toString(),
  };
}

/** SolarEdge V2 Site Access: form body with the client credentials on every call. */
function solarEdgeRequest(provider: EnabledProvider, grant: TokenGrant): UpstreamRequest {
  const { clientId, clientSecret } = provider.credentials;
  const form: Record<string, string> =
    grant.type === 'authorization_code'
      ? {
          grant_type: grant.type,
          code: grant.code,
          redirect_uri: grant.redirectUri,
          client_id: clientId,
          client_secret: clientSecret,
        }
      : {
          grant_type: grant.type,
          refresh_token: grant.refreshToken,
          client_id: clientId,
          client_secret: clientSecret,
        };
  return {
    url: `${provider.authBase}/v2/oauth2/token`,
    headers: formHeaders,
    body: new URLSearchParams(form).toString(),
  };
}
