/**
 * The two URLs of a sign-in: the provider's authorize page and the relay's callback, which is the
 * redirect URI registered with the provider. Pure, so their exact shape is pinned by tests.
 */
import type { OAuthProviderId } from './token-set';

/** The relay's callback for a provider: `{relay}/oauth/{provider}/callback`. */
export function relayRedirectUri(relayUrl: string, provider: OAuthProviderId): string {
  return `${relayUrl.replace(/\/+$/, '')}/oauth/${provider}/callback`;
}

/** What the authorize URL is built from. */
export interface AuthorizeRequest {
  authBase: string;
  clientId: string;
  redirectUri: string;
  state: string;
}

/**
 * Enphase's authorize URL: `{authBase}/oauth/authorize?response_type=code&client_id=…&
 * redirect_uri=…&state=…`. No `scope`: Enphase fixes permissions per application.
 */
export function enphaseAuthorizeUrl(request: AuthorizeRequest): string {
  const url = new URL(`${request.authBase.replace(/\/+$/, '')}/oauth/authorize`);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', request.clientId);
  url.searchParams.set('redirect_uri', request.redirectUri);
  url.searchParams.set('state', request.state);
  return url.toString();
}

/** The Site Access scopes the app asks SolarEdge for (reference). */
export const SOLAREDGE_SCOPES = 'SITE_DATA DEVICE_DATA';
/** The longest Site Access grant SolarEdge gives (months). */
export const SOLAREDGE_ACCESS_MONTHS = 24;

/**
 * SolarEdge's Site Access consent page: `{authBase}/authorize?response_type=code&client_id=…&
 * redirect_uri=…&state=…&scope=SITE_DATA DEVICE_DATA&access_duration=24`. The host differs
 * between sources, so `authBase` is configuration (SOLAREDGE_AUTH_BASE).
 */
export function solarEdgeAuthorizeUrl(request: AuthorizeRequest): string {
  const url = new URL(`${request.authBase.replace(/\/+$/, '')}/authorize`);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', request.clientId);
  url.searchParams.set('redirect_uri', request.redirectUri);
  url.searchParams.set('state', request.state);
  url.searchParams.set('scope', SOLAREDGE_SCOPES);
  url.searchParams.set('access_duration', String(SOLAREDGE_ACCESS_MONTHS));
  return url.toString();
}
