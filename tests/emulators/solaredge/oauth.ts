/**
 * Site Access OAuth: the browser consent (`/authorize`, real HTML forms; its host differs
 * between sources, so the app takes it from configuration), the server-to-server token call
 * (`POST /v2/oauth2/token`, form body with client_id and client_secret, or Basic) and
 * `POST /v2/oauth2/revoke-token`. OAuth calls cost no credits. The callback carries `code`,
 * `state` and `site_id`.
 */
import { Hono, type Context } from 'hono';
import { faultGated, jsonResponse } from '../enphase/http';
import { checkAuthorize, page, redirect, type AuthorizeProblem } from '../enphase/oauth';
import {
  chooseSitePage,
  invalidRequestPage,
  signInPage,
  type SiteAccessRequest,
} from './consent-page';
import type { SolarEdgeContext } from './context';
import { SITE_ACCESS_SCOPES, type GrantFailure, type SiteAccessTokens } from './grants';

const MAX_ACCESS_MONTHS = 24;

/** The consent routes, mounted at the root (`/authorize`). */
export function consentRoutes(context: SolarEdgeContext): Hono {
  const routes = new Hono();
  routes.get('/authorize', (c) => {
    const checked = checkRequest(context, (name) => c.req.query(name));
    if ('problem' in checked)
      return page(c, 400, invalidRequestPage(checked.problem, checked.detail));
    return page(c, 200, signInPage(checked, null));
  });
  routes.post('/authorize', async (c) => {
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === 'string' ? form[name] : undefined);
    const checked = checkRequest(context, field);
    if ('problem' in checked)
      return page(c, 400, invalidRequestPage(checked.problem, checked.detail));
    if (field('action') === 'deny') {
      return redirect(checked, {
        error: 'access_denied',
        error_description: 'The owner denied access',
      });
    }
    const email = (field('email') ?? '').slice(0, 320);
    const password = field('password') ?? '';
    const owner = context.fleet.owner(email);
    if (!owner || owner.password !== password) {
      return page(c, 200, signInPage(checked, 'Invalid email or password.', email));
    }
    const chosen = field('site_id');
    const site =
      owner.sites.length === 1
        ? owner.sites[0]
        : owner.sites.find((candidate) => String(candidate.siteId) === chosen);
    if (!site) return page(c, 200, chooseSitePage(checked, { email, password }, owner.sites));
    const code = context.grants.issueCode({
      login: owner.login,
      siteId: site.siteId,
      redirectUri: checked.redirectUri,
      scope: checked.scope,
      accessMonths: Number(checked.accessDuration),
    });
    return redirect(checked, { code, site_id: String(site.siteId) });
  });
  return routes;
}

/** The token and revoke routes, mounted at `/v2/oauth2`. */
export function tokenRoutes(context: SolarEdgeContext): Hono {
  const routes = new Hono();
  routes.use('*', faultGated(context));
  routes.post('/token', async (c) => {
    const params = await formOf(c);
    if (!hasClientCredentials(context, params, c.req.header('authorization'))) {
      return oauthError(401, 'invalid_client', 'Bad client credentials');
    }
    const grantType = params.get('grant_type');
    if (grantType === 'authorization_code') {
      const code = params.get('code');
      const redirectUri = params.get('redirect_uri');
      if (!code || !redirectUri)
        return oauthError(400, 'invalid_request', 'code and redirect_uri are required');
      return tokenAnswer(context.grants.redeemCode(code, redirectUri));
    }
    if (grantType === 'refresh_token') {
      const token = params.get('refresh_token');
      if (!token) return oauthError(400, 'invalid_request', 'refresh_token is required');
      return tokenAnswer(context.grants.spendRefreshToken(token));
    }
    return oauthError(
      400,
      'unsupported_grant_type',
      `Unsupported grant type: ${(grantType ?? '').slice(0, 40)}`,
    );
  });
  routes.post('/revoke-token', async (c) => {
    const params = await formOf(c);
    const authenticated = hasClientCredentials(context, params, c.req.header('authorization'));
    if (context.revokeNeedsClient && !authenticated) {
      return oauthError(401, 'invalid_client', 'Bad client credentials');
    }
    const token = params.get('token');
    if (!token) return oauthError(400, 'invalid_request', 'token is required');
    // RFC 7009: an unknown token is not an error.
    context.grants.revokeToken(token);
    return new Response(null, { status: 200, headers: { 'cache-control': 'no-store' } });
  });
  return routes;
}

/** Validates an authorize request: the common checks, then this provider's own. */
function checkRequest(
  context: SolarEdgeContext,
  field: (name: string) => string | undefined,
): SiteAccessRequest | AuthorizeProblem {
  const basics = checkAuthorize(context.app, field);
  if ('problem' in basics) return basics;
  const scope = (field('scope') ?? SITE_ACCESS_SCOPES).split(/[\s+]+/).filter(Boolean);
  if (scope.length === 0 || scope.some((name) => !['SITE_DATA', 'DEVICE_DATA'].includes(name))) {
    return { problem: 'Invalid scope', detail: 'Scopes are SITE_DATA and DEVICE_DATA.' };
  }
  const duration = field('access_duration') ?? String(MAX_ACCESS_MONTHS);
  const months = Number(duration);
  if (!(Number.isInteger(months) && months >= 1 && months <= MAX_ACCESS_MONTHS)) {
    return { problem: 'Invalid access duration', detail: 'access_duration is 1 to 24 months.' };
  }
  return {
    ...basics,
    scope: scope.join(' '),
    accessDuration: String(months),
  };
}

function tokenAnswer(result: SiteAccessTokens | GrantFailure): Response {
  if ('error' in result) return oauthError(400, result.error, result.description);
  const response = jsonResponse(200, result);
  response.headers.set('cache-control', 'no-store');
  return response;
}

/** An OAuth error answer (shared with the Tesla emulator). */
export function oauthError(status: number, error: string, description: string): Response {
  return jsonResponse(status, { error, error_description: description });
}

/** The form body (the documented way), with the query string as a fallback (shared with Tesla's). */
export async function formOf(c: Context): Promise<URLSearchParams> {
  const params = new URL(c.req.url).searchParams;
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const body = new URLSearchParams((await c.req.text()).slice(0, 16_384));
    for (const [name, value] of body) params.set(name, value);
  }
  return params;
}

/** client_id and client_secret in the form, or a Basic header. */
function hasClientCredentials(
  context: SolarEdgeContext,
  params: URLSearchParams,
  header: string | undefined,
): boolean {
  let id = params.get('client_id');
  let secret = params.get('client_secret');
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  if (basic) {
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon >= 0) {
      id = decoded.slice(0, colon);
      secret = decoded.slice(colon + 1);
    }
  }
  return id === context.app.clientId && secret === context.app.clientSecret;
}
