import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../../electron/config';
import {
  regionOfBase,
  teslaAuthorizeUrl,
  teslaRegionBases,
} from '../../../../../electron/providers/tesla/sign-in';
import { subjectOfIdToken } from '../../../../../electron/oauth/token-set';

const config = loadConfig({ TESLA_API_BASE_EU: 'http://127.0.0.1:9/eu/' });

describe('teslaAuthorizeUrl', () => {
  it('asks for the energy scopes on Tesla’s own page, with the state', () => {
    const url = new URL(
      teslaAuthorizeUrl({
        authBase: 'https://auth.tesla.com/',
        clientId: 'client-1',
        redirectUri: 'https://relay.example/oauth/tesla/callback',
        state: 's+1',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://auth.tesla.com/oauth2/v3/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client-1',
      redirect_uri: 'https://relay.example/oauth/tesla/callback',
      scope: 'openid offline_access energy_device_data',
      state: 's+1',
      prompt_missing_scopes: 'true',
    });
  });
});

describe('regions', () => {
  it.each([
    ['https://fleet-api.prd.na.vn.cloud.tesla.com', 'NA'],
    ['http://127.0.0.1:9/eu', 'EU'],
    ['http://127.0.0.1:9/eu/', 'EU'],
    ['https://fleet-api.prd.cn.vn.cloud.tesla.cn', 'CN'],
    ['https://evil.example', null],
  ])('the base %s is region %s', (base, region) => {
    expect(regionOfBase(config, base)).toBe(region);
  });

  it('lists the configured bases NA first (the region is asked there)', () => {
    expect(teslaRegionBases(config)[0]).toBe('https://fleet-api.prd.na.vn.cloud.tesla.com');
    expect(teslaRegionBases(config)).toHaveLength(3);
  });
});

describe('subjectOfIdToken', () => {
  const jwt = (claims: unknown) =>
    ['e30', Buffer.from(JSON.stringify(claims)).toString('base64url'), 'sig'].join('.');
  it.each([
    [jwt({ sub: '4ee0ff28-f3e8-5a62-73a8-c567fde10366' }), '4ee0ff28-f3e8-5a62-73a8-c567fde10366'],
    [jwt({ sub: 'has space' }), null],
    [jwt({ sub: 42 }), null],
    [jwt(null), null],
    ['not-a-jwt', null],
    ['a.!!!.c', null],
    [undefined, null],
  ])('reads the owner from %j', (token, subject) => {
    expect(subjectOfIdToken(token)).toBe(subject);
  });
});
