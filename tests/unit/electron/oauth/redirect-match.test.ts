import { describe, expect, it } from 'vitest';
import {
  httpOriginOf,
  isAllowedOrigin,
  isRedirectTarget,
} from '../../../../electron/oauth/redirect-match';

const redirectUri = 'https://relay.enalysis.app/oauth/enphase/callback';

describe('isRedirectTarget', () => {
  it.each([
    ['the redirect URI with a query', `${redirectUri}?code=a&state=b`, true],
    ['the redirect URI bare', redirectUri, true],
    ['with a fragment', `${redirectUri}#x`, true],
    ['a longer path', `${redirectUri}/more`, false],
    ['a trailing slash', `${redirectUri}/`, false],
    ['a sibling path', 'https://relay.enalysis.app/oauth/enphase/callbackx', false],
    ['a lookalike host', 'https://relay.enalysis.app.evil.test/oauth/enphase/callback', false],
    ['another port', 'https://relay.enalysis.app:444/oauth/enphase/callback', false],
    ['http', 'http://relay.enalysis.app/oauth/enphase/callback', false],
    ['credentials', 'https://a:b@relay.enalysis.app/oauth/enphase/callback', false],
    ['a custom scheme', 'enalysis://oauth/callback', false],
    ['garbage', 'javascript:alert(1)', false],
  ])('%s → %s', (_label, url, expected) => {
    expect(isRedirectTarget(url, redirectUri)).toBe(expected);
  });
});

describe('isAllowedOrigin', () => {
  const allowed = ['https://api.enphaseenergy.com', 'https://enlighten.enphaseenergy.com'];
  it.each([
    ['the login page', 'https://api.enphaseenergy.com/oauth/authorize?x=1', true],
    ['the second login origin', 'https://enlighten.enphaseenergy.com/login', true],
    ['a prefix game', 'https://api.enphaseenergy.com.evil.test/', false],
    ['another subdomain', 'https://evil.enphaseenergy.com/', false],
    ['http of an allowed host', 'http://api.enphaseenergy.com/', false],
    ['credentials', 'https://x@api.enphaseenergy.com/', false],
    ['file', 'file:///etc/passwd', false],
    ['data', 'data:text/html,hi', false],
    ['about:blank', 'about:blank', false],
  ])('%s → %s', (_label, url, expected) => {
    expect(isAllowedOrigin(url, allowed)).toBe(expected);
  });
});

describe('httpOriginOf', () => {
  it.each([
    ['https://api.enphaseenergy.com/oauth/authorize?a=b', 'https://api.enphaseenergy.com'],
    ['http://127.0.0.1:4100/x', 'http://127.0.0.1:4100'],
    ['file:///x', null],
    ['nope', null],
  ])('%s → %s', (url, expected) => {
    expect(httpOriginOf(url)).toBe(expected);
  });
});
