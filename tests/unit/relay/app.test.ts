// The relay as a plain Fetch-API handler: no socket, a stub upstream fetch. This is how a
// serverless host runs it.
import { describe, expect, it } from 'vitest';
import { createRelayApp, type RelayDeps } from '../../../relay/app';
import { loadRelayConfig } from '../../../relay/config';
import { createJsonLogger } from '../../../relay/logger';

const env = {
  ENPHASE_CLIENT_ID: 'id',
  ENPHASE_CLIENT_SECRET: 'secret-value',
  RELAY_PUBLIC_URL: 'https://relay.example',
  RELAY_RATE_LIMIT_PER_MINUTE: '2',
  RELAY_CLIENT_IP_HEADER: 'x-forwarded-for',
};

function relay(deps: RelayDeps = {}, extraEnv: Record<string, string> = {}) {
  const { config } = loadRelayConfig({ ...env, ...extraEnv });
  const logs: string[] = [];
  const app = createRelayApp(config, {
    logger: createJsonLogger({ sink: (line) => logs.push(line) }),
    fetch: async () => Response.json({ access_token: 'at', refresh_token: 'rt' }),
    clock: { now: () => 0 },
    ...deps,
  });
  return { app, logs };
}

const refresh = (forwardedFor: string) =>
  new Request('http://relay.test/oauth/enphase/refresh', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ refresh_token: 'rt-old' }),
  });

describe('createRelayApp as a Fetch handler', () => {
  it('redeems a refresh token through the injected fetch', async () => {
    const { app } = relay();
    const response = await app.fetch(refresh('198.51.100.1'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ access_token: 'at', refresh_token: 'rt' });
  });

  it('answers an unexpected failure with a generic 500, and never a stack trace', async () => {
    const { app, logs } = relay(
      {
        clientAddress: () => {
          throw new Error('socket exploded near secret-value');
        },
      },
      { RELAY_CLIENT_IP_HEADER: '' },
    );
    const response = await app.fetch(refresh('198.51.100.1'));
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toEqual({
      error: 'server_error',
      error_description: 'The relay failed unexpectedly.',
    });
    expect(text).not.toMatch(/exploded|at |\.ts/);
    expect(logs.join('\n')).toContain('socket exploded near [REDACTED]');
  });

  it('counts the last X-Forwarded-For address (the one the trusted proxy added)', async () => {
    const { app } = relay();
    expect((await app.fetch(refresh('10.0.0.1, 203.0.113.9'))).status).toBe(200);
    expect((await app.fetch(refresh('10.0.0.2, 203.0.113.9'))).status).toBe(200);
    expect((await app.fetch(refresh('203.0.113.9'))).status).toBe(429);
    expect((await app.fetch(refresh('203.0.113.10'))).status).toBe(200);
  });

  it.each([
    ['POST to the callback', 'POST', '/oauth/enphase/callback', 405, 'GET'],
    ['GET on token', 'GET', '/oauth/enphase/token', 405, 'POST'],
    ['DELETE on refresh', 'DELETE', '/oauth/enphase/refresh', 405, 'POST'],
    ['an unknown action', 'GET', '/oauth/enphase/authorize', 404, null],
  ])('%s → %s', async (_name, method, path, status, allow) => {
    const { app } = relay();
    const response = await app.fetch(new Request(`http://relay.test${path}`, { method }));
    expect(response.status).toBe(status);
    expect(response.headers.get('allow')).toBe(allow);
  });

  it('answers 404 for the Tesla key when none is configured', async () => {
    const { app } = relay();
    const response = await app.fetch(
      new Request('http://relay.test/.well-known/appspecific/com.tesla.3p.public-key.pem'),
    );
    expect(response.status).toBe(404);
  });

  it('logs the path of a callback but never its query', async () => {
    const { app, logs } = relay();
    await app.fetch(
      new Request('http://relay.test/oauth/enphase/callback?code=zzcode&state=zzstate'),
    );
    expect(logs.join('\n')).toContain('"path":"/oauth/enphase/callback"');
    expect(logs.join('\n')).not.toMatch(/zzcode|zzstate/);
  });
});
