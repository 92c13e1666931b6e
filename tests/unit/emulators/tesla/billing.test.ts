/**
 * The Tesla emulator's money rules: every answer under 500 costs the developer account, the
 * billing limit turns the next call into an unbilled 402, and too many calls in a minute get a
 * 429 with `after` in the body.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { NA_OWNER, type TeslaEmulator } from '../../../emulators/tesla';
import { fleetGet, NOW, startAt, tokensFor } from './session';

let tesla: TeslaEmulator | undefined;
afterEach(() => tesla?.stop());

describe('the Tesla emulator billing', () => {
  it('bills each answer under 500, not 5xx, and stops at the limit with 402', async () => {
    tesla = await startAt(NOW, { billing: { limitMicroUsd: 10_000 } });
    const { access } = await tokensFor(tesla, NA_OWNER);
    tesla.admin.injectFault({ path: '/users/region', status: 503 });
    expect((await fleetGet(tesla, 'NA', '/users/region', access)).status).toBe(503);
    expect(tesla.admin.billing().billedRequests).toBe(0);
    for (let i = 0; i < 5; i += 1) {
      expect((await fleetGet(tesla, 'NA', '/users/region', access)).status).toBe(200);
    }
    expect(tesla.admin.billing()).toMatchObject({ billedRequests: 5, spentMicroUsd: 10_000 });
    const refused = await fleetGet(tesla, 'NA', '/users/region', access);
    expect(refused.status).toBe(402);
    expect(refused.json.response).toBeNull();
    expect(tesla.admin.billing()).toMatchObject({ billedRequests: 5, refusedPaymentRequired: 1 });
    // A new month starts from zero.
    tesla.clock.set(Date.UTC(2026, 10, 1) / 1000);
    expect((await fleetGet(tesla, 'NA', '/users/region', access)).status).not.toBe(402);
  });

  it('answers 429 with after = seconds to the next minute, and bills it', async () => {
    tesla = await startAt(NOW + 15, { billing: { perMinute: 2 } });
    const { access } = await tokensFor(tesla, NA_OWNER);
    await fleetGet(tesla, 'NA', '/users/region', access);
    await fleetGet(tesla, 'NA', '/users/region', access);
    const limited = await fleetGet(tesla, 'NA', '/users/region', access);
    expect(limited.status).toBe(429);
    expect(limited.json).toMatchObject({ response: null, after: 45 });
    expect(tesla.admin.billing().billedRequests).toBe(3);
    tesla.clock.advance(45);
    expect((await fleetGet(tesla, 'NA', '/users/region', access)).status).toBe(200);
  });
});
