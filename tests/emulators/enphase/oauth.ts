/**
 * Enphase's OAuth endpoints: the browser sign-in (`/oauth/authorize`, a real HTML form) and the
 * server-to-server token call (`/oauth/token`, Basic client credentials, parameters in the query
 * string or a form body). OAuth calls are never counted against the quota.
 */
import { Hono, type Context } from 'hono';
import { isRegisteredRedirect, type EmulatorContext, type RegisteredApp } from './context';
import { faultGated, jsonResponse } from './http';
import { errorPage, loginPage, type AuthorizeRequest } from './login-page';

/** Headers of the sign-in pages (shared with the SolarEdge emulator). */
export const pageHeaders = {
  'content-type': 'text/html; charset=utf-8',
  // No form-action: Chromium applies it to the redirect that follows the post.
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

const MAX_STATE_LENGTH = 1024;

/** The OAuth routes, to be mounted at `/oauth`. */
export function oauthRoutes(context: EmulatorContext): Hono {
  const routes = new Hono();
  routes.use('*', faultGated(context));
  routes.get('/authorize', (c) => {
    const checked = checkAuthorize(context.app, (name) => c.req.query(name));
    if ('problem' in checked) return page(c, 400, errorPage(checked.problem, checked.detail));
    return page(c, 200, loginPage(checked, null));
  });
  routes.post('/authorize', async (c) => {
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === 'string' ? form[name] : undefined);
    const checked = checkAuthorize(context.app, field);
    if ('problem' in checked) return page(c, 400, errorPage(checked.problem, checked.detail));
    if (field('action') === 'deny') {
      return redirect(checked, { error: 'access_denied', error_description: 'User denied access' });
    }
    const email = (field('email') ?? '').slice(0, 320);
    const account = context.fleet.account(email);
    if (!account || account.password !== field('password')) {
      return page(c, 200, loginPage(checked, 'Invalid email or password.', email));
    }
    return redirect(checked, {
      code: context.tokens.issueCode(account.login, checked.redirectUri),
    });
  });
  routes.post('/token', async (c) => tokenCall(context, c));
  return routes;
}

/** A sign-in or error page with the pages' headers (shared with the other emulators). */
export function page(c: Context, status: 200 | 400, html: string): Response {
  return c.newResponse(html, status, pageHeaders);
}

/** 302 to the redirect URI with the given parameters plus `state`, as the spec requires. */
export function redirect(
  request: Pick<AuthorizeRequest, 'redirectUri' | 'state'>,
  params: Record<string, string>,
): Response {
  const target = new URL(request.redirectUri);
  for (const [name, value] of Object.entries(params)) target.searchParams.set(name, value);
  if (request.state !== null) target.searchParams.set('state', request.state);
  return new Response(null, {
    status: 302,
    headers: { location: target.toString(), 'cache-control': 'no-store' },
  });
}

/** A problem with an authorize request, shown on an error page (never redirected). */
export interface AuthorizeProblem {
  problem: string;
  detail: string;
}

/**
 * The checks every emulator's authorize endpoint makes first, in this order: the client, the
 * redirect URI (a bad one gets a page, never a redirect), `response_type=code`, the state's
 * length. Provider-specific checks (scopes, access duration) follow in each emulator.
 */
export function checkAuthorize(
  app: Pick<RegisteredApp, 'clientId' | 'redirectUris'>,
  field: (name: string) => string | undefined,
): AuthorizeRequest | AuthorizeProblem {
  const clientId = field('client_id');
  const redirectUri = field('redirect_uri');
  const state = field('state');
  if (clientId !== app.clientId) {
    return {
      problem: 'Unknown client',
      detail: 'No application is registered with this client_id.',
    };
  }
  if (!redirectUri || !isRegisteredRedirect(app, redirectUri)) {
    return {
      problem: 'Invalid redirect URI',
      detail: 'The redirect_uri does not match one registered for this application.',
    };
  }
  if (field('response_type') !== 'code') {
    return {
      problem: 'Unsupported response type',
      detail: 'Only response_type=code is supported.',
    };
  }
  if (state !== undefined && state.length > MAX_STATE_LENGTH) {
    return { problem: 'Invalid request', detail: 'The state parameter is too long.' };
  }
  return { clientId, redirectUri, state: state ?? null };
}

/** `POST /oauth/token`: authorization_code and refresh_token grants. */
async function tokenCall(context: EmulatorContext, c: Context): Promise<Response> {
  if (!hasClientCredentials(context, c.req.header('authorization'))) {
    return jsonResponse(401, {
      error: 'invalid_client',
      error_description: 'Bad client credentials',
    });
  }
  const params = await tokenParameters(c);
  const grantType = params.get('grant_type');
  if (grantType === 'authorization_code') {
    const code = params.get('code');
    const redirectUri = params.get('redirect_uri');
    if (!code || !redirectUri) return invalidRequest('code and redirect_uri are required');
    return grantResult(context, context.tokens.redeemCode(code, redirectUri));
  }
  if (grantType === 'refresh_token') {
    const refreshToken = params.get('refresh_token');
    if (!refreshToken) return invalidRequest('refresh_token is required');
    return grantResult(context, context.tokens.spendRefreshToken(refreshToken));
  }
  return jsonResponse(400, {
    error: 'unsupported_grant_type',
    error_description: `Unsupported grant type: ${(grantType ?? '').slice(0, 40)}`,
  });
}

function grantResult(
  context: EmulatorContext,
  result: { login: string } | { error: 'invalid_grant'; description: string },
): Response {
  if ('error' in result) {
    return jsonResponse(400, { error: result.error, error_description: result.description });
  }
  const account = context.fleet.account(result.login);
  if (!account)
    return jsonResponse(400, { error: 'invalid_grant', error_description: 'No such user' });
  const response = jsonResponse(200, context.tokens.issueTokens(account));
  response.headers.set('cache-control', 'no-store');
  return response;
}

function invalidRequest(description: string): Response {
  return jsonResponse(400, { error: 'invalid_request', error_description: description });
}

/** The query string first (Enphase's documented way), then a form body (what some clients send). */
async function tokenParameters(c: Context): Promise<URLSearchParams> {
  const params = new URL(c.req.url).searchParams;
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const body = new URLSearchParams((await c.req.text()).slice(0, 16_384));
    for (const [name, value] of body) if (!params.has(name)) params.set(name, value);
  }
  return params;
}

function hasClientCredentials(context: EmulatorContext, header: string | undefined): boolean {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  if (!match) return false;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  return (
    decoded.slice(0, colon) === context.app.clientId &&
    decoded.slice(colon + 1) === context.app.clientSecret
  );
}
