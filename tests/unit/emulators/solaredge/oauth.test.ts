/**
 * The emulator's Site Access OAuth, spoken to over real HTTP as the popup and the relay do:
 * consent with `code`, `state` and `site_id`, 7,200 s access tokens, rotating refresh tokens
 * that die after 30 days unused, revoke, and what a grant may read.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  FLEET_KEY,
  OWNER_A,
  OWNER_B,
  SITE,
  type SolarEdgeEmulator,
} from '../../../emulators/solaredge';
import {
  apiGet,
  authorizeUrl,
  connectOwner,
  consent,
  NOW,
  postConsent,
  REDIRECT,
  startAt,
  tokenCall,
} from './session';

let se: SolarEdgeEmulator;
beforeAll(async () => {
  se = await startAt(NOW);
});
afterAll(() => se.stop());
beforeEach(() => se.clock.set(NOW));

describe('the consent page', () => {
  it('shows a sign-in form with the stable ids E2E tests click', async () => {
    const html = await (await fetch(authorizeUrl(se))).text();
    for (const id of ['email', 'password', 'signin', 'deny']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('SITE_DATA DEVICE_DATA');
  });

  it.each([
    ['an unknown client_id', { client_id: 'other' }, 'Unknown client'],
    ['an unregistered redirect_uri', { redirect_uri: 'https://evil.example/cb' }, 'redirect'],
    ['an unknown scope', { scope: 'ALL_DATA' }, 'scope'],
    ['an access_duration over 24 months', { access_duration: '25' }, 'duration'],
  ])('answers %s with a 400 page, never a redirect', async (_name, params, text) => {
    const response = await fetch(authorizeUrl(se, params), { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain(text);
  });

  it('redirects an owner of one site with code, state and site_id', async () => {
    const query = await consent(se, OWNER_A);
    expect(query.get('code')).toMatch(/^[\w-]{10,}$/);
    expect(query.get('state')).toBe('state-123');
    expect(query.get('site_id')).toBe(String(SITE.munich));
  });

  it('asks an owner of several sites which one to share, then carries that site_id', async () => {
    const page = await postConsent(se, { email: OWNER_B, password: 'sunny-se-b' });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('id="site"');
    expect(html).toContain('Muskoka Cottage');
    const query = await consent(se, OWNER_B, SITE.toronto);
    expect(query.get('site_id')).toBe(String(SITE.toronto));
  });

  it('stays on the page with an error for a wrong password, and redirects a denial', async () => {
    const wrong = await postConsent(se, { email: OWNER_A, password: 'nope' });
    expect(wrong.status).toBe(200);
    expect(await wrong.text()).toContain('id="error"');
    const denied = await postConsent(se, { action: 'deny' });
    const location = new URL(denied.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('state-123');
  });
});

describe('the token endpoint', () => {
  it('redeems a code once into 7,200 s tokens with the granted scopes', async () => {
    const query = await consent(se, OWNER_A);
    const params = {
      grant_type: 'authorization_code',
      code: query.get('code')!,
      redirect_uri: REDIRECT,
    };
    const first = await tokenCall(se, params);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({
      token_type: 'Bearer',
      expires_in: 7_200,
      scope: 'SITE_DATA DEVICE_DATA',
    });
    const again = await tokenCall(se, params);
    expect(again).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
  });

  it('refuses wrong client credentials with invalid_client', async () => {
    const answer = await tokenCall(se, {
      grant_type: 'refresh_token',
      refresh_token: 'x',
      client_secret: 'wrong',
    });
    expect(answer).toMatchObject({ status: 401, json: { error: 'invalid_client' } });
  });

  it('rotates refresh tokens: each use returns a new one and kills the old', async () => {
    const grant = await connectOwner(se, OWNER_A);
    const first = await tokenCall(se, {
      grant_type: 'refresh_token',
      refresh_token: grant.refresh,
    });
    expect(first.status).toBe(200);
    expect(first.json.refresh_token).not.toBe(grant.refresh);
    const replay = await tokenCall(se, {
      grant_type: 'refresh_token',
      refresh_token: grant.refresh,
    });
    expect(replay).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
    const second = await tokenCall(se, {
      grant_type: 'refresh_token',
      refresh_token: first.json.refresh_token as string,
    });
    expect(second.status).toBe(200);
  });

  it('ends access tokens after 7,200 s', async () => {
    const grant = await connectOwner(se, OWNER_A);
    se.clock.advance(7_199);
    expect((await apiGet(se, `/v2/sites/${SITE.munich}`, { token: grant.access })).status).toBe(
      200,
    );
    se.clock.advance(1);
    expect((await apiGet(se, `/v2/sites/${SITE.munich}`, { token: grant.access })).status).toBe(
      401,
    );
  });

  it('kills a refresh token unused for 30 days, but not one used every 29', async () => {
    const idle = await connectOwner(se, OWNER_A);
    let kept = (await connectOwner(se, OWNER_A)).refresh;
    for (let step = 0; step < 3; step++) {
      se.clock.advance(29 * 86_400);
      const answer = await tokenCall(se, { grant_type: 'refresh_token', refresh_token: kept });
      expect(answer.status).toBe(200);
      kept = answer.json.refresh_token as string;
    }
    const dead = await tokenCall(se, { grant_type: 'refresh_token', refresh_token: idle.refresh });
    expect(dead).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
  });

  it('ends a grant after the access_duration the owner agreed to', async () => {
    const page = await postConsent(se, {
      email: OWNER_A,
      password: 'sunny-se-a',
      access_duration: '1',
    });
    const code = new URL(page.headers.get('location')!).searchParams.get('code')!;
    const first = await tokenCall(se, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
    });
    let refresh = first.json.refresh_token as string;
    se.clock.advance(29 * 86_400);
    const within = await tokenCall(se, { grant_type: 'refresh_token', refresh_token: refresh });
    expect(within.status).toBe(200);
    refresh = within.json.refresh_token as string;
    se.clock.advance(3 * 86_400);
    const after = await tokenCall(se, { grant_type: 'refresh_token', refresh_token: refresh });
    expect(after).toMatchObject({
      status: 400,
      json: { error: 'invalid_grant', error_description: 'The grant expired' },
    });
  });

  it('revoke-token ends the whole grant: its access and refresh tokens both stop', async () => {
    const grant = await connectOwner(se, OWNER_A);
    const revoke = await fetch(`${se.url}/v2/oauth2/revoke-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        token: grant.refresh,
        client_id: se.app.clientId,
        client_secret: se.app.clientSecret,
      }),
    });
    expect(revoke.status).toBe(200);
    expect((await apiGet(se, `/v2/sites/${SITE.munich}`, { token: grant.access })).status).toBe(
      401,
    );
    const refresh = await tokenCall(se, {
      grant_type: 'refresh_token',
      refresh_token: grant.refresh,
    });
    expect(refresh.json.error).toBe('invalid_grant');
  });

  it('wants the client credentials on revoke-token unless told otherwise', async () => {
    const revoke = (target: SolarEdgeEmulator, token: string) =>
      fetch(`${target.url}/v2/oauth2/revoke-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token }),
      });
    const grant = await connectOwner(se, OWNER_A);
    expect((await revoke(se, grant.access)).status).toBe(401);
    expect((await apiGet(se, `/v2/sites/${SITE.munich}`, { token: grant.access })).status).toBe(
      200,
    );
    const lenient = await startAt(NOW, { revokeNeedsClient: false });
    const other = await connectOwner(lenient, OWNER_A);
    expect((await revoke(lenient, other.refresh)).status).toBe(200);
    expect(
      (await apiGet(lenient, `/v2/sites/${SITE.munich}`, { token: other.access })).status,
    ).toBe(401);
    await lenient.stop();
  });

  it('lets the admin revoke an owner, as the owner would in mySolarEdge', async () => {
    const grant = await connectOwner(se, OWNER_A);
    se.admin.revokeOwner(OWNER_A);
    const answer = await apiGet(se, `/v2/sites/${SITE.munich}`, { token: grant.access });
    expect(answer.status).toBe(401);
    expect(answer.json).toMatchObject({ status: 401, title: 'Unauthorized' });
  });
});

describe('what a Site Access grant may read', () => {
  it('reads its own site, not another, and never the API-key-only endpoints', async () => {
    const grant = await connectOwner(se, OWNER_B, SITE.melbourne);
    const token = { token: grant.access };
    expect((await apiGet(se, `/v2/sites/${SITE.melbourne}/overview`, token)).status).toBe(200);
    expect((await apiGet(se, `/v2/sites/${SITE.toronto}`, token)).status).toBe(403);
    expect((await apiGet(se, `/v2/sites/${SITE.berlin}`, token)).status).toBe(403);
    for (const path of ['/v2/sites', '/v2/alerts', `/v2/sites/${SITE.melbourne}/alerts`]) {
      const answer = await apiGet(se, path, token);
      expect(answer.status, path).toBe(403);
      expect(String(answer.json.detail)).toMatch(/API key only/);
    }
  });

  it('needs DEVICE_DATA for devices', async () => {
    const page = await postConsent(se, {
      email: OWNER_A,
      password: 'sunny-se-a',
      scope: 'SITE_DATA',
    });
    const code = new URL(page.headers.get('location')!).searchParams.get('code')!;
    const tokens = await tokenCall(se, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
    });
    const token = { token: tokens.json.access_token as string };
    expect((await apiGet(se, `/v2/sites/${SITE.munich}/devices`, token)).status).toBe(403);
    expect(
      (await apiGet(se, `/v2/sites/${SITE.munich}/devices`, { apiKey: FLEET_KEY })).status,
    ).toBe(403);
  });
});
