import { describe, expect, it } from 'vitest';
import {
  parseCallbackQuery,
  parseDeepLinkCallback,
  parseRedirect,
  type OAuthCallback,
} from '../../../../electron/oauth/callback';

const redirectUri = 'https://relay.enalysis.app/oauth/enphase/callback';
const state = 'Zq3-_state_value';

describe('parseCallbackQuery', () => {
  it.each<[string, string, OAuthCallback]>([
    ['a code and its state', `code=abc123&state=${state}`, { kind: 'code', code: 'abc123', state }],
    [
      'SolarEdge: a code, its state and the granted site',
      `code=abc123&state=${state}&site_id=4101001`,
      { kind: 'code', code: 'abc123', state, siteId: '4101001' },
    ],
    [
      'SolarEdge: a site id that is not a number',
      `code=abc123&state=${state}&site_id=../sites`,
      { kind: 'invalid', reason: 'site_id is malformed' },
    ],
    [
      'SolarEdge: two site ids',
      `code=abc123&state=${state}&site_id=1&site_id=2`,
      { kind: 'invalid', reason: 'site_id is malformed' },
    ],
    [
      'the owner refusing',
      `error=access_denied&error_description=User+denied+access&state=${state}`,
      { kind: 'error', error: 'access_denied', description: 'User denied access', state },
    ],
    [
      'an error without state',
      'error=server_error',
      { kind: 'error', error: 'server_error', description: null, state: null },
    ],
    [
      'an error beside a code (the error wins)',
      `code=abc&error=access_denied&state=${state}`,
      { kind: 'error', error: 'access_denied', description: null, state },
    ],
    [
      'a malformed description (dropped, the error kept)',
      `error=access_denied&error_description=${'x'.repeat(600)}&state=${state}`,
      { kind: 'error', error: 'access_denied', description: null, state },
    ],
    ['a code without state', 'code=abc', { kind: 'invalid', reason: 'state is missing' }],
    [
      'a state without code',
      `state=${state}`,
      { kind: 'invalid', reason: 'code is missing or malformed' },
    ],
    [
      'an empty code',
      `code=&state=${state}`,
      { kind: 'invalid', reason: 'code is missing or malformed' },
    ],
    ['nothing at all', '', { kind: 'invalid', reason: 'code is missing or malformed' }],
    [
      'a repeated code',
      `code=a&code=b&state=${state}`,
      { kind: 'invalid', reason: 'a parameter is repeated' },
    ],
    [
      'a repeated state',
      `code=a&state=x&state=y`,
      { kind: 'invalid', reason: 'a parameter is repeated' },
    ],
    [
      'a control character in the code',
      `code=a%0Ab&state=${state}`,
      { kind: 'invalid', reason: 'code is missing or malformed' },
    ],
    [
      'a non-ASCII code',
      `code=%C3%A9&state=${state}`,
      { kind: 'invalid', reason: 'code is missing or malformed' },
    ],
    [
      "a code over 4096 characters (a sealed code is longer than the provider's)",
      `code=${'a'.repeat(4097)}&state=${state}`,
      { kind: 'invalid', reason: 'code is missing or malformed' },
    ],
    [
      'a state over 1024 characters',
      `code=a&state=${'s'.repeat(1025)}`,
      { kind: 'invalid', reason: 'state is malformed' },
    ],
    [
      'an error with a quote',
      `error=bad%22code&state=${state}`,
      { kind: 'invalid', reason: 'error is malformed' },
    ],
  ])('%s', (_label, query, expected) => {
    expect(parseCallbackQuery(new URLSearchParams(query))).toEqual(expected);
  });
});

describe('parseRedirect', () => {
  it.each<[string, string, OAuthCallback['kind']]>([
    ['the redirect URI with a code', `${redirectUri}?code=c&state=${state}`, 'code'],
    [
      'the redirect URI with an error',
      `${redirectUri}?error=access_denied&state=${state}`,
      'error',
    ],
    [
      'another path on the relay',
      `https://relay.enalysis.app/oauth/tesla/callback?code=c&state=${state}`,
      'invalid',
    ],
    [
      'another host',
      `https://relay.enalysis.app.evil.example/oauth/enphase/callback?code=c&state=${state}`,
      'invalid',
    ],
    [
      'http instead of https',
      `http://relay.enalysis.app/oauth/enphase/callback?code=c&state=${state}`,
      'invalid',
    ],
    [
      'credentials in the URL',
      `https://user@relay.enalysis.app/oauth/enphase/callback?code=c&state=${state}`,
      'invalid',
    ],
    ['not a URL', 'not a url', 'invalid'],
  ])('%s → %s', (_label, url, kind) => {
    expect(parseRedirect(url, redirectUri).kind).toBe(kind);
  });
});

describe('parseDeepLinkCallback', () => {
  it.each<[string, string, OAuthCallback | null]>([
    [
      'the relay page forwarding a code',
      `enalysis://oauth/callback?provider=enphase&code=c1&state=${state}`,
      { kind: 'code', code: 'c1', state },
    ],
    [
      'the relay page forwarding a refusal',
      `enalysis://oauth/callback?provider=enphase&error=access_denied&state=${state}`,
      { kind: 'error', error: 'access_denied', description: null, state },
    ],
    ['another provider', `enalysis://oauth/callback?provider=tesla&code=c&state=${state}`, null],
    ['no provider', `enalysis://oauth/callback?code=c&state=${state}`, null],
    ['another deep link', 'enalysis://site/enphase:123', null],
    ['another scheme', `https://oauth/callback?provider=enphase&code=c&state=${state}`, null],
    ['not a URL', '::::', null],
    [
      'a malformed callback',
      'enalysis://oauth/callback?provider=enphase&code=c',
      { kind: 'invalid', reason: 'state is missing' },
    ],
  ])('%s', (_label, link, expected) => {
    expect(parseDeepLinkCallback(link, 'enphase')).toEqual(expected);
  });
});
