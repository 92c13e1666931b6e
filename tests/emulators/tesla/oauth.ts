/**
 * Tesla's OAuth endpoints under `/oauth2/v3`: the browser sign-in (`authorize`, a real form;
 * scopes `openid offline_access energy_device_data`) and the token endpoint (form body):
 * `authorization_code` with client id, secret and the regional `audience`; `refresh_token`
 * with the client id only (single use, see grants.ts), an `audience` moving the grant to that
 * region; `client_credentials` for the partner
 * token of one region. Token calls are free (they are not Fleet API data requests).
 */
import { Hono } from 'hono';
import { faultGated, jsonResponse } from '../enphase/http';
import { checkAuthorize, page, redirect, type AuthorizeProblem } from '../enphase/oauth';
import { formOf, oauthError } from '../solaredge/oauth';
import type { TeslaContext } from './context';
import type { GrantFailure, TeslaTokens } from './grants';
import { teslaErrorPage, teslaSignInPage, type TeslaAuthorizeRequest } from './login-page';

/** Scopes a user may grant this app. */
export const TESLA_USER_SCOPES = ['openid', 'offline_access', 'energy_device_data'] as const;

/** The OAuth routes, mounted at `/oauth2/v3`. */
export function teslaOAuthRoutes(context: TeslaContext): Hono {
  const routes = new Hono();
  routes.use('*', faultGated(context));
  routes.get('/authorize', (c) => {
    const checked = checkRequest(context, (name) => c.req.query(name));
    if ('problem' in checked) return page(c, 400, teslaErrorPage(checked.problem, checked.detail));
    return page(c, 200, teslaSignInPage(checked, null));
  });
  routes.post('/authorize', async (c) => {
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === 'string' ? form[name] : undefined);
    const checked = checkRequest(context, field);
    if ('problem' in checked) return page(c, 400, teslaErrorPage(checked.problem, checked.detail));
    if (field('action') === 'deny') {
      return redirect(checked, { error: 'access_denied', error_description: 'User denied access' });
    }
    const email = (field('email') ?? '').slice(0, 320);
    const owner = context.fleet.owner(email);
    if (!owner || owner.password !== field('password')) {
      return page(c, 200, teslaSignInPage(checked, 'Invalid email or password.', email));
    }
    const code = context.grants.issueCode(
      owner.login,
      owner.region,
      checked.redirectUri,
      checked.scope.split(' '),
    );
    return redirect(checked, { code, issuer: `${new URL(c.req.url).origin}/oauth2/v3` });
  });
  routes.post('/token', async (c) => tokenCall(context, await formOf(c)));
  return routes;
}

function tokenCall(context: TeslaContext, params: URLSearchParams): Response {
  const { app } = context;
  const grantType = params.get('grant_type');
  if (params.get('client_id') !== app.clientId) {
    return oauthError(401, 'invalid_client', 'Unknown client_id');
  }
  const secretOk = params.get('client_secret') === app.clientSecret;
  const audience = params.get('audience');
  const audienceOk = audience !== null && Object.values(context.regionBase).includes(audience);
  if (grantType === 'authorization_code') {
    if (!secretOk) return oauthError(401, 'invalid_client', 'Bad client credentials');
    if (!audienceOk)
      return oauthError(400, 'invalid_request', 'audience must be a regional Fleet API base URL');
    const code = params.get('code');
    const redirectUri = params.get('redirect_uri');
    if (!code || !redirectUri)
      return oauthError(400, 'invalid_request', 'code and redirect_uri are required');
    return tokenAnswer(context.grants.redeemCode(code, redirectUri, audience!));
  }
  if (grantType === 'refresh_token') {
    const token = params.get('refresh_token');
    if (!token) return oauthError(400, 'invalid_request', 'refresh_token is required');
    // An audience on a refresh re-issues the grant for that region (the sources are silent).
    if (audience !== null && !audienceOk)
      return oauthError(400, 'invalid_request', 'audience must be a regional Fleet API base URL');
    return tokenAnswer(context.grants.spendRefreshToken(token, audience ?? undefined));
  }
  if (grantType === 'client_credentials') {
    if (!secretOk) return oauthError(401, 'invalid_client', 'Bad client credentials');
    if (!audienceOk)
      return oauthError(400, 'invalid_request', 'audience must be a regional Fleet API base URL');
    const scopes = (params.get('scope') ?? 'openid').split(/\s+/).filter(Boolean);
    return tokenAnswer(context.grants.issuePartnerToken(audience!, scopes));
  }
  return oauthError(
    400,
    'unsupported_grant_type',
    `Unsupported grant type: ${(grantType ?? '').slice(0, 40)}`,
  );
}

/** Validates an authorize request: the common checks, then this provider's own. */
function checkRequest(
  context: TeslaContext,
  field: (name: string) => string | undefined,
): TeslaAuthorizeRequest | AuthorizeProblem {
  const basics = checkAuthorize(context.app, field);
  if ('problem' in basics) return basics;
  const scopes = (field('scope') ?? '').split(/[\s+]+/).filter(Boolean);
  const known: readonly string[] = TESLA_USER_SCOPES;
  if (!scopes.includes('openid') || scopes.some((scope) => !known.includes(scope))) {
    return { problem: 'Invalid scope', detail: `Scopes are ${TESLA_USER_SCOPES.join(' ')}.` };
  }
  return { ...basics, scope: scopes.join(' ') };
}

function tokenAnswer(result: TeslaTokens | GrantFailure): Response {
  if ('error' in result) return oauthError(result.status, result.error, result.description);
  const response = jsonResponse(200, result);
  response.headers.set('cache-control', 'no-store');
  return response;
}
