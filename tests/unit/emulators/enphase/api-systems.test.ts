/**
 * The API gate (key, token, ownership) and the system resources: list pages, one system,
 * summary and devices, as the app's Enphase provider reads them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  ACCOUNT_C,
  type EnphaseEmulator,
  type TokenResponse,
} from '../../../emulators/enphase';
import { apiGet, connect, NOW, startAt } from './session';

let emulator: EnphaseEmulator;
let tokenA: TokenResponse;
let tokenC: TokenResponse;
beforeAll(async () => {
  emulator = await startAt(NOW, { plan: 'partner' });
  tokenA = await connect(emulator, ACCOUNT_A);
  tokenC = await connect(emulator, ACCOUNT_C);
});
afterAll(() => emulator.stop());

describe('the gate in front of every /api/v4 call', () => {
  const url = (path: string, query: string) => `${emulator.url}/api/v4${path}?${query}`;

  it('takes the API key from the query or from a header named key', async () => {
    const headers = { authorization: `Bearer ${tokenA.access_token}` };
    expect((await fetch(url('/systems', `key=${emulator.app.apiKey}`), { headers })).status).toBe(
      200,
    );
    const viaHeader = await fetch(url('/systems', ''), {
      headers: { ...headers, key: emulator.app.apiKey },
    });
    expect(viaHeader.status).toBe(200);
  });

  it('answers a key of another application with 401 "API Key -Client mismatch"', async () => {
    const response = await fetch(url('/systems', 'key=another-apps-key'), {
      headers: { authorization: `Bearer ${tokenA.access_token}` },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      message: 'Not Authorized',
      details: 'API Key -Client mismatch',
      code: 401,
    });
  });

  it('answers a missing key and a missing or unknown token with 401', async () => {
    const noKey = await fetch(url('/systems', ''), {
      headers: { authorization: `Bearer ${tokenA.access_token}` },
    });
    expect(noKey.status).toBe(401);
    const noToken = await fetch(url('/systems', `key=${emulator.app.apiKey}`));
    expect(noToken.status).toBe(401);
    const forged = await apiGet(emulator, 'eyJhbGciOiJIUzI1NiJ9.e30.forged', '/systems');
    expect(forged.body).toEqual({
      message: 'Not Authorized',
      details: 'User is not authorized',
      code: 401,
    });
  });

  it("refuses another owner's system with 403 and an unknown one with the doc's 404", async () => {
    const foreign = await apiGet(emulator, tokenA.access_token, '/systems/4303301/summary');
    expect(foreign.status).toBe(403);
    expect(foreign.body.details).toBe('Not authorized to access this resource');
    const missing = await apiGet(emulator, tokenA.access_token, '/systems/1');
    expect(missing.status).toBe(404);
    expect(missing.body.details).toBe('System not found for {:id=>"1"}');
  });
});

describe('GET /systems', () => {
  it("pages account C's 12 systems over 2 pages of 10", async () => {
    const first = await apiGet(emulator, tokenC.access_token, '/systems');
    expect(first.body).toMatchObject({
      total: 12,
      current_page: 1,
      size: 10,
      count: 10,
      items: 'systems',
    });
    const second = await apiGet(emulator, tokenC.access_token, '/systems', { page: '2' });
    expect(second.body).toMatchObject({ total: 12, current_page: 2, count: 2 });
    const ids = [...first.body.systems, ...second.body.systems].map((s) => s.system_id);
    expect(new Set(ids).size).toBe(12);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('reports energy and size as -1 and real report instants', async () => {
    const { body } = await apiGet(emulator, tokenC.access_token, '/systems', { size: '100' });
    expect(body.count).toBe(12);
    for (const system of body.systems) {
      expect(system).toMatchObject({ energy_lifetime: -1, energy_today: -1, system_size: -1 });
      expect(system.last_report_at).toBeLessThanOrEqual(NOW);
      expect(system.last_report_at).toBeGreaterThan(NOW - 7 * 86_400);
      expect(typeof system.operational_at).toBe('number');
      expect(system.address).toHaveProperty('postal_code');
      expect(['wifi', 'cellular', 'ethernet']).toContain(system.connection_type);
    }
    const zones = body.systems.map((s: { timezone: string }) => s.timezone);
    expect(zones).toContain('US/Pacific');
    expect(zones).toContain('US/Mountain');
  });

  it('sorts by name descending with a - prefix', async () => {
    const { body } = await apiGet(emulator, tokenC.access_token, '/systems', {
      size: '100',
      sort_by: '-name',
    });
    const names = body.systems.map((s: { name: string }) => s.name);
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
  });

  it.each<Record<string, string>>([
    { size: '101' },
    { size: '0' },
    { page: 'x' },
    { sort_by: 'size' },
  ])('refuses %o with 422', async (query) => {
    expect((await apiGet(emulator, tokenC.access_token, '/systems', query)).status).toBe(422);
  });

  it('shows account B only its own 2 systems', async () => {
    const tokenB = await connect(emulator, ACCOUNT_B);
    const { body } = await apiGet(emulator, tokenB.access_token, '/systems');
    expect(body.total).toBe(2);
  });
});

describe('one system', () => {
  it('GET /systems/{id} is the list item', async () => {
    const { status, body } = await apiGet(emulator, tokenA.access_token, '/systems/4201103');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      system_id: 4_201_103,
      connection_type: 'cellular',
      timezone: 'US/Pacific',
      system_size: -1,
    });
  });

  it("summary: today's energy, power and size; a past date has 0 W, 0 modules, 0 size", async () => {
    const today = await apiGet(emulator, tokenA.access_token, '/systems/4201101/summary');
    expect(today.body).toMatchObject({
      system_id: 4_201_101,
      summary_date: '2025-11-20',
      size_w: 98_400,
      modules: 240,
      source: 'microinverters',
      status: 'normal',
    });
    expect(today.body.energy_today).toBe(emulator.admin.expectedDailyWh(4_201_101, '2025-11-20'));
    expect(today.body.current_power).toBeGreaterThan(0);
    const past = await apiGet(emulator, tokenA.access_token, '/systems/4201101/summary', {
      summary_date: '2025-11-18',
    });
    expect(past.body).toMatchObject({ current_power: 0, modules: 0, size_w: 0 });
    expect(past.body.energy_today).toBe(emulator.admin.expectedDailyWh(4_201_101, '2025-11-18'));
    // The lifetime counter excludes the summary's own day and grows by each finished day.
    const dayBefore = await apiGet(emulator, tokenA.access_token, '/systems/4201101/summary', {
      summary_date: '2025-11-19',
    });
    expect(dayBefore.body.energy_lifetime - past.body.energy_lifetime).toBe(past.body.energy_today);
  });

  it("summary of a future date is the doc's 422", async () => {
    const answer = await apiGet(emulator, tokenA.access_token, '/systems/4201101/summary', {
      summary_date: '2025-11-22',
    });
    expect(answer.status).toBe(422);
    expect(answer.body.details).toBe('Requested date is in the future');
  });

  it('devices: every micro, a meter and a gateway with statuses', async () => {
    const { body } = await apiGet(emulator, tokenA.access_token, '/systems/4201103/devices');
    expect(body.system_id).toBe(4_201_103);
    expect(body.devices.micros).toHaveLength(30);
    expect(body.devices.meters).toHaveLength(1);
    expect(body.devices.gateways).toHaveLength(1);
    expect(body.total_devices).toBe(32);
    for (const device of [...body.devices.micros, ...body.devices.gateways]) {
      expect(device).toMatchObject({ status: 'normal' });
      expect(device.serial_number).toMatch(/^\d{12}$/);
      expect(typeof device.last_report_at).toBe('number');
    }
  });

  it('inverter summary: each micro of the site with its newest power in W, as the v4 model has it', async () => {
    const path = '/systems/inverters_summary_by_envoy_or_site';
    const { status, body } = await apiGet(emulator, tokenA.access_token, path, {
      site_id: '4201103',
    });
    expect(status).toBe(200);
    expect(body).toHaveLength(1);
    const micros = body[0].micro_inverters;
    expect(micros).toHaveLength(30);
    const devices = await apiGet(emulator, tokenA.access_token, '/systems/4201103/devices');
    expect(micros.map((m: { serial_number: string }) => m.serial_number)).toEqual(
      devices.body.devices.micros.map((m: { serial_number: string }) => m.serial_number),
    );
    for (const micro of micros) {
      expect(micro.power_produced).toMatchObject({ units: 'W', precision: 0 });
      expect(micro.power_produced.value).toBeGreaterThanOrEqual(0);
      expect(micro.energy.units).toBe('Wh');
      expect(micro.last_report_date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
    const foreign = await apiGet(emulator, tokenC.access_token, path, { site_id: '4201103' });
    expect(foreign.status).toBe(403);
    const missing = await apiGet(emulator, tokenA.access_token, path, { site_id: '999' });
    expect(missing.status).toBe(404);
    const none = await apiGet(emulator, tokenA.access_token, path);
    expect(none.status).toBe(404);
  });
});
