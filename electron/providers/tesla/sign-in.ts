/**
 * What a Tesla sign-in needs beyond the generic OAuth flow: Tesla's authorize URL (scopes for
 * energy data, `prompt_missing_scopes`), and settling the account's region. The relay issued
 * the first tokens for the region the code named (or North America); `users/region` (which
 * answers on every base) tells the account's real one, and when they differ one refresh naming
 * that region moves the grant there. The spent refresh token is never used again: the token
 * set returned replaces it before anything is stored.
 */
import { isTeslaRegion, teslaRegions, type TeslaRegion } from '../../../shared/tesla-regions';
import type { AppConfig } from '../../config';
import type { SignedInTokens } from '../../oauth/flow';
import type { AuthorizeRequest } from '../../oauth/authorize-url';
import type { RefreshAccount } from '../../oauth/relay-client';
import type { TokenSet } from '../../oauth/token-set';
import type { Clock, Logger } from '../../ports';
import { TeslaMalformedResponseError } from './errors';
import { TeslaHttp, type TeslaLedger } from './http';

/** The scopes Enalysis asks Tesla owners for. */
export const TESLA_SCOPES = 'openid offline_access energy_device_data';

/** Tesla's authorize URL: `{authBase}/oauth2/v3/authorize?…` with the energy scopes. */
export function teslaAuthorizeUrl(request: AuthorizeRequest): string {
  const url = new URL(`${request.authBase.replace(/\/+$/, '')}/oauth2/v3/authorize`);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', request.clientId);
  url.searchParams.set('redirect_uri', request.redirectUri);
  url.searchParams.set('scope', TESLA_SCOPES);
  url.searchParams.set('state', request.state);
  url.searchParams.set('prompt_missing_scopes', 'true');
  return url.toString();
}

/** The regional bases the app may call, in the order of {@link teslaRegions}. */
export function teslaRegionBases(config: AppConfig): string[] {
  return teslaRegions.map((region) => config.tesla.apiBases[region]);
}

/** The region whose base is `base`, or null. */
export function regionOfBase(config: AppConfig, base: string): TeslaRegion | null {
  const clean = base.replace(/\/+$/, '');
  return (
    teslaRegions.find((region) => config.tesla.apiBases[region].replace(/\/+$/, '') === clean) ??
    null
  );
}

/** What settling a sign-in needs. */
export interface TeslaSettleContext {
  config: AppConfig;
  relay: { refresh(refreshToken: string, account?: RefreshAccount): Promise<TokenSet> };
  clock: Clock;
  log: Logger;
  fetch?: typeof fetch;
  /** `users/region` is a billed data request: it goes into the ledger like any. */
  ledger: TeslaLedger | null;
}

/** Finds the account's region and, when the tokens are for another, moves the grant there. */
export async function settleTeslaSignIn(
  tokens: SignedInTokens,
  context: TeslaSettleContext,
): Promise<SignedInTokens & { region: TeslaRegion }> {
  const http = new TeslaHttp({
    connectionId: `tesla-sign-in:${tokens.accountId}`,
    regionBases: teslaRegionBases(context.config),
    tokens: {
      accessToken: () => Promise.resolve(tokens.accessToken),
      renewAfterUnauthorized: () =>
        Promise.reject(new TeslaMalformedResponseError(401, 'a sign-in')),
    },
    clock: context.clock,
    log: context.log,
    fetch: context.fetch ?? globalThis.fetch.bind(globalThis),
    timeoutMs: 30_000,
    maxBytes: 64 * 1024,
    ledger: context.ledger,
  });
  const region = regionOfBase(context.config, await http.regionBase());
  if (region === null) throw new TeslaMalformedResponseError(200, 'a region the app does not know');
  const issuedFor = isTeslaRegion(tokens.region) ? tokens.region : null;
  if (issuedFor === region) return { ...tokens, region };
  context.log.info('tesla sign-in moved to its region', { from: issuedFor, to: region });
  const moved = await context.relay.refresh(tokens.refreshToken, { region });
  return { ...moved, accountId: tokens.accountId, region };
}
