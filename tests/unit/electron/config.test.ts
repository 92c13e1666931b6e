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
});

describe('the operator share override', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['25', 25],
  ])('ENALYSIS_ENPHASE_SHARE_PERCENT=%s gives %s', (value, share) => {
    expect(loadConfig({ ENALYSIS_ENPHASE_SHARE_PERCENT: value }).enphaseShareOverride).toBe(share);
  });

  it.each(['0', '101', 'half', '12.5'])('refuses %s, naming the variable', (value) => {
    expect(() => loadConfig({ ENALYSIS_ENPHASE_SHARE_PERCENT: value })).toThrow(
      /ENALYSIS_ENPHASE_SHARE_PERCENT is invalid/,
    );
  });
});
