/**
 * The relay's Tesla token exchange against the Tesla emulator (not a fake token server), both
 * over real HTTP: the relay sends the form with the client secret and the configured regional
 * `audience`, the token works in that region, a refresh rotates the single-use refresh token,
 * and a replayed one comes back as `login_required` (and the emulator counts the re-use).
 * Then the partner set-up script registers the relay's domain in both regions, Tesla (the
 * emulator) fetching the public key from the relay's `/.well-known/` path.
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRelayConfig } from '../../../relay/config';
import { createJsonLogger } from '../../../relay/logger';
import { serveRelay, type RunningRelay } from '../../../relay/node';
import { registerTeslaPartner } from '../../../relay/scripts/tesla-partner-register';
import { NA_OWNER, PUBLIC_KEY_PATH, type TeslaEmulator } from '../../emulators/tesla';
import { fleetGet, NOW, signIn, startAt } from '../../unit/emulators/tesla/session';

const publicUrl = 'https://relay.enalysis.test';
const redirectUri = `${publicUrl}/oauth/tesla/callback`;
const publicKeyPem = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  .publicKey.export({ format: 'pem', type: 'spki' })
  .toString();

let tesla: TeslaEmulator;
let relay: RunningRelay;
const logs: string[] = [];

beforeAll(async () => {
  tesla = await startAt(NOW, {
    publicKeyUrl: (domain) =>
      domain === 'relay.enalysis.test'
        ? `${relay.url}${PUBLIC_KEY_PATH}`
        : `https://${domain}${PUBLIC_KEY_PATH}`,
  });
  const { config } = loadRelayConfig({
    RELAY_PUBLIC_URL: publicUrl,
    RELAY_APP_SCHEME: 'enalysis',
    RELAY_RATE_LIMIT_PER_MINUTE: '1000',
    TESLA_CLIENT_ID: tesla.app.clientId,
    TESLA_CLIENT_SECRET: tesla.app.clientSecret,
    TESLA_AUTH_BASE: tesla.url,
    TESLA_AUDIENCE: tesla.regionBase.NA,
    TESLA_PUBLIC_KEY_PEM: publicKeyPem,
  });
  relay = await serveRelay(
    config,
    { logger: createJsonLogger({ sink: (line) => logs.push(line) }) },
    { host: '127.0.0.1', port: 0 },
  );
});
afterAll(async () => {
  await relay.close();
  await tesla.stop();
});

async function relayPost(path: string, body: unknown) {
  const response = await fetch(`${relay.url}${path}`, {
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
