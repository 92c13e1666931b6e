import { describe, expect, it } from 'vitest';
import { buildTokenRequest, type EnabledProvider, type TokenGrant } from '../../../relay/providers';

const credentials = { clientId: 'id-1', clientSecret: 's3cr3t' };
const provider = (id: EnabledProvider['id'], authBase: string): EnabledProvider => ({
  id,
  displayName: id,
  authBase,
  credentials,
  disabledReason: null,
  pkce: false,
});
const code: TokenGrant = {
  type: 'authorization_code',
  code: 'c&1',
  redirectUri: 'https://relay.example/oauth/x/callback',
};
const refresh: TokenGrant = { type: 'refresh_token', refreshToken: 'rt+1' };
const options = {
  teslaAudiences: {
    NA: 'https://fleet-api.prd.na.vn.cloud.tesla.com',
    EU: 'https://fleet-api.prd.eu.vn.cloud.tesla.com',
    CN: 'https://fleet-api.prd.cn.vn.cloud.tesla.cn',
  },
};
const basic = `Basic ${Buffer.from('id-1:s3cr3t').toString('base64')}`;

describe('buildTokenRequest', () => {
  it.each([
    [
      'Enphase code',
      provider('enphase', 'https://api.enphaseenergy.com'),
      code,
      {
        url: 'https://api.enphaseenergy.com/oauth/token?grant_type=authorization_code&redirect_uri=https%3A%2F%2Frelay.example%2Foauth%2Fx%2Fcallback&code=c%261',
        headers: { authorization: basic, accept: 'application/json' },
        body: null,
      },
    ],
    [
      'Enphase refresh',
      provider('enphase', 'https://api.enphaseenergy.com'),
      refresh,
      {
        url: 'https://api.enphaseenergy.com/oauth/token?grant_type=refresh_token&refresh_token=rt%2B1',
        headers: { authorization: basic, accept: 'application/json' },
        body: null,
      },
    ],
  ])('%s: query string, Basic header, empty body', (_name, target, grant, expected) => {
    expect(buildTokenRequest(target, grant, options)).toEqual(expected);
  });

  it.each([
    [
      'Tesla code',
      provider('tesla', 'https://fleet-auth.prd.vn.cloud.tesla.com'),
      code,
      'https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3/token',
      {
        grant_type: 'authorization_code',
        client_id: 'id-1',
        client_secret: 's3cr3t',
        code: 'c&1',
        redirect_uri: 'https://relay.example/oauth/x/callback',
        audience: 'https://fleet-api.prd.na.vn.cloud.tesla.com',
      },
    ],
    [
      'Tesla code with an EU prefix (the region as the code says)',
      provider('tesla', 'https://fleet-auth.prd.vn.cloud.tesla.com'),
      { ...code, code: 'EU_c1' },
      'https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3/token',
      {
        grant_type: 'authorization_code',
        client_id: 'id-1',
        client_secret: 's3cr3t',
        code: 'EU_c1',
        redirect_uri: 'https://relay.example/oauth/x/callback',
        audience: 'https://fleet-api.prd.eu.vn.cloud.tesla.com',
      },
    ],
    [
      'Tesla code the app names a region for (the app wins over the prefix)',
      provider('tesla', 'https://fleet-auth.prd.vn.cloud.tesla.com'),
      { ...code, code: 'NA_c1', region: 'CN' as const },
      'https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3/token',
      {
        grant_type: 'authorization_code',
        client_id: 'id-1',
        client_secret: 's3cr3t',
        code: 'NA_c1',
        redirect_uri: 'https://relay.example/oauth/x/callback',
        audience: 'https://fleet-api.prd.cn.vn.cloud.tesla.cn',
      },
    ],
    [
      'Tesla refresh (client id only, as Tesla documents)',
      provider('tesla', 'https://fleet-auth.prd.vn.cloud.tesla.com'),
      refresh,
      'https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3/token',
      { grant_type: 'refresh_token', client_id: 'id-1', refresh_token: 'rt+1' },
    ],
    [
      'Tesla refresh in a named region (keeps its audience)',
      provider('tesla', 'https://fleet-auth.prd.vn.cloud.tesla.com'),
      { ...refresh, region: 'EU' as const },
      'https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3/token',
      {
        grant_type: 'refresh_token',
        client_id: 'id-1',
        refresh_token: 'rt+1',
        audience: 'https://fleet-api.prd.eu.vn.cloud.tesla.com',
      },
    ],
    [
      'SolarEdge code',
      provider('solaredge', 'https://monitoringapi.solaredge.com'),
      code,
      'https://monitoringapi.solaredge.com/v2/oauth2/token',
      {
        grant_type: 'authorization_code',
        code: 'c&1',
        redirect_uri: 'https://relay.example/oauth/x/callback',
        client_id: 'id-1',
        client_secret: 's3cr3t',
      },
    ],
    [
      'SolarEdge refresh',
      provider('solaredge', 'https://monitoringapi.solaredge.com'),
      refresh,
      'https://monitoringapi.solaredge.com/v2/oauth2/token',
      {
        grant_type: 'refresh_token',
        refresh_token: 'rt+1',
        client_id: 'id-1',
        client_secret: 's3cr3t',
      },
    ],
  ])('%s: form body, no Authorization header', (_name, target, grant, url, form) => {
    const request = buildTokenRequest(target, grant, options);
    expect(request.url).toBe(url);
    expect(request.headers).toEqual({
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    });
    expect(Object.fromEntries(new URLSearchParams(request.body ?? ''))).toEqual(form);
  });
});
