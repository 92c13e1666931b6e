// POST /oauth/:provider/refresh over real HTTP: every provider here rotates refresh tokens, so
// the relay must always hand back the new one, or fail loudly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relayProviderIds } from '../../../relay/config';
import { startRelayUnderTest, type RelayUnderTest } from './relay-under-test';

let relay: RelayUnderTest;

beforeAll(async () => {
  relay = await startRelayUnderTest();
});

afterAll(async () => {
  await relay.close();
});

describe.each(relayProviderIds)('POST /oauth/%s/refresh', (provider) => {
  const refresh = (refreshToken: string) =>
    relay.post(`/oauth/${provider}/refresh`, { refresh_token: refreshToken });

  it('returns the new access token and the new refresh token', async () => {
    const answer = await refresh('rt-old-value');
    expect(answer.status).toBe(200);
    const issued = relay.upstreams[provider].issued.at(-1);
    expect(answer.json.access_token).toBe(issued?.access_token);
    expect(answer.json.refresh_token).toBe(issued?.refresh_token);
    expect(answer.json.refresh_token).not.toBe('rt-old-value');
  });

  it('sends the refresh token the way this provider wants it', async () => {
    await refresh('rt-shape');
    const call = relay.upstreams[provider].calls.at(-1);
    const { clientId, clientSecret } = relay.credentials[provider];
    if (provider === 'enphase') {
      expect(call?.query).toEqual({ grant_type: 'refresh_token', refresh_token: 'rt-shape' });
      expect(call?.headers.authorization).toMatch(/^Basic /);
    } else if (provider === 'tesla') {
      expect(call?.form).toEqual({
        grant_type: 'refresh_token',
        client_id: clientId,
        refresh_token: 'rt-shape',
      });
    } else {
      expect(call?.form).toEqual({
        grant_type: 'refresh_token',
        refresh_token: 'rt-shape',
        client_id: clientId,
        client_secret: clientSecret,
      });
    }
  });

  it('answers 502 when the provider returns no new refresh token', async () => {
    const answer = await refresh('norefresh-rt');
    expect(answer.status).toBe(502);
    expect(answer.json).toMatchObject({ error: 'upstream_invalid_response' });
    expect(answer.json.access_token).toBeUndefined();
  });

  it('passes a revoked refresh token through as invalid_grant, so the app asks to reconnect', async () => {
    const answer = await refresh('bad-revoked-rt');
    expect(answer.status).toBe(400);
    expect(answer.json.error).toBe('invalid_grant');
  });

  it('answers 504 when the provider is too slow', async () => {
    const answer = await refresh('slow-rt');
    expect(answer.status).toBe(504);
    expect(answer.json.error).toBe('upstream_timeout');
  });

  it('answers 502 upstream_invalid_response for malformed JSON', async () => {
    const answer = await refresh('garbage-rt');
    expect(answer.status).toBe(502);
    expect(answer.json.error).toBe('upstream_invalid_response');
  });
});

describe('refresh request validation', () => {
  it('refuses a body without refresh_token', async () => {
    const answer = await relay.post('/oauth/enphase/refresh', { token: 'x' });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      error: 'invalid_request',
      error_description: 'Missing or malformed: refresh_token.',
    });
  });
});
