// The partner set-up script's configuration: what it needs from the environment, its defaults,
// and a domain that is not a bare host refused before any call.
import { describe, expect, it } from 'vitest';
import {
  PartnerSetupError,
  registerTeslaPartner,
  registrationFromEnv,
  TESLA_DEFAULTS,
} from '../../../../relay/scripts/tesla-partner-register';

const env = {
  TESLA_CLIENT_ID: 'id',
  TESLA_CLIENT_SECRET: 'secret',
  TESLA_PARTNER_DOMAIN: 'relay.example.com',
};

describe('registrationFromEnv', () => {
  it('defaults to production Tesla in North America and Europe', () => {
    expect(registrationFromEnv(env)).toEqual({
      clientId: 'id',
      clientSecret: 'secret',
      domain: 'relay.example.com',
      authBase: TESLA_DEFAULTS.authBase,
      regionBases: TESLA_DEFAULTS.regionBases,
    });
  });

  it('takes a list of regional bases', () => {
    expect(
      registrationFromEnv({ ...env, TESLA_REGION_BASES: ' https://a.example , https://b.example,' })
        .regionBases,
    ).toEqual(['https://a.example', 'https://b.example']);
  });

  it('names every missing variable (and never a value)', () => {
    expect(() => registrationFromEnv({ TESLA_CLIENT_SECRET: 'secret' })).toThrow(
      new PartnerSetupError('Set TESLA_CLIENT_ID, TESLA_PARTNER_DOMAIN'),
    );
  });

  it.each(['https://relay.example.com', 'relay.example.com/path', ''])(
    'refuses the domain %j before calling anyone',
    async (domain) => {
      let calls = 0;
      const counting: typeof fetch = () => {
        calls += 1;
        return Promise.reject(new Error('no call expected'));
      };
      await expect(
        registerTeslaPartner({ ...registrationFromEnv(env), domain, fetch: counting }),
      ).rejects.toBeInstanceOf(PartnerSetupError);
      expect(calls).toBe(0);
    },
  );
});
