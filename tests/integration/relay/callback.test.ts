// GET /oauth/:provider/callback over real HTTP: the page that hands a browser sign-in to the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackScript } from '../../../relay/callback-page';
import { boundSignIn, startRelayUnderTest, type RelayUnderTest } from './relay-under-test';

let relay: RelayUnderTest;

beforeAll(async () => {
  relay = await startRelayUnderTest({ env: { RELAY_APP_SCHEME: 'enalysis' } });
});

afterAll(async () => {
  await relay.close();
});

async function callback(provider: string, query: Record<string, string>) {
  const response = await fetch(
    `${relay.url}/oauth/${provider}/callback?${new URLSearchParams(query).toString()}`,
  );
  return { status: response.status, headers: response.headers, html: await response.text() };
}

/** The "Open Enalysis" link as the browser would read it (HTML entities decoded). */
function openLink(html: string): URL | null {
  const match = /<a id="open" class="button" href="([^"]*)">/.exec(html);
  if (!match?.[1]) return null;
  const href = match[1]
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return new URL(href);
}

describe('callback page', () => {
  it('forwards the sealed code and the state to the app deep link behind an "Open Enalysis" button', async () => {
    const { state } = boundSignIn();
    const page = await callback('enphase', { code: 'AbC123', state });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.html).toContain('Open Enalysis');
    expect(page.html).toContain('you can close this tab');
    const link = openLink(page.html);
    expect(link?.protocol).toBe('enalysis:');
    expect(link?.host).toBe('oauth');
    expect(link?.pathname).toBe('/callback');
    expect(Object.fromEntries(link?.searchParams ?? [])).toEqual({
      provider: 'enphase',
      code: expect.stringMatching(/^s1\./),
      state,
    });
    expect(page.html).not.toContain('AbC123');
  });

  it('forwards a provider error (the owner declined) so the app can stop waiting', async () => {
    const page = await callback('tesla', {
      error: 'access_denied',
      error_description: 'The user denied access',
      state: 's1',
    });
    expect(page.status).toBe(200);
    expect(page.html).toContain('Access not granted');
    expect(Object.fromEntries(openLink(page.html)?.searchParams ?? [])).toEqual({
      provider: 'tesla',
      error: 'access_denied',
      error_description: 'The user denied access',
      state: 's1',
    });
  });

  it('never forwards anywhere but the app scheme, whatever the query says', async () => {
    const page = await callback('enphase', {
      code: 'c',
      state: boundSignIn().state,
      redirect_uri: 'https://evil.example/',
      next: 'https://evil.example/',
    });
    const link = openLink(page.html);
    expect(link?.href.startsWith('enalysis://oauth/callback?')).toBe(true);
    expect(link?.searchParams.has('next')).toBe(false);
    expect(link?.searchParams.has('redirect_uri')).toBe(false);
    expect(page.html).not.toContain('evil.example');
  });

  it.each([
    ['no state', { code: 'c' }],
    ['neither code nor error', { state: 's' }],
    ['a code with a line break', { code: 'a\nb', state: 's' }],
    ['an over-long code', { code: 'c'.repeat(5000), state: 's' }],
  ])('shows a 400 page without a link for %s', async (_name, query) => {
    const page = await callback('enphase', query);
    expect(page.status).toBe(400);
    expect(page.html).toContain('This sign-in link is not valid');
    expect(openLink(page.html)).toBeNull();
  });

  it('allows only its own hashed inline style and script', async () => {
    const page = await callback('enphase', { code: 'c', state: 's' });
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('callback page against script injection', () => {
  const payloads = {
    error: '<img src=x onerror=alert(1)>',
    state: '"><script>alert(2)</script><a href=\'',
  };

  it('shows injected markup as text and keeps it out of the link attribute', async () => {
    const page = await callback('enphase', payloads);
    expect(page.status).toBe(200);
    expect(page.html).not.toContain('<img src=x');
    expect(page.html).not.toContain('<script>alert');
    expect(page.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // The only script on the page is the relay's own constant one.
    expect(page.html.match(/<script/g)).toHaveLength(1);
    expect(page.html).toContain(`<script>${callbackScript}</script>`);
    // And the app still receives exactly what the provider sent.
    expect(Object.fromEntries(openLink(page.html)?.searchParams ?? [])).toMatchObject(payloads);
  });
});
