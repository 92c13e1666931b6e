/**
 * The emulator's OAuth endpoints, spoken to over real HTTP as the relay and the popup window do.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT_A, ACCOUNT_C, type EnphaseEmulator } from '../../../emulators/enphase';
import {
  apiGet,
  authorizationCode,
  authorizeUrl,
  basicAuth,
  connect,
  NOW,
  passwordOf,
  postLoginForm,
  REDIRECT,
  startAt,
  tokenCall,
} from './session';

let emulator: EnphaseEmulator;
beforeAll(async () => {
  emulator = await startAt(NOW);
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.clock.set(NOW));

describe('the sign-in page', () => {
  it('shows a form with the stable ids E2E tests click', async () => {
    const response = await fetch(authorizeUrl(emulator));
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    for (const id of ['email', 'password', 'signin', 'deny']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('name="email"');
    expect(html).toContain('name="password"');
    expect(html).toMatch(/>Sign in</);
    expect(html).toMatch(/>Deny</);
  });

  it.each([
    ['an unknown client_id', { client_id: 'someone-else' }, 'Unknown client'],
    ['an unregistered redirect_uri', { redirect_uri: 'https://evil.example/cb' }, 'redirect'],
    ['a response_type other than code', { response_type: 'token' }, 'response type'],
  ])('answers %s with a 400 page, never a redirect', async (_name, params, text) => {
    const response = await fetch(authorizeUrl(emulator, params), { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain(text);
  });

  it('escapes the state it writes back into the form', async () => {
    const html = await (
      await fetch(authorizeUrl(emulator, { state: '"><script>x</script>' }))
    ).text();
    expect(html).not.toContain('<script>x</script>');
    expect(html).toContain('&#34;&#62;&#60;script&#62;');
  });

  it('redirects with a code and the state after a good sign-in', async () => {
    const response = await postLoginForm(emulator, {
      email: 'Facility-A@Example.com',
      password: passwordOf(emulator, ACCOUNT_A),
    });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    expect(location.searchParams.get('code')).toMatch(/^[\w-]{6,}$/);
    expect(location.searchParams.get('state')).toBe('state-123');
  });

  it('shows the form again with an error after a wrong password', async () => {
    const response = await postLoginForm(emulator, { email: ACCOUNT_A, password: 'nope' });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('id="error"');
    expect(html).toContain('Invalid email or password.');
    expect(html).toContain(`value="${ACCOUNT_A}"`);
  });

  it('redirects with error=access_denied and the state when the owner denies', async () => {
    const response = await postLoginForm(emulator, { action: 'deny' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('state-123');
    expect(location.searchParams.get('code')).toBeNull();
  });

  it('accepts any port of a loopback redirect but not another path', async () => {
    const other = 'http://127.0.0.1:1/oauth/enphase/callback';
    const otherPath = 'http://127.0.0.1:1/oauth/other/callback';
    expect((await fetch(authorizeUrl(emulator, { redirect_uri: other }))).status).toBe(200);
    expect((await fetch(authorizeUrl(emulator, { redirect_uri: otherPath }))).status).toBe(400);
  });
});

describe('the token endpoint', () => {
  it('exchanges a code for the documented token set', async () => {
    const code = await authorizationCode(emulator, ACCOUNT_C);
    const { status, body } = await tokenCall(emulator, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      token_type: 'bearer',
      expires_in: 86_393,
      scope: 'read write',
      enl_uid: '2310003',
      is_internal_app: false,
      app_type: 'partner',
    });
    for (const field of ['access_token', 'refresh_token', 'enl_cid', 'jti']) {
      expect(typeof body[field]).toBe('string');
    }
    expect(typeof body.enl_password_last_changed).toBe('string');
  });

  it('accepts the parameters form-urlencoded in the body too', async () => {
    const code = await authorizationCode(emulator, ACCOUNT_A);
    const response = await fetch(`${emulator.url}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: basicAuth(emulator),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT,
      }).toString(),
    });
    expect(response.status).toBe(200);
  });

  it('lets a code work only once', async () => {
    const code = await authorizationCode(emulator, ACCOUNT_A);
    const params = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT };
    expect((await tokenCall(emulator, params)).status).toBe(200);
    const again = await tokenCall(emulator, params);
    expect(again.status).toBe(400);
    expect(again.body.error).toBe('invalid_grant');
  });

  it('refuses (and burns) a code redeemed with another redirect_uri', async () => {
    const code = await authorizationCode(emulator, ACCOUNT_A);
    const wrong = await tokenCall(emulator, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: 'http://127.0.0.1:45679/oauth/enphase/callback',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: 'invalid_grant' });
    expect(typeof wrong.body.error_description).toBe('string');
    const right = await tokenCall(emulator, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
    });
    expect(right.body.error).toBe('invalid_grant');
  });

  it('refuses a code after its 10 minutes', async () => {
    const code = await authorizationCode(emulator, ACCOUNT_A);
    emulator.clock.advance(601);
    const late = await tokenCall(emulator, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
    });
    expect(late.body.error).toBe('invalid_grant');
  });

  it.each([
    ['no Authorization header', null],
    ['a wrong secret', `Basic ${btoa('enalysis-test-client:wrong')}`],
    ['a bearer instead of Basic', 'Bearer abc'],
  ])('answers %s with 401 invalid_client', async (_name, authorization) => {
    const code = await authorizationCode(emulator, ACCOUNT_A);
    const answer = await tokenCall(
      emulator,
      { grant_type: 'authorization_code', code, redirect_uri: REDIRECT },
      authorization,
    );
    expect(answer.status).toBe(401);
    expect(answer.body.error).toBe('invalid_client');
  });

  it('rotates both tokens on every refresh and kills the old refresh token', async () => {
    const first = await connect(emulator, ACCOUNT_A);
    const second = await tokenCall(emulator, {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
    });
    expect(second.status).toBe(200);
    expect(second.body.access_token).not.toBe(first.access_token);
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    const reused = await tokenCall(emulator, {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
    });
    expect(reused.status).toBe(400);
    expect(reused.body.error).toBe('invalid_grant');
    const third = await tokenCall(emulator, {
      grant_type: 'refresh_token',
      refresh_token: String(second.body.refresh_token),
    });
    expect(third.status).toBe(200);
    const systems = await apiGet(emulator, String(third.body.access_token), '/systems');
    expect(systems.status).toBe(200);
  });

  it('lets an access token lapse by the emulator clock', async () => {
    const tokens = await connect(emulator, ACCOUNT_A);
    emulator.clock.advance(86_392);
    expect((await apiGet(emulator, tokens.access_token, '/systems')).status).toBe(200);
    emulator.clock.advance(1);
    const expired = await apiGet(emulator, tokens.access_token, '/systems');
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({
      message: 'Not Authorized',
      details: 'User is not authorized',
      code: 401,
    });
  });

  it('refuses a refresh token older than 30 days', async () => {
    const tokens = await connect(emulator, ACCOUNT_A);
    emulator.clock.advance(30 * 86_400);
    const lapsed = await tokenCall(emulator, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    expect(lapsed.body.error).toBe('invalid_grant');
  });

  it('is not counted in the quota', async () => {
    const before = emulator.admin.usage().minute.count;
    await connect(emulator, ACCOUNT_A);
    expect(emulator.admin.usage().minute.count).toBe(before);
    expect(emulator.admin.calls().at(-1)).toMatchObject({ kind: 'oauth', path: '/oauth/token' });
  });
});

describe('an owner who revokes the app', () => {
  it('gets 401 on the API and invalid_grant on refresh, until a new consent', async () => {
    const tokens = await connect(emulator, ACCOUNT_C);
    emulator.admin.revokeAccount(ACCOUNT_C);
    const api = await apiGet(emulator, tokens.access_token, '/systems');
    expect(api.status).toBe(401);
    expect(api.body.details).toBe('User is not authorized');
    const refresh = await tokenCall(emulator, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    expect(refresh.status).toBe(400);
    expect(refresh.body.error).toBe('invalid_grant');

    const reconnected = await connect(emulator, ACCOUNT_C);
    expect((await apiGet(emulator, reconnected.access_token, '/systems')).status).toBe(200);

    emulator.admin.restoreAccount(ACCOUNT_C);
    expect((await apiGet(emulator, tokens.access_token, '/systems')).status).toBe(200);
  });
});
