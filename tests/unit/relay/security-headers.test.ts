import { describe, expect, it } from 'vitest';
import { applySecurityHeaders, defaultCsp } from '../../../relay/security-headers';

describe('applySecurityHeaders', () => {
  it('adds the fixed headers and the no-content CSP', () => {
    const headers = new Headers();
    applySecurityHeaders(headers);
    expect(Object.fromEntries(headers)).toMatchObject({
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'content-security-policy': defaultCsp,
    });
    expect(defaultCsp.startsWith("default-src 'none'")).toBe(true);
  });

  it("keeps a route's own CSP (the callback page's hashes)", () => {
    const headers = new Headers({
      'content-security-policy': "default-src 'none'; style-src 'sha256-x'",
    });
    applySecurityHeaders(headers);
    expect(headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'sha256-x'");
  });

  it('strips any CORS header, whoever set it', () => {
    const headers = new Headers({
      'access-control-allow-origin': '*',
      'access-control-allow-credentials': 'true',
      'cache-control': 'public, max-age=3600',
    });
    applySecurityHeaders(headers);
    expect([...headers.keys()].filter((name) => name.startsWith('access-control'))).toEqual([]);
    expect(headers.get('cache-control')).toBe('no-store');
  });
});
