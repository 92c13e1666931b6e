/**
 * The emulator's admin surface over HTTP (what an E2E test in another process uses): clock,
 * truth per site and local day, credits, revocation and faults.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLEET_KEY, OWNER_A, SITE, type SolarEdgeEmulator } from '../../../emulators/solaredge';
import { apiGet, connectOwner, NOW, startAt } from './session';

let se: SolarEdgeEmulator;
beforeAll(async () => {
  se = await startAt(NOW);
});
afterAll(() => se.stop());

async function admin(method: string, path: string, body?: unknown) {
  const response = await fetch(`${se.url}/__admin${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('the admin routes', () => {
  it('moves the clock, and the truth of a day grows with it until the day is done', async () => {
    await admin('POST', '/clock', { set: Date.parse('2026-10-25T09:00:00Z') / 1000 });
    const morning = await admin('GET', `/day-wh?site_id=${SITE.berlin}&date=2026-10-25`);
    await admin('POST', '/clock', { advance: 6 * 3600 });
    const afternoon = await admin('GET', `/day-wh?site_id=${SITE.berlin}&date=2026-10-25`);
    expect(afternoon.json.wh as number).toBeGreaterThan(morning.json.wh as number);
    await admin('POST', '/clock', { set: NOW });
    const done = await admin('GET', `/day-wh?site_id=${SITE.berlin}&date=2026-10-25`);
    expect(done.json.wh).toBe(se.admin.dayWh(SITE.berlin, '2026-10-25'));
    expect(se.admin.dayQuarters(SITE.berlin, '2026-10-25')).toHaveLength(100);
    expect(se.admin.dayWh(SITE.berlin, '2026-11-20')).toBeNull();
  });

  it('sets credit limits and exhausts a month for one payer', async () => {
    await admin('POST', '/credits/limits', {
      perMinute: 10,
      perMonth: 2_000,
      payer: { apiKey: FLEET_KEY },
    });
    await admin('POST', '/credits/exhaust-month', { payer: { apiKey: FLEET_KEY } });
    const refused = await apiGet(se, `/v2/sites/${SITE.berlin}`, { apiKey: FLEET_KEY });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeNull();
    await admin('POST', '/credits/reset');
    expect((await apiGet(se, `/v2/sites/${SITE.berlin}`, { apiKey: FLEET_KEY })).status).toBe(200);
  });

  it('revokes an owner and a key, and lists live grants in the state', async () => {
    const grant = await connectOwner(se, OWNER_A);
    expect(((await admin('GET', '/state')).json.grants as unknown[]).length).toBeGreaterThan(0);
    await admin('POST', '/owners/revoke', { login: OWNER_A });
    expect((await apiGet(se, `/v2/sites/${SITE.munich}`, { token: grant.access })).status).toBe(
      401,
    );
    await admin('POST', '/keys/revoke', { apiKey: 'se-fleet-key-harbor-0002' });
    expect(
      (await apiGet(se, `/v2/sites/${SITE.lisbon}`, { apiKey: 'se-fleet-key-harbor-0002' })).status,
    ).toBe(401);
  });

  it('injects a fault as a problem document, once', async () => {
    await admin('POST', '/faults', { path: '/overview', status: 503 });
    const failed = await apiGet(se, `/v2/sites/${SITE.berlin}/overview`, { apiKey: FLEET_KEY });
    expect(failed.status).toBe(503);
    expect(failed.json.status).toBe(503);
    expect(
      (await apiGet(se, `/v2/sites/${SITE.berlin}/overview`, { apiKey: FLEET_KEY })).status,
    ).toBe(200);
  });

  it('refuses a bad admin request with a 400 that names the problem', async () => {
    const bad = await admin('GET', `/day-wh?site_id=${SITE.berlin}&date=26-10-2026`);
    expect(bad.status).toBe(400);
    expect(bad.json.error).toBe('InvalidSolarEdgeAdminError');
    expect((await admin('POST', '/owners/revoke', { login: 'nobody@example.com' })).status).toBe(
      400,
    );
  });
});
