import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../electron/config';

describe('loadConfig', () => {
  it('uses the built-in public defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.enphase.apiBase).toBe('https://api.enphaseenergy.com');
    expect(config.dataDir).toBeNull();
  });

  it('lets environment variables point the app at emulators and staging', () => {
    const config = loadConfig({
      ENALYSIS_RELAY_URL: 'http://127.0.0.1:8787',
      ENPHASE_API_BASE: 'http://127.0.0.1:9001',
      ENPHASE_CLIENT_ID: 'public-client-id',
      ENALYSIS_DATA_DIR: '/tmp/enalysis-test',
    });
    expect(config.relayUrl).toBe('http://127.0.0.1:8787');
    expect(config.enphase.apiBase).toBe('http://127.0.0.1:9001');
    expect(config.enphase.clientId).toBe('public-client-id');
    expect(config.dataDir).toBe('/tmp/enalysis-test');
  });

  it('names the variable when an override is malformed', () => {
    expect(() => loadConfig({ ENPHASE_API_BASE: 'not a url' })).toThrow(ConfigError);
    expect(() => loadConfig({ ENPHASE_API_BASE: 'not a url' })).toThrow(/ENPHASE_API_BASE/);
    expect(() => loadConfig({ ENALYSIS_RELAY_URL: 'ftp://relay' })).toThrow(/ENALYSIS_RELAY_URL/);
  });

  it('has no place for a client secret', () => {
    const config = loadConfig({ ENPHASE_CLIENT_SECRET: 'top-secret' });
    expect(JSON.stringify(config)).not.toContain('top-secret');
  });

  it('takes the Enphase plan and share from the platform configuration, Kilowatt at 100 % by default', () => {
    expect(loadConfig({}).enphase).toMatchObject({ plan: 'kilowatt', sharePercent: 100 });
    expect(
      loadConfig({ ENPHASE_PLAN: 'Megawatt', ENPHASE_SHARE_PERCENT: '25' }).enphase,
    ).toMatchObject({ plan: 'megawatt', sharePercent: 25 });
    expect(() => loadConfig({ ENPHASE_PLAN: 'gigawatt' })).toThrow(/ENPHASE_PLAN is invalid/);
    expect(() => loadConfig({ ENPHASE_SHARE_PERCENT: '0' })).toThrow(
      /ENPHASE_SHARE_PERCENT is invalid/,
    );
    expect(() => loadConfig({ ENPHASE_SHARE_PERCENT: 'half' })).toThrow(
      /ENPHASE_SHARE_PERCENT is invalid/,
    );
  });

  describe('in a packaged build', () => {
    const packaged = { packaged: true };

    it.each([
      ['ENALYSIS_RELAY_URL', 'http://relay.example.com'],
      ['ENPHASE_AUTH_BASE', 'http://10.0.0.5:8080'],
      ['ENPHASE_API_BASE', 'http://api.enphaseenergy.com'],
      ['TESLA_TOKEN_BASE', 'http://127.0.0.1.nip.io'],
      ['SOLAREDGE_AUTH_BASE', 'http://localhost.evil.example'],
    ])('refuses %s over clear-text http to a non-loopback host (%s)', (name, value) => {
      expect(() => loadConfig({ [name]: value }, packaged)).toThrow(
        new RegExp(`${name} is invalid: .*https`),
      );
      // A development build keeps accepting it: staging and emulators on other machines.
      expect(() => loadConfig({ [name]: value })).not.toThrow();
    });

    it.each(['http://127.0.0.1:8787', 'http://localhost:8787', 'http://[::1]:8787'])(
      'accepts http on loopback (%s)',
      (value) => {
        expect(loadConfig({ ENALYSIS_RELAY_URL: value }, packaged).relayUrl).toBe(value);
      },
    );

    it('accepts https anywhere', () => {
      const config = loadConfig({ ENPHASE_API_BASE: 'https://staging.example.com' }, packaged);
      expect(config.enphase.apiBase).toBe('https://staging.example.com');
    });
  });
});

describe('the operator share override', () => {
  it.each([
    [undefined, false, 100],
    ['', false, 100],
    ['25', true, 25],
  ])('ENPHASE_SHARE_PERCENT=%s fixes the share: %s (%s %%)', (value, fixed, share) => {
    const { enphase } = loadConfig({ ENPHASE_SHARE_PERCENT: value });
    expect(enphase.shareFixed).toBe(fixed);
    expect(enphase.sharePercent).toBe(share);
  });

  it.each(['0', '101', 'half', '12.5'])('refuses %s, naming the variable', (value) => {
    expect(() => loadConfig({ ENPHASE_SHARE_PERCENT: value })).toThrow(
      /ENPHASE_SHARE_PERCENT is invalid/,
    );
  });
});
