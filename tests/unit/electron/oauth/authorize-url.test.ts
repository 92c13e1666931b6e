import { describe, expect, it } from 'vitest';
import {
  enphaseAuthorizeUrl,
  solarEdgeAuthorizeUrl,
  relayRedirectUri,
} from '../../../../electron/oauth/authorize-url';

describe('relayRedirectUri', () => {
  it.each([
    ['https://relay.enalysis.app', 'https://relay.enalysis.app/oauth/enphase/callback'],
    ['https://relay.enalysis.app/', 'https://relay.enalysis.app/oauth/enphase/callback'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787/oauth/enphase/callback'],
    ['https://example.com/relay/', 'https://example.com/relay/oauth/enphase/callback'],
  ])('%s → %s', (relay, expected) => {
    expect(relayRedirectUri(relay, 'enphase')).toBe(expected);
  });
});

describe('enphaseAuthorizeUrl', () => {
  it('asks for a code with the client id, the relay callback and the state, and no scope', () => {
    const url = new URL(
      enphaseAuthorizeUrl({
        authBase: 'https://api.enphaseenergy.com/',
        clientId: 'client id&x',
        redirectUri: 'https://relay.enalysis.app/oauth/enphase/callback',
        state: 'st_ate-1',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://api.enphaseenergy.com/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client id&x',
      redirect_uri: 'https://relay.enalysis.app/oauth/enphase/callback',
      state: 'st_ate-1',
    });
  });
});

describe('solarEdgeAuthorizeUrl', () => {
  it('asks for a code with both Site Access scopes and the longest grant, at the configured host', () => {
    const url = new URL(
      solarEdgeAuthorizeUrl({
        authBase: 'https://connect.solaredge.com/',
        clientId: 'se-client',
        redirectUri: 'https://relay.enalysis.app/oauth/solaredge/callback',
        state: 'st_ate-1',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://connect.solaredge.com/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'se-client',
      redirect_uri: 'https://relay.enalysis.app/oauth/solaredge/callback',
      state: 'st_ate-1',
      scope: 'SITE_DATA DEVICE_DATA',
      access_duration: '24',
    });
  });
});
