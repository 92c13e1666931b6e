// POST /oauth/:provider/token over real HTTP, against a fake token endpoint per provider that
// enforces the documented request shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relayProviderIds } from '../../../relay/config';
import { startRelayUnderTest, testTeslaAudience, type RelayUnderTest } from './relay-under-test';

let relay: RelayUnderTest;

beforeAll(async () => {
  relay = await startRelayUnderTest();
});

afterAll(async () => {
  await relay.close();
});

describe.each(relayProviderIds)('POST /oauth/%s/token', (provider) => {
  const exchange = (code: string) =>
    relay.post(`/oauth/${provider}/token`, { code, redirect_uri: relay.redirectUri(provider) });

  it('returns the token set the provider issued', async () => {
    const answer = await exchange('good-code-1234');
    expect(answer.status).toBe(200);
    const issued = relay.upstreams[provider].issued.at(-1);
    expect(answer.json).toMatchObject({
      access_token: issued?.access_token,
      refresh_token: issued?.refresh_token,
      expires_in: expect.any(Number),
      token_type: expect.any(String),
    });
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('sends the code the way this provider wants it', async () => {
    await exchange('shape-code-5678');
    const call = relay.upstreams[provider].calls.at(-1);
    const { clientId, clientSecret } = relay.credentials[provider];
    if (provider === 'enphase') {
      expect(call?.query).toEqual({
        grant_type: 'authorization_code',
        redirect_uri: relay.redirectUri(provider),
        code: 'shape-code-5678',
      });
      expect(call?.body).toBe('');
      expect(call?.headers.authorization).toBe(
        `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      );
    } else {
      expect(call?.form).toMatchObject({
        grant_type: 'authorization_code',
        client_id: clientId,
        client_secret: clientSecret,
        code: 'shape-code-5678',
        redirect_uri: relay.redirectUri(provider),
      });
      expect(call?.headers.authorization).toBeUndefined();
    }
    if (provider === 'tesla') expect(call?.form.audience).toBe(testTeslaAudience);
  });

  it('passes invalid_grant through with the provider status', async () => {
    const answer = await exchange('bad-code-used-twice');
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: 'invalid_grant', upstream_status: 400 });
    expect(answer.json.error_description).toEqual(expect.any(String));
  });

  it('answers 502 upstream_error when the provider fails with a 500', async () => {
    const answer = await exchange('boom-code');
    expect(answer.status).toBe(502);
    expect(answer.json).toMatchObject({ error: 'upstream_error', upstream_status: 500 });
  });

  it('answers 504 upstream_timeout when the provider is slower than the configured timeout', async () => {
    // The fake never answers a slow- code, so an answer at all proves the relay's deadline fired.
    const answer = await exchange('slow-code');
    expect(answer.status).toBe(504);
    expect(answer.json.error).toBe('upstream_timeout');
  });

  it('answers 502 upstream_invalid_response for malformed JSON', async () => {
    const answer = await exchange('garbage-code');
    expect(answer.status).toBe(502);
    expect(answer.json.error).toBe('upstream_invalid_response');
  });

  it('answers 502 upstream_invalid_response for an answer over 64 KiB', async () => {
    const answer = await exchange('huge-code');
    expect(answer.status).toBe(502);
    expect(answer.json.error).toBe('upstream_invalid_response');
  });

  it('does not follow a redirect, so the secret is never resent elsewhere', async () => {
    const answer = await exchange('moved-code');
    expect(answer.status).toBe(502);
    expect(answer.json.error).toBe('upstream_invalid_response');
    expect(relay.upstreams[provider].calls.some((call) => call.path === '/elsewhere/token')).toBe(
      false,
    );
  });

  it('passes a provider 429 through with its Retry-After', async () => {
    const answer = await exchange('busy-code');
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('30');
  });
});

describe('provider-specific token sets', () => {
  it('keeps Enphase extras such as enl_uid, which tell owner accounts apart', async () => {
    const answer = await relay.post('/oauth/enphase/token', {
      code: 'extras-code',
      redirect_uri: relay.redirectUri('enphase'),
    });
    expect(answer.json).toMatchObject({ enl_uid: '42', scope: 'read write' });
  });

  it('turns a SolarEdge scope list into the usual space-separated string', async () => {
    const answer = await relay.post('/oauth/solaredge/token', {
      code: 'scope-code',
      redirect_uri: relay.redirectUri('solaredge'),
    });
    expect(answer.json.scope).toBe('SITE_DATA DEVICE_DATA');
  });
});

describe('a relay holding the wrong client secret', () => {
  let wrong: RelayUnderTest;

  beforeAll(async () => {
    wrong = await startRelayUnderTest({
      upstreamSecrets: { enphase: 'other', tesla: 'other', solaredge: 'other' },
    });
  });

  afterAll(async () => {
    await wrong.close();
  });

  it.each(relayProviderIds)('passes %s invalid_client through as 401', async (provider) => {
    const answer = await wrong.post(`/oauth/${provider}/token`, {
      code: 'good-code',
      redirect_uri: wrong.redirectUri(provider),
    });
    expect(answer.status).toBe(401);
    expect(answer.json).toMatchObject({ error: 'invalid_client', upstream_status: 401 });
  });
});

describe('an unreachable provider', () => {
  let unreachable: RelayUnderTest;

  beforeAll(async () => {
    unreachable = await startRelayUnderTest({
      // Port 9 (discard) is closed on the loopback: the connection is refused at once.
      env: { ENPHASE_AUTH_BASE: 'http://127.0.0.1:9' },
    });
  });

  afterAll(async () => {
    await unreachable.close();
  });

  it('answers 502 upstream_unreachable', async () => {
    const answer = await unreachable.post('/oauth/enphase/token', {
      code: 'good-code',
      redirect_uri: unreachable.redirectUri('enphase'),
    });
    expect(answer.status).toBe(502);
    expect(answer.json.error).toBe('upstream_unreachable');
  });
});
