// RFC 8252 §8.1 over real sockets: the browser sign-in's code travels through a deep link any
// local app can register. The relay's page hands out only a sealed code bound to the app's
// verifier; an attacker holding the link cannot redeem it, the real app can, once, in time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEALED_CODE_TTL_SECONDS } from '../../../relay/code-seal';
import type { RelayProviderId } from '../../../relay/config';
import { boundSignIn, startRelayUnderTest, type RelayUnderTest } from './relay-under-test';

const clock = { seconds: 1_800_000_000, now: () => clock.seconds };
let relay: RelayUnderTest;

beforeAll(async () => {
  relay = await startRelayUnderTest({ clock, env: { TESLA_PKCE: 'true' } });
});

afterAll(async () => {
  await relay.close();
});

/** Runs the provider's redirect to the relay's page; returns the deep link's parameters. */
async function callback(provider: string, code: string, state: string) {
  const response = await fetch(
    `${relay.url}/oauth/${provider}/callback?${new URLSearchParams({ code, state }).toString()}`,
  );
  const html = await response.text();
  const href = /<a id="open" class="button" href="([^"]*)">/
    .exec(html)?.[1]
    ?.replace(/&amp;/g, '&');
  return { status: response.status, html, link: href ? new URL(href).searchParams : null };
}

function redeem(provider: RelayProviderId, code: string, verifier?: string) {
  return relay.post(`/oauth/${provider}/token`, {
    code,
    redirect_uri: relay.redirectUri(provider),
    ...(verifier ? { code_verifier: verifier } : {}),
  });
}

describe('browser sign-in code binding', () => {
  it('the page never hands out the plain code, only a sealed one', async () => {
    const app = boundSignIn();
    const page = await callback('enphase', 'plain-code-4711', app.state);
    expect(page.status).toBe(200);
    expect(page.html).not.toContain('plain-code-4711');
    expect(page.link?.get('code')).toMatch(/^s1\./);
    expect(page.link?.get('state')).toBe(app.state);
  });

  it('the real app redeems it with its verifier; the provider sees the plain code', async () => {
    const app = boundSignIn();
    const page = await callback('enphase', 'plain-code-real', app.state);
    const answer = await redeem('enphase', page.link!.get('code')!, app.verifier);
    expect(answer.status).toBe(200);
    expect(answer.json.access_token).toBeTruthy();
    expect(relay.upstreams.enphase.calls.at(-1)?.query.code).toBe('plain-code-real');
  });

  it('an attacker app holding the deep link cannot redeem it, with no verifier or its own', async () => {
    const app = boundSignIn();
    const page = await callback('enphase', 'plain-code-stolen', app.state);
    const sealed = page.link!.get('code')!;
    const calls = relay.upstreams.enphase.calls.length;
    for (const attempt of [undefined, boundSignIn().verifier]) {
      const answer = await redeem('enphase', sealed, attempt);
      expect(answer.status).toBe(400);
      expect(answer.json.error).toBe('invalid_grant');
    }
    expect(relay.upstreams.enphase.calls).toHaveLength(calls);
  });

  it('a sealed code expires', async () => {
    const app = boundSignIn();
    const page = await callback('enphase', 'plain-code-late', app.state);
    clock.seconds += SEALED_CODE_TTL_SECONDS + 1;
    const answer = await redeem('enphase', page.link!.get('code')!, app.verifier);
    expect(answer.status).toBe(400);
    expect(answer.json.error_description).toMatch(/expired/);
  });

  it('a tampered sealed code, or one taken to another provider, is refused', async () => {
    const app = boundSignIn();
    const sealed = (await callback('enphase', 'plain-code-tamper', app.state)).link!.get('code')!;
    const flipped = sealed.slice(0, -2) + (sealed.endsWith('AA') ? 'BB' : 'AA');
    expect((await redeem('enphase', flipped, app.verifier)).json.error).toBe('invalid_grant');
    expect((await redeem('tesla', sealed, app.verifier)).json.error).toBe('invalid_grant');
  });

  it('a callback whose state carries no binding gets no code at all', async () => {
    const page = await callback('enphase', 'plain-code-unbound', 'just-a-state');
    expect(page.status).toBe(400);
    expect(page.link).toBeNull();
    expect(page.html).not.toContain('plain-code-unbound');
  });

  it('a provider configured for PKCE also receives the verifier as code_verifier', async () => {
    const app = boundSignIn();
    const page = await callback('tesla', 'plain-code-pkce', app.state);
    const answer = await redeem('tesla', page.link!.get('code')!, app.verifier);
    expect(answer.status).toBe(200);
    expect(relay.upstreams.tesla.calls.at(-1)?.form).toMatchObject({
      code: 'plain-code-pkce',
      code_verifier: app.verifier,
    });
  });
});
