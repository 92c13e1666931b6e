import { describe, expect, it } from 'vitest';
import { isSecretKey, REDACTED, redact, redactText, secretVariants } from '../../../shared/redact';

describe('isSecretKey', () => {
  it.each([
    ['token', true],
    ['accessToken', true],
    ['refresh_token', true],
    ['client_secret', true],
    ['password', true],
    ['Authorization', true],
    ['code', true],
    ['key', true],
    ['apiKey', true],
    ['api-key', true],
    ['set-cookie', true],
    ['statusCode', false],
    ['keyringProtected', false],
    ['siteId', false],
    ['channel', false],
    ['state', false],
    ['token_type', false],
    ['expires_in', false],
  ])('%s: %s', (key, secret) => {
    expect(isSecretKey(key)).toBe(secret);
  });

  it.each([
    ['state', true],
    ['jti', true],
    ['token_type', false],
    ['siteId', false],
  ])('in OAuth flow logs, %s: %s', (key, secret) => {
    expect(isSecretKey(key, { oauthFlowKeys: true })).toBe(secret);
  });
});

describe('known secret values', () => {
  it('are cut out as is and URL-encoded, longest first, beside the patterns', () => {
    const secrets = secretVariants(['s3cr+t/value', 'abc', null, 's3cr']);
    expect(secrets).toEqual(['s3cr%2Bt%2Fvalue', 's3cr+t/value', 's3cr']);
    expect(redactText('echo s3cr%2Bt%2Fvalue and s3cr+t/value, Bearer zz', secrets)).toBe(
      `echo ${REDACTED} and ${REDACTED}, Bearer ${REDACTED}`,
    );
    expect(redact({ note: 'x s3cr+t/value y' }, { secrets })).toEqual({ note: `x ${REDACTED} y` });
  });
});

describe('redactText', () => {
  it.each([
    ['Authorization: Bearer abc.def-ghi_jkl', `Authorization: Bearer ${REDACTED}`],
    ['header Basic dXNlcjpwYXNz', `header Basic ${REDACTED}`],
    ['jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.sig_nature here', `jwt ${REDACTED} here`],
    [
      'GET https://relay/oauth/cb?code=abc123&state=xyz&site=4',
      `GET https://relay/oauth/cb?code=${REDACTED}&state=${REDACTED}&site=4`,
    ],
    ['refused: ?access_token=t0k&x=1', `refused: ?access_token=${REDACTED}&x=1`],
    ['nothing to hide here', 'nothing to hide here'],
  ])('%s', (input, output) => {
    expect(redactText(input)).toBe(output);
  });
});

describe('redact', () => {
  it('scrubs nested secret keys and token-looking values, keeping the rest', () => {
    const input = {
      channel: 'site.get',
      tokens: { access_token: 'a', refresh_token: 'r' },
      headers: [{ authorization: 'Bearer zzz' }],
      note: 'sent Bearer qqq to the relay',
      statusCode: 401,
    };
    expect(redact(input)).toEqual({
      channel: 'site.get',
      tokens: REDACTED,
      headers: [{ authorization: REDACTED }],
      note: `sent Bearer ${REDACTED} to the relay`,
      statusCode: 401,
    });
  });

  it('keeps errors readable but scrubs their message', () => {
    expect(redact(new Error('401 for Bearer abc'))).toEqual({
      name: 'Error',
      message: `401 for Bearer ${REDACTED}`,
    });
  });

  it('survives cycles and very deep objects', () => {
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic.self = cyclic;
    expect(redact(cyclic)).toEqual({ name: 'x', self: '[circular]' });
    let deep: unknown = 'bottom';
    for (let i = 0; i < 20; i++) deep = { next: deep };
    expect(JSON.stringify(redact(deep))).toContain('[too deep]');
  });

  it('leaves plain values alone', () => {
    expect(redact(42)).toBe(42);
    expect(redact(null)).toBe(null);
    expect(redact(undefined)).toBe(undefined);
  });
});
