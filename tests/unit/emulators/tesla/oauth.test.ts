/**
 * The Tesla emulator's OAuth rules: region-prefixed codes, the audience decides where a token
 * works, refresh tokens are single use and a re-used one revokes the grant (and is counted),
 * a revoked grant refreshes to `login_required`, and the page carries stable ids.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EU_OWNER, NA_OWNER, type TeslaEmulator } from '../../../emulators/tesla';
import { fleetGet, NOW, REDIRECT, signIn, startAt, tokenCall, tokensFor } from './session';

let tesla: TeslaEmulator;
beforeAll(async () => {
  tesla = await startAt(NOW);
});
afterAll(() => tesla.stop());

const refresh = (token: string) =>
  tokenCall(tesla, {
    grant_type: 'refresh_token',
    client_id: tesla.app.clientId,
    refresh_token: token,
  });

describe('the Tesla emulator OAuth', () => {
  it('serves a sign-in page with the ids the E2E clicks', async () => {
    const page = await fetch(
      `${tesla.url}/oauth2/v3/authorize?response_type=code&client_id=${tesla.app.clientId}` +
        `&redirect_uri=${encodeURIComponent(REDIRECT)}&scope=openid%20offline_access%20energy_device_data&state=s`,
    );
    const html = await page.text();
    expect(page.status).toBe(200);
    for (const id of ['email', 'password', 'signin', 'deny']) expect(html).toContain(`id="${id}"`);
  });

  it('prefixes codes with the owner region and keeps state', async () => {
    expect((await signIn(tesla, NA_OWNER)).get('code')).toMatch(/^NA_/);
    const eu = await signIn(tesla, EU_OWNER);
    expect(eu.get('code')).toMatch(/^EU_/);
    expect(eu.get('state')).toBe('state-1');
  });

  it('refuses a code exchange without a regional audience', async () => {
    const code = (await signIn(tesla, NA_OWNER)).get('code')!;
    const answer = await tokenCall(tesla, {
      grant_type: 'authorization_code',
      client_id: tesla.app.clientId,
      client_secret: tesla.app.clientSecret,
      code,
      redirect_uri: REDIRECT,
      audience: 'https://example.com',
    });
    expect(answer.status).toBe(400);
  });

  it('a token works only in its audience region; the wrong region for the owner is 421', async () => {
    const eu = await tokensFor(tesla, EU_OWNER);
    expect((await fleetGet(tesla, 'EU', '/products', eu.access)).status).toBe(200);
    expect((await fleetGet(tesla, 'NA', '/products', eu.access)).status).toBe(401);
    const naAudience = await tokensFor(tesla, EU_OWNER, 'NA');
    const wrong = await fleetGet(tesla, 'NA', '/products', naAudience.access);
    expect(wrong.status).toBe(421);
    const region = await fleetGet(tesla, 'NA', '/users/region', naAudience.access);
    expect(region.json.response).toEqual({ region: 'eu', fleet_api_base_url: tesla.regionBase.EU });
  });

  it('rotates refresh tokens: the old access token dies, re-use revokes the grant and counts', async () => {
    const first = await tokensFor(tesla, NA_OWNER);
    const before = tesla.admin.refreshReuse();
    const second = await refresh(first.refresh);
    expect(second.status).toBe(200);
    expect(second.json.refresh_token).not.toBe(first.refresh);
    expect((await fleetGet(tesla, 'NA', '/products', first.access)).status).toBe(401);
    const access2 = second.json.access_token as string;
    expect((await fleetGet(tesla, 'NA', '/products', access2)).status).toBe(200);

    const replay = await refresh(first.refresh);
    expect(replay.status).toBe(401);
    expect(replay.json.error).toBe('login_required');
    expect(tesla.admin.refreshReuse()).toBe(before + 1);
    // The whole grant is gone: the newest tokens too.
    expect((await fleetGet(tesla, 'NA', '/products', access2)).status).toBe(401);
    expect((await refresh(second.json.refresh_token as string)).json.error).toBe('login_required');
  });

  it('an owner revoking the app turns the next refresh into login_required (not a re-use)', async () => {
    const tokens = await tokensFor(tesla, EU_OWNER);
    const before = tesla.admin.refreshReuse();
    tesla.admin.revokeOwner(EU_OWNER);
    const answer = await refresh(tokens.refresh);
    expect(answer.status).toBe(401);
    expect(answer.json.error).toBe('login_required');
    expect(tesla.admin.refreshReuse()).toBe(before);
  });

  it('access tokens last 8 hours', async () => {
    const tokens = await tokensFor(tesla, NA_OWNER);
    tesla.clock.advance(8 * 3600);
    const answer = await fleetGet(tesla, 'NA', '/products', tokens.access);
    tesla.clock.set(NOW);
    expect(answer.status).toBe(401);
  });
});
