import { describe, expect, it } from 'vitest';
import { RelayError, UpstreamOAuthError } from '../../../relay/errors';
import { interpretTokenAnswer, type UpstreamAnswer } from '../../../relay/token-response';

const answer = (
  status: number,
  body: unknown,
  retryAfter: string | null = null,
): UpstreamAnswer => ({
  status,
  retryAfter,
  bytes: new TextEncoder().encode(typeof body === 'string' ? body : JSON.stringify(body)),
});

function failureOf(value: UpstreamAnswer, requireRefresh = false): RelayError {
  try {
    interpretTokenAnswer('Enphase', value, requireRefresh);
  } catch (error) {
    if (error instanceof RelayError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('interpretTokenAnswer: token sets', () => {
  it('keeps the standard fields and provider extras', () => {
    const body = {
      access_token: 'at',
      refresh_token: 'rt',
      expires_in: 86393,
      token_type: 'bearer',
      scope: 'read write',
      enl_uid: '123',
      is_internal_app: false,
    };
    expect(interpretTokenAnswer('Enphase', answer(200, body), true)).toEqual(body);
  });

  it.each([
    ['expires_in as a string', { access_token: 'at', expires_in: '3600' }, { expires_in: 3600 }],
    [
      'scope as a list',
      { access_token: 'at', scope: ['SITE_DATA', 'DEVICE_DATA'] },
      { scope: 'SITE_DATA DEVICE_DATA' },
    ],
  ])('normalises %s', (_name, body, expected) => {
    expect(interpretTokenAnswer('X', answer(200, body), false)).toMatchObject(expected);
  });

  it('lets a code exchange without refresh token through', () => {
    expect(interpretTokenAnswer('X', answer(200, { access_token: 'at' }), false)).toEqual({
      access_token: 'at',
    });
  });
});

describe('interpretTokenAnswer: failures', () => {
  it.each([
    ['malformed JSON', answer(200, '{"access_token":'), false, 502, 'upstream_invalid_response'],
    ['an empty body', answer(200, ''), false, 502, 'upstream_invalid_response'],
    [
      'no access token',
      answer(200, { refresh_token: 'rt' }),
      false,
      502,
      'upstream_invalid_response',
    ],
    [
      'a negative expires_in',
      answer(200, { access_token: 'a', expires_in: -1 }),
      false,
      502,
      'upstream_invalid_response',
    ],
    [
      'a refresh without new refresh token',
      answer(200, { access_token: 'a' }),
      true,
      502,
      'upstream_invalid_response',
    ],
    ['a redirect', answer(302, ''), false, 502, 'upstream_invalid_response'],
    [
      'invalid_grant',
      answer(400, { error: 'invalid_grant', error_description: 'expired' }),
      false,
      400,
      'invalid_grant',
    ],
    ['invalid_client', answer(401, { error: 'invalid_client' }), false, 401, 'invalid_client'],
    [
      'Tesla login_required',
      answer(401, { error: 'login_required', error_description: '' }),
      false,
      401,
      'login_required',
    ],
    ['a 4xx without JSON', answer(403, '<html>'), false, 403, 'upstream_error'],
    ['a 500 with an HTML page', answer(500, '<html>oops</html>'), false, 502, 'upstream_error'],
    [
      'a 503 with an OAuth code',
      answer(503, { error: 'temporarily_unavailable' }),
      false,
      502,
      'temporarily_unavailable',
    ],
    ['an error code with a quote', answer(400, { error: 'a"b' }), false, 400, 'upstream_error'],
  ])('%s', (_name, value, requireRefresh, status, code) => {
    const error = failureOf(value, requireRefresh);
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
  });

  it('keeps the provider status and Retry-After for the app to honour', () => {
    const error = failureOf(answer(429, { error: 'rate_limited' }, '30'));
    expect(error).toBeInstanceOf(UpstreamOAuthError);
    expect(error.toBody()).toEqual({
      error: 'rate_limited',
      error_description: 'Enphase answered HTTP 429.',
      upstream_status: 429,
    });
    expect((error as UpstreamOAuthError).retryAfter).toBe('30');
  });

  it.each([
    ['error_description', { error: 'x', error_description: 'Bad code' }, 'Bad code'],
    [
      'Enphase message/details',
      { message: 'Not Authorized', details: 'User is not authorized' },
      'Not Authorized',
    ],
    [
      'a list of messages',
      { errorMessages: ['Data is temporarily unavailable'] },
      'Data is temporarily unavailable',
    ],
    ['control characters', { error_description: 'line1\nline2\u0000' }, 'line1 line2'],
    ['a long text', { error_description: 'x'.repeat(1000) }, `${'x'.repeat(299)}…`],
  ])('takes the description from %s', (_name, body, description) => {
    expect(failureOf(answer(400, body)).description).toBe(description);
  });
});
