/**
 * A small token endpoint per provider, over real HTTP on 127.0.0.1, that enforces the request
 * shape each provider documents (Enphase: query string + Basic + empty body; Tesla and
 * SolarEdge: form bodies) and misbehaves on demand. The behaviour is picked by the prefix of
 * the code or refresh token, so one server serves every scenario:
 *   bad-        400 invalid_grant (Enphase echoes the code/token in the description, as Spring does)
 *   boom-       500 with an HTML body
 *   slow-       never answers: the connection stays open until the caller gives up or the fake
 *               closes, so only the relay's own deadline can end the call (whatever its length)
 *   garbage-    200 with truncated JSON
 *   norefresh-  200 without a refresh_token
 *   busy-       429 with Retry-After: 30
 *   huge-       200 with a 100 KiB body
 *   moved-      307 to another token endpoint (which must never see the secret)
 *   anything else: 200 with a fresh token set
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RelayProviderId } from '../../../relay/config';

/** One call the fake received, for assertions on the request shape. */
export interface ReceivedTokenCall {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  body: string;
  form: Record<string, string>;
}

/** A token set the fake issued, so tests can look for its values in logs. */
export interface IssuedTokens {
  access_token: string;
  refresh_token: string;
}

/** A running fake. */
export interface FakeTokenServer {
  url: string;
  calls: ReceivedTokenCall[];
  issued: IssuedTokens[];
  close(): Promise<void>;
}

/** What the fake accepts as the platform's registration. */
export interface FakeTokenServerOptions {
  provider: RelayProviderId;
  clientId: string;
  clientSecret: string;
  teslaAudience?: string;
}

const tokenPaths: Record<RelayProviderId, string> = {
  enphase: '/oauth/token',
  tesla: '/oauth2/v3/token',
  solaredge: '/v2/oauth2/token',
};

let counter = 0;

/** Starts a fake token endpoint for one provider on an ephemeral loopback port. */
export async function startFakeTokenServer(
  options: FakeTokenServerOptions,
): Promise<FakeTokenServer> {
  const calls: ReceivedTokenCall[] = [];
  const issued: IssuedTokens[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const body = Buffer.concat(chunks).toString('utf8');
      const call: ReceivedTokenCall = {
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body,
        form: Object.fromEntries(new URLSearchParams(body)),
      };
      calls.push(call);
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(text);
      };
      const fault = checkShape(options, call);
      if (fault) {
        send(fault.status, { error: fault.error, error_description: fault.description });
        return;
      }
      const params = options.provider === 'enphase' ? call.query : call.form;
      const grantValue = params.code ?? params.refresh_token ?? '';
      const isRefresh = params.grant_type === 'refresh_token';
      if (grantValue.startsWith('bad-')) {
        const description =
          options.provider === 'enphase'
            ? `Invalid ${isRefresh ? 'refresh token' : 'authorization code'}: ${grantValue}`
            : 'The grant is invalid, expired or revoked.';
        send(400, { error: 'invalid_grant', error_description: description });
      } else if (grantValue.startsWith('boom-')) {
        res.writeHead(500, { 'content-type': 'text/html' });
        res.end('<html><body>Internal Server Error</body></html>');
      } else if (grantValue.startsWith('slow-')) {
        // No answer at all: a delayed one would race the relay's deadline on a loaded machine.
      } else if (grantValue.startsWith('garbage-')) {
        send(200, '{"access_token": "at-1", "refresh_tok');
      } else if (grantValue.startsWith('norefresh-')) {
        const { refresh_token: _dropped, ...rest } = tokenSet(options.provider, issued);
        send(200, rest);
      } else if (grantValue.startsWith('huge-')) {
        send(200, { access_token: 'at', refresh_token: 'rt', padding: 'x'.repeat(100 * 1024) });
      } else if (grantValue.startsWith('moved-')) {
        res.writeHead(307, { location: '/elsewhere/token' });
        res.end();
      } else if (grantValue.startsWith('busy-')) {
        send(
          429,
          { error: 'rate_limited', error_description: 'Slow down.' },
          { 'retry-after': '30' },
        );
      } else {
        send(200, tokenSet(options.provider, issued));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    issued,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

interface ShapeFault {
  status: number;
  error: string;
  description: string;
}

/** Refuses calls that do not follow the provider's documented rules, as the real ones would. */
function checkShape(options: FakeTokenServerOptions, call: ReceivedTokenCall): ShapeFault | null {
  const badRequest = (description: string): ShapeFault => ({
    status: 400,
    error: 'invalid_request',
    description,
  });
  const badClient: ShapeFault = {
    status: 401,
    error: 'invalid_client',
    description: 'Client authentication failed.',
  };
  if (call.method !== 'POST' || call.path !== tokenPaths[options.provider]) {
    return { status: 404, error: 'not_found', description: `${call.method} ${call.path}` };
  }
  if (options.provider === 'enphase') {
    if (call.body !== '') return badRequest('Enphase takes its parameters in the query string');
    const expected = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')}`;
    if (call.headers.authorization !== expected) return badClient;
    return grantFault(call.query, badRequest);
  }
  if (!String(call.headers['content-type']).startsWith('application/x-www-form-urlencoded')) {
    return badRequest('form body expected');
  }
  if (call.form.client_id !== options.clientId) return badClient;
  const isTeslaRefresh = options.provider === 'tesla' && call.form.grant_type === 'refresh_token';
  if (!isTeslaRefresh && call.form.client_secret !== options.clientSecret) return badClient;
  if (
    options.provider === 'tesla' &&
    call.form.grant_type === 'authorization_code' &&
    call.form.audience !== options.teslaAudience
  ) {
    return badRequest('audience must be the regional Fleet API base');
  }
  return grantFault(call.form, badRequest);
}

function grantFault(
  params: Record<string, string>,
  badRequest: (description: string) => ShapeFault,
): ShapeFault | null {
  if (params.grant_type === 'authorization_code') {
    return params.code && params.redirect_uri ? null : badRequest('code and redirect_uri required');
  }
  if (params.grant_type === 'refresh_token') {
    return params.refresh_token ? null : badRequest('refresh_token required');
  }
  return { status: 400, error: 'unsupported_grant_type', description: 'Unknown grant_type.' };
}

function tokenSet(provider: RelayProviderId, issued: IssuedTokens[]): Record<string, unknown> {
  counter += 1;
  const tokens = {
    access_token: `at-${provider}-${counter}-${Math.random().toString(36).slice(2)}`,
    refresh_token: `rt-${provider}-${counter}-${Math.random().toString(36).slice(2)}`,
  };
  issued.push(tokens);
  const common = { ...tokens, token_type: 'bearer', expires_in: 86_393 };
  if (provider === 'enphase') {
    return { ...common, scope: 'read write', enl_uid: '42', enl_cid: '7', jti: 'abc-jti' };
  }
  if (provider === 'tesla') {
    return { ...common, token_type: 'Bearer', expires_in: 28_800, id_token: 'id.jwt.sig' };
  }
  return { ...common, scope: ['SITE_DATA', 'DEVICE_DATA'] };
}
