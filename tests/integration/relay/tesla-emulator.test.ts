/**
 * The relay's Tesla token exchange against the Tesla emulator (not a fake token server), both
 * over real HTTP: the relay sends the form with the client secret and the `audience` of the
 * account's region (the code's prefix, or the region the app names), the token works in that
 * region, a refresh rotates the single-use refresh token, and a replayed one comes back as
 * `login_required` (and the emulator counts the re-use). An account whose code names no region
 * is found by the app (`users/region`) and moved there by a refresh naming the region.
 * Then the partner set-up script registers the relay's domain in both regions, Tesla (the
 * emulator) fetching the public key from the relay's `/.well-known/` path.
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRelayConfig } from '../../../relay/config';
import { createJsonLogger } from '../../../relay/logger';
import { serveRelay, type RunningRelay } from '../../../relay/node';
import { registerTeslaPartner } from '../../../relay/scripts/tesla-partner-register';
import { EU_OWNER, NA_OWNER, PUBLIC_KEY_PATH, type TeslaEmulator } from '../../emulators/tesla';
import { fleetGet, NOW, signIn, startAt } from '../../unit/emulators/tesla/session';

const publicUrl = 'https://relay.enalysis.test';
const redirectUri = `${publicUrl}/oauth/tesla/callback`;
const publicKeyPem = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  .publicKey.export({ format: 'pem', type: 'spki' })
  .toString();

let tesla: TeslaEmulator;
let relay: RunningRelay;
const logs: string[] = [];

/** A relay in front of `emulator`, with one audience per region as production has. */
function relayFor(emulator: TeslaEmulator, sink: string[]): Promise<RunningRelay> {
  const { config } = loadRelayConfig({
    RELAY_PUBLIC_URL: publicUrl,
    RELAY_APP_SCHEME: 'enalysis',
    RELAY_RATE_LIMIT_PER_MINUTE: '1000',
    TESLA_CLIENT_ID: emulator.app.clientId,
    TESLA_CLIENT_SECRET: emulator.app.clientSecret,
    TESLA_AUTH_BASE: emulator.url,
    TESLA_AUDIENCE_NA: emulator.regionBase.NA,
    TESLA_AUDIENCE_EU: emulator.regionBase.EU,
    TESLA_PUBLIC_KEY_PEM: publicKeyPem,
  });
  return serveRelay(
    config,
    { logger: createJsonLogger({ sink: (line) => sink.push(line) }) },
    { host: '127.0.0.1', port: 0 },
  );
}

beforeAll(async () => {
  tesla = await startAt(NOW, {
    publicKeyUrl: (domain) =>
      domain === 'relay.enalysis.test'
        ? `${relay.url}${PUBLIC_KEY_PATH}`
        : `https://${domain}${PUBLIC_KEY_PATH}`,
  });
  relay = await relayFor(tesla, logs);
});
afterAll(async () => {
  await relay.close();
  await tesla.stop();
});

async function relayPost(path: string, body: unknown, via: RunningRelay = relay) {
  const response = await fetch(`${via.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('the relay with Tesla', () => {
  it('redeems a code with the audience, then rotates single-use refresh tokens', async () => {
    const code = (await signIn(tesla, NA_OWNER, { redirect_uri: redirectUri })).get('code');
    const tokens = await relayPost('/oauth/tesla/token', { code, redirect_uri: redirectUri });
    expect(tokens.status).toBe(200);
    expect(tokens.json).toMatchObject({ token_type: 'Bearer', expires_in: 28_800 });
    const products = await fleetGet(tesla, 'NA', '/products', tokens.json.access_token as string);
    expect(products.status).toBe(200);

    const refreshed = await relayPost('/oauth/tesla/refresh', {
      refresh_token: tokens.json.refresh_token,
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.json.refresh_token).not.toBe(tokens.json.refresh_token);
    expect(
      (await fleetGet(tesla, 'NA', '/products', refreshed.json.access_token as string)).status,
    ).toBe(200);
    expect(tesla.admin.refreshReuse()).toBe(0);

    const replay = await relayPost('/oauth/tesla/refresh', {
      refresh_token: tokens.json.refresh_token,
    });
    expect(replay.json.error).toBe('login_required');
    expect(replay.status).toBe(401);
    expect(tesla.admin.refreshReuse()).toBe(1);
    const text = logs.join('\n');
    for (const secret of [
      tokens.json.refresh_token,
      refreshed.json.access_token,
      code,
      tesla.app.clientSecret,
    ]) {
      expect(text).not.toContain(secret as string);
    }
  });

  it('redeems an EU code with the EU audience: the token reads the EU sites', async () => {
    const reusedBefore = tesla.admin.refreshReuse();
    const code = (await signIn(tesla, EU_OWNER, { redirect_uri: redirectUri })).get('code');
    const tokens = await relayPost('/oauth/tesla/token', { code, redirect_uri: redirectUri });
    expect(tokens.status).toBe(200);
    expect(tokens.json.region).toBe('EU');
    const access = tokens.json.access_token as string;
    expect((await fleetGet(tesla, 'EU', '/products', access)).status).toBe(200);
    // A single NA audience (the relay before) gave a token the EU base refuses.
    expect((await fleetGet(tesla, 'NA', '/products', access)).status).not.toBe(200);

    const refreshed = await relayPost('/oauth/tesla/refresh', {
      refresh_token: tokens.json.refresh_token,
      region: 'EU',
    });
    expect(refreshed.status).toBe(200);
    expect(
      (await fleetGet(tesla, 'EU', '/products', refreshed.json.access_token as string)).status,
    ).toBe(200);
    expect(tesla.admin.refreshReuse()).toBe(reusedBefore);
  });

  it('moves a grant whose code named no region to the region users/region names', async () => {
    const plain = await startAt(NOW, { regionPrefixedCodes: false });
    const plainLogs: string[] = [];
    const plainRelay = await relayFor(plain, plainLogs);
    try {
      const code = (await signIn(plain, EU_OWNER, { redirect_uri: redirectUri })).get('code');
      expect(code).not.toMatch(/^[A-Z]{2}_/);
      const first = await relayPost(
        '/oauth/tesla/token',
        { code, redirect_uri: redirectUri },
        plainRelay,
      );
      expect(first.json.region).toBe('NA');
      const access = first.json.access_token as string;
      const region = await fleetGet(plain, 'NA', '/users/region', access);
      expect(region.json.response).toMatchObject({
        region: 'eu',
        fleet_api_base_url: plain.regionBase.EU,
      });
      expect((await fleetGet(plain, 'EU', '/products', access)).status).toBe(401);

      const moved = await relayPost(
        '/oauth/tesla/refresh',
        { refresh_token: first.json.refresh_token, region: 'EU' },
        plainRelay,
      );
      expect(moved.status).toBe(200);
      expect(moved.json.region).toBe('EU');
      const products = await fleetGet(plain, 'EU', '/products', moved.json.access_token as string);
      expect(products.status).toBe(200);
      expect(plain.admin.refreshReuse()).toBe(0);
    } finally {
      await plainRelay.close();
      await plain.stop();
    }
  });

  it('refuses a region the relay does not know', async () => {
    const answer = await relayPost('/oauth/tesla/refresh', { refresh_token: 'x', region: 'MARS' });
    expect(answer.status).toBe(400);
    expect(answer.json.error).toBe('invalid_request');
  });

  it('registers the relay domain as a partner in both regions with the script', async () => {
    const outcomes = await registerTeslaPartner({
      clientId: tesla.app.clientId,
      clientSecret: tesla.app.clientSecret,
      domain: 'relay.enalysis.test',
      authBase: tesla.url,
      regionBases: [tesla.regionBase.NA, tesla.regionBase.EU],
    });
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true]);
    expect(tesla.admin.state().partners).toEqual([
      { region: 'NA', domain: 'relay.enalysis.test' },
      { region: 'EU', domain: 'relay.enalysis.test' },
    ]);
    const hex = outcomes[0]!.ok ? outcomes[0]!.publicKeyHex : '';
    expect(hex).toMatch(/^04[0-9a-f]{128}$/);
  });

  it('reports a domain that is not an allowed origin, and a wrong secret, per region', async () => {
    const [notAllowed] = await registerTeslaPartner({
      clientId: tesla.app.clientId,
      clientSecret: tesla.app.clientSecret,
      domain: 'elsewhere.example',
      authBase: tesla.url,
      regionBases: [tesla.regionBase.EU],
    });
    expect(notAllowed).toMatchObject({ ok: false, step: 'register', status: 400 });
    const [badSecret] = await registerTeslaPartner({
      clientId: tesla.app.clientId,
      clientSecret: 'wrong',
      domain: 'relay.enalysis.test',
      authBase: tesla.url,
      regionBases: [tesla.regionBase.NA],
    });
    expect(badSecret).toMatchObject({
      ok: false,
      step: 'token',
      status: 401,
      error: 'invalid_client: Bad client credentials',
    });
  });
});
