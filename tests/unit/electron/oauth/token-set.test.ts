import { describe, expect, it } from 'vitest';
import { parseTokenResponse } from '../../../../electron/oauth/token-set';

const enphaseAnswer = {
  access_token: 'eyJ.access',
  token_type: 'bearer',
  refresh_token: 'eyJ.refresh',
  expires_in: 86393,
  scope: 'read write',
  enl_uid: '2310001',
  enl_cid: '700',
  enl_password_last_changed: '1693526400',
  is_internal_app: false,
  app_type: 'partner',
  jti: 'b1c2',
};

describe('parseTokenResponse', () => {
  it("reads Enphase's answer into the app's names, dropping the rest", () => {
    expect(parseTokenResponse(enphaseAnswer)).toEqual({
      accessToken: 'eyJ.access',
      refreshToken: 'eyJ.refresh',
      expiresIn: 86393,
      scope: 'read write',
      accountId: '2310001',
    });
  });

  it.each([
    ['expires_in as digits', { expires_in: '3600' }, { expiresIn: 3600 }],
    ['a numeric enl_uid', { enl_uid: 2310001 }, { accountId: '2310001' }],
    ['scope as a list', { scope: ['read', 'write'] }, { scope: 'read write' }],
    ['no scope', { scope: undefined }, { scope: '' }],
    ['no enl_uid', { enl_uid: undefined }, { accountId: null }],
  ])('accepts %s', (_label, patch, expected) => {
    expect(parseTokenResponse({ ...enphaseAnswer, ...patch })).toMatchObject(expected);
  });

  it.each([
    ['no access token', { access_token: undefined }],
    ['an empty access token', { access_token: '' }],
    ['no refresh token', { refresh_token: undefined }],
    ['a negative lifetime', { expires_in: -1 }],
    ['a zero lifetime', { expires_in: 0 }],
    ['a fractional lifetime', { expires_in: 1.5 }],
    ['an absurd lifetime', { expires_in: 10 ** 12 }],
    ['an enl_uid with a slash', { enl_uid: '../x' }],
  ])('refuses %s', (_label, patch) => {
    expect(parseTokenResponse({ ...enphaseAnswer, ...patch })).toBeNull();
  });

  it.each([null, 'text', 42, []])('refuses a body that is %j', (body) => {
    expect(parseTokenResponse(body)).toBeNull();
  });
});
