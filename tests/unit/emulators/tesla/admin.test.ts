/**
 * The Tesla emulator's admin over HTTP: the clock, faults, revocation, billing settings and
 * the truth of a local day (a spring daylight-saving day has 276 samples), with bad arguments
 * answered 400 rather than crashing the emulator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENERGY_SITE, EU_OWNER, type TeslaEmulator } from '../../../emulators/tesla';
import { fleetGet, NOW, startAt, tokensFor } from './session';

let tesla: TeslaEmulator;
beforeAll(async () => {
  tesla = await startAt(NOW);
});
afterAll(() => tesla.stop());

async function admin(method: string, path: string, body?: unknown) {
  const response = await fetch(`${tesla.url}/__admin${path}`, {
    method,
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('the Tesla emulator admin', () => {
  it('moves the clock and reports state', async () => {
    expect((await admin('POST', '/clock', { advance: 60 })).json.now).toBe(NOW + 60);
    expect((await admin('POST', '/clock', { set: NOW })).json.now).toBe(NOW);
  });

  it('injects a fault, revokes an owner and changes billing', async () => {
    const { access } = await tokensFor(tesla, EU_OWNER);
    await admin('POST', '/faults', { path: '/eu/api/1/products', status: 503 });
    expect((await fleetGet(tesla, 'EU', '/products', access)).status).toBe(503);
    expect((await admin('POST', '/owners/revoke', { login: EU_OWNER })).json.liveGrants).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ login: EU_OWNER })]),
    );
    expect((await fleetGet(tesla, 'EU', '/products', access)).status).toBe(401);
    await admin('POST', '/billing', { limitMicroUsd: 0 });
    const refused = await fleetGet(tesla, 'EU', '/products', access);
    expect(refused.status).toBe(402);
    await admin('POST', '/billing', { limitMicroUsd: 10_000_000 });
  });

  it('tells the truth of a local day; a spring day has 276 samples', async () => {
    const spring = await admin(
      'GET',
      `/day-truth?energy_site_id=${ENERGY_SITE.dublin}&date=2026-03-29`,
    );
    expect(spring.json).toMatchObject({ samples: 276, homeWh: null, batteryChargeWh: null });
    expect(spring.json.solarWh).toBeGreaterThan(0);
    const autumn = await admin(
      'GET',
      `/day-truth?energy_site_id=${ENERGY_SITE.munich}&date=2026-10-25`,
    );
    // The emulator's now is the Saturday before: the Sunday is not uploaded yet.
    expect(autumn.json).toMatchObject({ samples: 0, solarWh: null, homeWh: null });
  });

  it('answers bad arguments with 400', async () => {
    expect((await admin('GET', '/day-truth?energy_site_id=1&date=2026-10-25')).status).toBe(400);
    expect(
      (await admin('GET', `/day-truth?energy_site_id=${ENERGY_SITE.munich}&date=soon`)).status,
    ).toBe(400);
    expect((await admin('POST', '/billing', { perMinute: 0 })).status).toBe(400);
    expect((await admin('POST', '/owners/revoke', { login: 'nobody@example.com' })).status).toBe(
      400,
    );
  });
});
