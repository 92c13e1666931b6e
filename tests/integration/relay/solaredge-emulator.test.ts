/**
 * The relay's SolarEdge Site Access exchange against the SolarEdge emulator (not a fake token
 * server), both over real HTTP: the owner consents on the emulator's page, the callback page
 * forwards code, state AND site_id to the app (a Site Access token cannot list sites, so the
 * site id travels only here), the relay redeems the code and then refreshes with rotation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRelayConfig } from '../../../relay/config';
import { createJsonLogger } from '../../../relay/logger';
import { serveRelay, type RunningRelay } from '../../../relay/node';
import { OWNER_B, SITE, type SolarEdgeEmulator } from '../../emulators/solaredge';
import { apiGet, NOW, postConsent, startAt } from '../../unit/emulators/solaredge/session';
import { boundSignIn } from './relay-under-test';

const publicUrl = 'https://relay.enalysis.test';
const redirectUri = `${publicUrl}/oauth/solaredge/callback`;

let se: SolarEdgeEmulator;
let relay: RunningRelay;
const logs: string[] = [];

beforeAll(async () => {
  se = await startAt(NOW);
  const { config } = loadRelayConfig({
    RELAY_PUBLIC_URL: publicUrl,
    RELAY_APP_SCHEME: 'enalysis',
    RELAY_RATE_LIMIT_PER_MINUTE: '1000',
    SOLAREDGE_CLIENT_ID: se.app.clientId,
    SOLAREDGE_CLIENT_SECRET: se.app.clientSecret,
    SOLAREDGE_AUTH_BASE: se.url,
  });
  relay = await serveRelay(
    config,
    { logger: createJsonLogger({ sink: (line) => logs.push(line) }) },
    { host: '127.0.0.1', port: 0 },
  );
});
afterAll(async () => {
  await relay.close();
  await se.stop();
});

async function relayPost(path: string, body: unknown) {
  const response = await fetch(`${relay.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/**
 * The owner consents on the emulator; the browser lands on the relay's callback page. The app
 * binds the sign-in (its verifier's hash rides in `state`), so the page hands out a sealed code.
 */
async function consentThroughRelay(state: string): Promise<URLSearchParams> {
  const consent = await postConsent(se, {
    state,
    redirect_uri: redirectUri,
    email: OWNER_B,
    password: 'sunny-se-b',
    site_id: String(SITE.toronto),
  });
  const landing = new URL(consent.headers.get('location')!);
  expect(landing.origin + landing.pathname).toBe(redirectUri);
  const page = await fetch(`${relay.url}/oauth/solaredge/callback${landing.search}`);
  const html = await page.text();
  const href = /<a id="open" class="button" href="([^"]*)">/
    .exec(html)?.[1]
    ?.replace(/&amp;/g, '&');
  expect(href).toBeDefined();
  return new URL(href!).searchParams;
}

describe('the relay with SolarEdge Site Access', () => {
  it('forwards code, state and site_id from the callback to the app', async () => {
    const app = boundSignIn();
    const deepLink = await consentThroughRelay(app.state);
    expect(deepLink.get('provider')).toBe('solaredge');
    expect(deepLink.get('state')).toBe(app.state);
    expect(deepLink.get('code')).toMatch(/^s1\.[\w.-]{10,}$/);
    expect(deepLink.get('site_id')).toBe(String(SITE.toronto));
  });

  it('redeems the code, and refreshes with rotation (the old refresh token then fails)', async () => {
    const app = boundSignIn();
    const deepLink = await consentThroughRelay(app.state);
    const tokens = await relayPost('/oauth/solaredge/token', {
      code: deepLink.get('code'),
      redirect_uri: redirectUri,
      code_verifier: app.verifier,
    });
    expect(tokens.status).toBe(200);
    expect(tokens.json).toMatchObject({ token_type: 'Bearer', expires_in: 7_200 });
    const access = tokens.json.access_token as string;
    const site = await apiGet(se, `/v2/sites/${SITE.toronto}`, { token: access });
    expect(site.status).toBe(200);

    const refreshed = await relayPost('/oauth/solaredge/refresh', {
      refresh_token: tokens.json.refresh_token,
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.json.refresh_token).not.toBe(tokens.json.refresh_token);
    const fresh = await apiGet(se, `/v2/sites/${SITE.toronto}`, {
      token: refreshed.json.access_token as string,
    });
    expect(fresh.status).toBe(200);

    const replay = await relayPost('/oauth/solaredge/refresh', {
      refresh_token: tokens.json.refresh_token,
    });
    expect(replay.status).toBe(400);
    expect(replay.json.error).toBe('invalid_grant');
  });

  it('passes invalid_grant through once a refresh token sat unused for 30 days', async () => {
    const app = boundSignIn();
    const deepLink = await consentThroughRelay(app.state);
    const tokens = await relayPost('/oauth/solaredge/token', {
      code: deepLink.get('code'),
      redirect_uri: redirectUri,
      code_verifier: app.verifier,
    });
    se.clock.advance(30 * 86_400);
    const lapsed = await relayPost('/oauth/solaredge/refresh', {
      refresh_token: tokens.json.refresh_token,
    });
    se.clock.set(NOW);
    expect(lapsed.status).toBe(400);
    expect(lapsed.json.error).toBe('invalid_grant');
  });

  it('revokes a grant with the secret it keeps: its tokens then fail, refresh included', async () => {
    const app = boundSignIn();
    const deepLink = await consentThroughRelay(app.state);
    const tokens = await relayPost('/oauth/solaredge/token', {
      code: deepLink.get('code'),
      redirect_uri: redirectUri,
      code_verifier: app.verifier,
    });
    const revoked = await relayPost('/oauth/solaredge/revoke', {
      token: tokens.json.refresh_token,
    });
    expect(revoked).toEqual({ status: 200, json: { revoked: true } });
    const site = await apiGet(se, `/v2/sites/${SITE.toronto}`, {
      token: tokens.json.access_token as string,
    });
    expect(site.status).toBe(401);
    const refresh = await relayPost('/oauth/solaredge/refresh', {
      refresh_token: tokens.json.refresh_token,
    });
    expect(refresh.json.error).toBe('invalid_grant');
  });

  it('refuses to revoke for a provider without a revocation endpoint, and GET', async () => {
    const enphase = await relayPost('/oauth/enphase/revoke', { token: 'abc' });
    // Enphase has no credentials in this relay: disabled before anything else.
    expect(enphase.status).toBeGreaterThanOrEqual(400);
    const wrongMethod = await fetch(`${relay.url}/oauth/solaredge/revoke`);
    expect(wrongMethod.status).toBe(405);
    const empty = await relayPost('/oauth/solaredge/revoke', {});
    expect(empty.status).toBe(400);
  });

  it('writes no code, token or client secret into its log', () => {
    const text = logs.join('\n');
    expect(logs.length).toBeGreaterThan(0);
    expect(text).not.toContain(se.app.clientSecret);
    expect(text).not.toMatch(/se-(at|rt)-/);
  });
});
