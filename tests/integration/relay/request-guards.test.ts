// What the relay refuses before it ever calls a provider, and the headers every answer carries.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelayUnderTest, testPublicUrl, type RelayUnderTest } from './relay-under-test';

let relay: RelayUnderTest;

beforeAll(async () => {
  relay = await startRelayUnderTest({
    env: {
      SOLAREDGE_CLIENT_SECRET: '',
      TESLA_PUBLIC_KEY_PEM: [
        '-----BEGIN PUBLIC KEY-----',
        'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEuOqnldseU3uRqoav0mlCiNcLFTvM',
        'f+HAnyknFlaEEfDzdA9bXpJZ36308KYg2zkfQRAHrvpztRtyLdhmXMM3mQ==',
        '-----END PUBLIC KEY-----',
      ].join('\n'),
    },
  });
});

afterAll(async () => {
  await relay.close();
});

const goodBody = () => ({ code: 'good-code', redirect_uri: relay.redirectUri('enphase') });

/** Sends a chunked body (no Content-Length) and never ends it; resolves with the status. */
function statusOfEndlessChunkedPost(url: string, bytesBeforeStall: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    });
    req.on('response', (res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      req.destroy();
    });
    req.on('error', (error) => reject(error));
    req.write(`{"code":"${'x'.repeat(bytesBeforeStall)}`);
  });
}

describe('request bodies', () => {
  it('refuses a body over 8 KiB announced by Content-Length with 413', async () => {
    const answer = await relay.post('/oauth/enphase/token', {
      ...goodBody(),
      padding: 'x'.repeat(9000),
    });
    expect(answer.status).toBe(413);
    expect(answer.json.error).toBe('payload_too_large');
    expect(relay.upstreams.enphase.calls).toHaveLength(0);
  });

  it('cuts off a chunked body as soon as it passes 8 KiB, without waiting for its end', async () => {
    const status = await statusOfEndlessChunkedPost(`${relay.url}/oauth/enphase/token`, 9000);
    expect(status).toBe(413);
  });

  it('accepts a body just under the limit', async () => {
    const answer = await relay.post('/oauth/enphase/token', {
      ...goodBody(),
      padding: 'x'.repeat(7000),
    });
    expect(answer.status).toBe(200);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['form', 'application/x-www-form-urlencoded'],
  ])('refuses a %s body with 415', async (_name, type) => {
    const answer = await relay.post('/oauth/enphase/token', goodBody(), { 'content-type': type });
    expect(answer.status).toBe(415);
    expect(answer.json.error).toBe('unsupported_media_type');
  });

  it('accepts application/json with a charset', async () => {
    const answer = await relay.post('/oauth/enphase/token', goodBody(), {
      'content-type': 'application/json; charset=utf-8',
    });
    expect(answer.status).toBe(200);
  });

  it.each([
    ['not JSON', '{"code":', 'The request body is not valid JSON.'],
    ['without code', '{"redirect_uri":"x"}', 'Missing or malformed: code.'],
    ['a code with spaces', '{"code":"a b","redirect_uri":"x"}', 'Missing or malformed: code.'],
  ])('refuses a body %s with 400 invalid_request', async (_name, raw, description) => {
    const answer = await relay.post('/oauth/enphase/token', raw);
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ error: 'invalid_request', error_description: description });
  });
});

describe('providers', () => {
  it('answers 404 unknown_provider for a provider it does not know', async () => {
    const answer = await relay.post('/oauth/fronius/token', goodBody());
    expect(answer.status).toBe(404);
    expect(answer.json.error).toBe('unknown_provider');
  });

  it('answers 404 provider_disabled with a reason when credentials are missing', async () => {
    const answer = await relay.post('/oauth/solaredge/refresh', { refresh_token: 'rt-1' });
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({
      error: 'provider_disabled',
      error_description: 'This relay has no SolarEdge credentials configured.',
    });
    expect(relay.upstreams.solaredge.calls).toHaveLength(0);
  });

  it('reports which providers are enabled on /healthz, and nothing secret', async () => {
    const response = await fetch(`${relay.url}/healthz`);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      ok: true,
      providers: { enphase: true, solaredge: false, tesla: true },
    });
    expect(text).not.toContain(relay.credentials.enphase.clientId);
  });
});

describe('redirect URI allowlist', () => {
  it.each([
    ['an attacker site', 'https://evil.example/oauth/enphase/callback'],
    ['a look-alike path', `${testPublicUrl}/oauth/enphase/callback/../x`],
    ['a query added', `${testPublicUrl}/oauth/enphase/callback?x=1`],
  ])('refuses %s with 400 invalid_redirect_uri', async (_name, redirectUri) => {
    const answer = await relay.post('/oauth/enphase/token', {
      code: 'good-code',
      redirect_uri: redirectUri,
    });
    expect(answer.status).toBe(400);
    expect(answer.json.error).toBe('invalid_redirect_uri');
  });
});

describe('Tesla public key', () => {
  it('serves the configured PEM where Tesla looks for it', async () => {
    const response = await fetch(
      `${relay.url}/.well-known/appspecific/com.tesla.3p.public-key.pem`,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^-----BEGIN PUBLIC KEY-----\nMFkw/);
  });
});

describe('headers on every answer', () => {
  const cases: Array<[string, () => Promise<Response>]> = [
    ['healthz', () => fetch(`${relay.url}/healthz`)],
    ['an unknown path', () => fetch(`${relay.url}/nope`)],
    ['a token exchange', () => postRaw('/oauth/enphase/token', JSON.stringify(goodBody()))],
    ['a refused body', () => postRaw('/oauth/enphase/token', 'x', 'text/plain')],
    ['the callback page', () => fetch(`${relay.url}/oauth/enphase/callback?code=c&state=s`)],
    [
      'a CORS preflight',
      () =>
        fetch(`${relay.url}/oauth/enphase/token`, {
          method: 'OPTIONS',
          headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
        }),
    ],
  ];

  function postRaw(path: string, body: string, type = 'application/json'): Promise<Response> {
    return fetch(`${relay.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': type, origin: 'https://evil.example' },
      body,
    });
  }

  it.each(cases)('%s: no-store, no-referrer, nosniff, strict CSP, no CORS', async (_name, send) => {
    const response = await send();
    await response.arrayBuffer();
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(
      [...response.headers.keys()].filter((name) => name.startsWith('access-control-')),
    ).toEqual([]);
  });

  it('answers a CORS preflight with 405 and no allowance', async () => {
    const response = await fetch(`${relay.url}/oauth/enphase/token`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});
