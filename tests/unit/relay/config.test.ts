import { describe, expect, it } from 'vitest';
import { loadRelayConfig, RelayConfigError } from '../../../relay/config';

const pem = [
  '-----BEGIN PUBLIC KEY-----',
  'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEuOqnldseU3uRqoav0mlCiNcLFTvM',
  'f+HAnyknFlaEEfDzdA9bXpJZ36308KYg2zkfQRAHrvpztRtyLdhmXMM3mQ==',
  '-----END PUBLIC KEY-----',
].join('\n');

const allCredentials = {
  ENPHASE_CLIENT_ID: 'enphase-id',
  ENPHASE_CLIENT_SECRET: 'enphase-secret',
  TESLA_CLIENT_ID: 'tesla-id',
  TESLA_CLIENT_SECRET: 'tesla-secret',
  SOLAREDGE_CLIENT_ID: 'solaredge-id',
  SOLAREDGE_CLIENT_SECRET: 'solaredge-secret',
  RELAY_CODE_KEY: Buffer.alloc(32, 7).toString('base64'),
};

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadRelayConfig(env);
  } catch (error) {
    if (error instanceof RelayConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadRelayConfig with nothing set', () => {
  const { config, warnings } = loadRelayConfig({});

  it('uses the documented defaults', () => {
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8787,
      publicUrl: 'http://localhost:8787',
      appScheme: 'enalysis',
      rateLimitPerMinute: 60,
      upstreamTimeoutMs: 10_000,
      clientIpHeader: null,
      teslaPublicKeyPem: null,
      teslaAudiences: {
        NA: 'https://fleet-api.prd.na.vn.cloud.tesla.com',
        EU: 'https://fleet-api.prd.eu.vn.cloud.tesla.com',
        CN: 'https://fleet-api.prd.cn.vn.cloud.tesla.cn',
      },
    });
    expect(config.providers.enphase.authBase).toBe('https://api.enphaseenergy.com');
    expect(config.providers.tesla.authBase).toBe('https://fleet-auth.prd.vn.cloud.tesla.com');
    expect(config.providers.solaredge.authBase).toBe('https://monitoringapi.solaredge.com');
    expect([...config.allowedRedirectUris]).toEqual([
      'http://localhost:8787/oauth/enphase/callback',
      'http://localhost:8787/oauth/solaredge/callback',
      'http://localhost:8787/oauth/tesla/callback',
    ]);
  });

  it('disables every provider and warns about each missing variable', () => {
    expect(Object.values(config.providers).map((p) => p.credentials)).toEqual([null, null, null]);
    expect(warnings).toEqual([
      'No provider is enabled: every /oauth/* call will answer provider_disabled.',
      'enphase is disabled: ENPHASE_CLIENT_ID and ENPHASE_CLIENT_SECRET are not set.',
      'solaredge is disabled: SOLAREDGE_CLIENT_ID and SOLAREDGE_CLIENT_SECRET are not set.',
      'tesla is disabled: TESLA_CLIENT_ID and TESLA_CLIENT_SECRET are not set.',
      'RELAY_PUBLIC_URL is not set: assuming http://localhost:8787 (development only).',
      'RELAY_CODE_KEY is not set: browser sign-ins work only while this one instance serves them.',
    ]);
    expect(config.codeKey).toHaveLength(32);
    expect(Object.values(config.providers).map((p) => p.pkce)).toEqual([false, false, false]);
  });
});

describe('code sealing key and PKCE', () => {
  it('reads a 32-byte RELAY_CODE_KEY and the PKCE switches', () => {
    const { config } = loadRelayConfig({ ...allCredentials, TESLA_PKCE: 'true' });
    expect([...config.codeKey]).toEqual(new Array(32).fill(7));
    expect(config.providers.tesla.pkce).toBe(true);
    expect(config.providers.solaredge.pkce).toBe(false);
  });

  it.each([
    ['a short key', { RELAY_CODE_KEY: 'c2hvcnQ=' }, 'RELAY_CODE_KEY'],
    ['a PKCE switch that is not a boolean', { TESLA_PKCE: 'yes' }, 'TESLA_PKCE'],
  ])('refuses %s', (_name, env, variable) => {
    expect(problemsOf(env).map((line) => line.split(' ')[0])).toEqual([variable]);
  });
});

describe('loadRelayConfig with a production environment', () => {
  const { config, warnings } = loadRelayConfig({
    ...allCredentials,
    RELAY_PUBLIC_URL: 'https://relay.enalysis.example/',
    RELAY_PORT: '9000',
    RELAY_APP_SCHEME: 'Enalysis',
    RELAY_RATE_LIMIT_PER_MINUTE: ' 120 ',
    RELAY_UPSTREAM_TIMEOUT_MS: '2500',
    RELAY_CLIENT_IP_HEADER: 'X-Forwarded-For',
    TESLA_PUBLIC_KEY_PEM: pem,
    TESLA_AUDIENCE_EU: 'https://fleet-api.eu.staging.example/',
    ENPHASE_AUTH_BASE: 'https://staging.enphase.example/base/',
  });

  it('enables every provider without warnings', () => {
    expect(warnings).toEqual([]);
    expect(config.providers.tesla.credentials).toEqual({
      clientId: 'tesla-id',
      clientSecret: 'tesla-secret',
    });
  });

  it('normalises URLs, numbers, the scheme and the header name', () => {
    expect(config.publicUrl).toBe('https://relay.enalysis.example');
    expect(config.providers.enphase.authBase).toBe('https://staging.enphase.example/base');
    expect(config.teslaAudiences.EU).toBe('https://fleet-api.eu.staging.example');
    expect(config.teslaAudiences.NA).toBe('https://fleet-api.prd.na.vn.cloud.tesla.com');
    expect(config.appScheme).toBe('enalysis');
    expect(config.rateLimitPerMinute).toBe(120);
    expect(config.upstreamTimeoutMs).toBe(2500);
    expect(config.port).toBe(9000);
    expect(config.clientIpHeader).toBe('x-forwarded-for');
    expect(config.teslaPublicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
  });

  it('allows exactly the relay callback URLs built from RELAY_PUBLIC_URL', () => {
    expect([...config.allowedRedirectUris]).toEqual([
      'https://relay.enalysis.example/oauth/enphase/callback',
      'https://relay.enalysis.example/oauth/solaredge/callback',
      'https://relay.enalysis.example/oauth/tesla/callback',
    ]);
  });
});

describe('partial configuration', () => {
  it('disables a provider with one credential and names the missing one', () => {
    const { config, warnings } = loadRelayConfig({
      ...allCredentials,
      RELAY_PUBLIC_URL: 'https://r.example',
      TESLA_CLIENT_SECRET: '   ',
    });
    expect(config.providers.tesla.credentials).toBeNull();
    expect(config.providers.tesla.disabledReason).toBe(
      'This relay has no Tesla credentials configured.',
    );
    expect(warnings).toEqual(['tesla is disabled: TESLA_CLIENT_SECRET is not set.']);
  });

  it('warns when Tesla is enabled without its public key', () => {
    const { warnings } = loadRelayConfig({
      TESLA_CLIENT_ID: 'a',
      TESLA_CLIENT_SECRET: 'b',
      RELAY_PUBLIC_URL: 'https://r.example',
    });
    expect(warnings).toContain(
      'TESLA_PUBLIC_KEY_PEM is not set: Tesla partner registration cannot fetch the public key.',
    );
  });

  it('takes an explicit redirect allowlist, comma separated', () => {
    const { config } = loadRelayConfig({
      RELAY_ALLOWED_REDIRECT_URIS:
        ' https://a.example/oauth/enphase/callback , http://localhost:5173/cb,,',
    });
    expect([...config.allowedRedirectUris]).toEqual([
      'https://a.example/oauth/enphase/callback',
      'http://localhost:5173/cb',
    ]);
  });
});

describe('malformed variables refuse to start, one line each', () => {
  it.each([
    [
      'RELAY_PORT',
      'eighty',
      'RELAY_PORT must be a whole number from 0 to 65535, a TCP port (got "eighty")',
    ],
    [
      'RELAY_PORT',
      '70000',
      'RELAY_PORT must be a whole number from 0 to 65535, a TCP port (got "70000")',
    ],
    [
      'RELAY_RATE_LIMIT_PER_MINUTE',
      '0',
      'RELAY_RATE_LIMIT_PER_MINUTE must be a whole number from 1',
    ],
    [
      'RELAY_UPSTREAM_TIMEOUT_MS',
      '1.5',
      'RELAY_UPSTREAM_TIMEOUT_MS must be a whole number from 1 to 120000',
    ],
    [
      'ENPHASE_AUTH_BASE',
      'api.enphaseenergy.com',
      'ENPHASE_AUTH_BASE must be an absolute URL (got "api.enphaseenergy.com")',
    ],
    [
      'TESLA_AUTH_BASE',
      'http://auth.tesla.example',
      'TESLA_AUTH_BASE must use https (http only for localhost)',
    ],
    [
      'SOLAREDGE_AUTH_BASE',
      'https://u:p@host.example',
      'SOLAREDGE_AUTH_BASE must not carry credentials',
    ],
    ['ENPHASE_AUTH_BASE', 'https://host.example/?x=1', 'ENPHASE_AUTH_BASE must not carry a ?query'],
    ['RELAY_PUBLIC_URL', 'ftp://relay.example', 'RELAY_PUBLIC_URL must use https'],
    ['TESLA_AUDIENCE_EU', 'eu', 'TESLA_AUDIENCE_EU must be an absolute URL'],
    ['RELAY_APP_SCHEME', 'https', 'RELAY_APP_SCHEME must be the app\'s own scheme, not "https"'],
    [
      'RELAY_APP_SCHEME',
      'javascript',
      'RELAY_APP_SCHEME must be the app\'s own scheme, not "javascript"',
    ],
    ['RELAY_APP_SCHEME', 'en alysis', 'RELAY_APP_SCHEME must be a URL scheme'],
    [
      'RELAY_ALLOWED_REDIRECT_URIS',
      'https://ok.example/cb,evil',
      'RELAY_ALLOWED_REDIRECT_URIS entry must be an absolute URL (got "evil")',
    ],
    ['RELAY_CLIENT_IP_HEADER', 'X Forwarded', 'RELAY_CLIENT_IP_HEADER must be an HTTP header name'],
    [
      'TESLA_PUBLIC_KEY_PEM',
      'not a key',
      'TESLA_PUBLIC_KEY_PEM is not a usable PEM: missing PEM armour',
    ],
    [
      'ENPHASE_CLIENT_SECRET',
      'abc\ndef',
      'ENPHASE_CLIENT_SECRET must be 1-512 printable characters',
    ],
  ])('%s=%j', (name, value, expected) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it('reports every problem at once', () => {
    const problems = problemsOf({
      RELAY_PORT: 'x',
      ENPHASE_AUTH_BASE: 'nope',
      TESLA_PUBLIC_KEY_PEM: 'nope',
    });
    expect(problems.map((line) => line.split(' ')[0])).toEqual([
      'RELAY_PORT',
      'ENPHASE_AUTH_BASE',
      'TESLA_PUBLIC_KEY_PEM',
    ]);
  });

  it('never repeats a secret in the message', () => {
    const problems = problemsOf({
      SOLAREDGE_CLIENT_SECRET: 'very secret value',
      ENPHASE_AUTH_BASE: 'https://user:hunter22@auth.example',
    });
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).not.toMatch(/very secret value|hunter22/);
  });

  it('allows plain http for loopback test upstreams', () => {
    expect(problemsOf({ ENPHASE_AUTH_BASE: 'http://127.0.0.1:4010' })).toEqual([]);
  });
});
