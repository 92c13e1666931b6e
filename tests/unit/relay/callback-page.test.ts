import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  callbackPageCsp,
  callbackScript,
  callbackScriptHash,
  callbackStyle,
  callbackStyleHash,
  escapeHtml,
  renderCallbackPage,
} from '../../../relay/callback-page';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('callback page CSP', () => {
  it('hashes match the inline style and script, so the browser runs exactly those', () => {
    expect(callbackStyleHash).toBe(sha256(callbackStyle));
    expect(callbackScriptHash).toBe(sha256(callbackScript));
    expect(callbackPageCsp()).toBe(
      `default-src 'none'; style-src '${callbackStyleHash}'; script-src '${callbackScriptHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
  });

  it('the page embeds the style and script byte for byte', () => {
    const { html } = renderCallbackPage(
      {
        kind: 'code',
        provider: 'enphase',
        deepLink: 'enalysis://oauth/callback?code=c',
        params: { code: 'c' },
      },
      'Enphase',
    );
    expect(html).toContain(`<style>${callbackStyle}</style>`);
    expect(html).toContain(`<script>${callbackScript}</script>`);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<script>', '&lt;script&gt;'],
    ['"quoted"', '&quot;quoted&quot;'],
    ["it's", 'it&#39;s'],
    ['a&b', 'a&amp;b'],
    ['plain', 'plain'],
  ])('%s → %s', (input, output) => {
    expect(escapeHtml(input)).toBe(output);
  });
});

describe('renderCallbackPage', () => {
  it('escapes the deep link inside the href', () => {
    const { html } = renderCallbackPage(
      {
        kind: 'code',
        provider: 'enphase',
        deepLink: 'enalysis://oauth/callback?a=1&b="x"',
        params: { a: '1', b: '"x"' },
      },
      'Enphase',
    );
    expect(html).toContain('href="enalysis://oauth/callback?a=1&amp;b=&quot;x&quot;"');
  });

  it('shows an injected error code as text', () => {
    const { html } = renderCallbackPage(
      {
        kind: 'error',
        provider: 'tesla',
        deepLink: 'enalysis://oauth/callback',
        error: '<svg onload=alert(1)>',
        description: null,
      },
      'Tesla',
    );
    expect(html).toContain('<code>&lt;svg onload=alert(1)&gt;</code>');
    expect(html).not.toContain('<svg onload');
  });

  it('says plainly that a declined consent connected nothing', () => {
    const { status, html } = renderCallbackPage(
      {
        kind: 'error',
        provider: 'enphase',
        deepLink: 'enalysis://oauth/callback',
        error: 'access_denied',
        description: null,
      },
      'Enphase',
    );
    expect(status).toBe(200);
    expect(html).toContain(
      'You did not grant access to your Enphase data, so nothing was connected.',
    );
  });

  it('serves an invalid callback with 400 and no way forward into the app', () => {
    const { status, html } = renderCallbackPage(
      { kind: 'invalid', provider: 'enphase', reason: 'state is missing or malformed' },
      'Enphase',
    );
    expect(status).toBe(400);
    expect(html).not.toContain('id="open"');
    expect(html).toContain('state is missing or malformed');
  });
});
