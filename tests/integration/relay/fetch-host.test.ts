// The serverless path: the relay as a bare Fetch handler using the platform's own fetch (not the
// Node entry's client) against a real token endpoint on loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelayFetchEntry, type RelayFetchEntry } from '../../../relay/fetch-entry';
import { silentRelayLogger } from '../../../relay/logger';
import { startFakeTokenServer, type FakeTokenServer } from './fake-token-server';

let upstream: FakeTokenServer;
let relay: RelayFetchEntry;
let env: Record<string, string>;
/** A second entry with a short deadline: a host builds its relay once, from the first env. */
let impatient: RelayFetchEntry;
let impatientEnv: Record<string, string>;
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
  };
  // Prompt answers run under the production deadline: a short one raced them under load.
  relay = createRelayFetchEntry({ logger: silentRelayLogger });
  impatientEnv = { ...env, RELAY_UPSTREAM_TIMEOUT_MS: '300' };
  impatient = createRelayFetchEntry({ logger: silentRelayLogger });
});

afterAll(async () => {
  await upstream.close();
});

async function exchange(code: string, entry = relay, entryEnv = env) {
  const response = await entry.fetch(
    new Request('https://relay.example/oauth/solaredge/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, redirect_uri: redirectUri }),
    }),
    entryEnv,
  );
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('relay on a Fetch host', () => {
  it.each([
    ['a good code', 'good-code', 200, undefined],
    ['a redirecting provider', 'moved-code', 502, 'upstream_invalid_response'],
    ['an oversized answer', 'huge-code', 502, 'upstream_invalid_response'],
    ['malformed JSON', 'garbage-code', 502, 'upstream_invalid_response'],
    ['a revoked code', 'bad-code', 400, 'invalid_grant'],
  ])('%s → %s', async (_name, code, status, error) => {
    const answer = await exchange(code);
    expect(answer.status).toBe(status);
    expect(answer.json.error).toBe(error);
  });

  it('a slow provider → 504 upstream_timeout, from its own deadline (the fake never answers)', async () => {
    const answer = await exchange('slow-code', impatient, impatientEnv);
    expect(answer.status).toBe(504);
    expect(answer.json.error).toBe('upstream_timeout');
  });

  it('never follows the redirect', () => {
    expect(upstream.calls.some((call) => call.path === '/elsewhere/token')).toBe(false);
  });
});
