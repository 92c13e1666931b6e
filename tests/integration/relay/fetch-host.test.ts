// The serverless path: the relay as a bare Fetch handler using the platform's own fetch (not the
// Node entry's client) against a real token endpoint on loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelayFetchEntry, type RelayFetchEntry } from '../../../relay/fetch-entry';
import { silentRelayLogger } from '../../../relay/logger';
import { startFakeTokenServer, type FakeTokenServer } from './fake-token-server';

let upstream: FakeTokenServer;
let relay: RelayFetchEntry;
let env: Record<string, string>;
const redirectUri = 'https://relay.example/oauth/solaredge/callback';

beforeAll(async () => {
  upstream = await startFakeTokenServer({
    provider: 'solaredge',
    clientId: 'se-id',
    clientSecret: 'se-secret',
  });
  env = {
    SOLAREDGE_CLIENT_ID: 'se-id',
    SOLAREDGE_CLIENT_SECRET: 'se-secret',
    SOLAREDGE_AUTH_BASE: upstream.url,
    RELAY_PUBLIC_URL: 'https://relay.example',
    RELAY_UPSTREAM_TIMEOUT_MS: '300',
  };
  relay = createRelayFetchEntry({ logger: silentRelayLogger });
});

afterAll(async () => {
  await upstream.close();
});

async function exchange(code: string) {
  const response = await relay.fetch(
    new Request('https://relay.example/oauth/solaredge/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, redirect_uri: redirectUri }),
    }),
    env,
  );
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('relay on a Fetch host', () => {
  it.each([
    ['a good code', 'good-code', 200, undefined],
    ['a slow provider', 'slow-code', 504, 'upstream_timeout'],
    ['a redirecting provider', 'moved-code', 502, 'upstream_invalid_response'],
    ['an oversized answer', 'huge-code', 502, 'upstream_invalid_response'],
    ['malformed JSON', 'garbage-code', 502, 'upstream_invalid_response'],
    ['a revoked code', 'bad-code', 400, 'invalid_grant'],
  ])('%s → %s', async (_name, code, status, error) => {
    const answer = await exchange(code);
    expect(answer.status).toBe(status);
    expect(answer.json.error).toBe(error);
  });

  it('never follows the redirect', () => {
    expect(upstream.calls.some((call) => call.path === '/elsewhere/token')).toBe(false);
  });
});
