/**
 * The default accounts and the field quirks they carry: the shape of each account, a gateway
 * that goes silent and then fills the gap, a micro that drops out, a status the app may not
 * know.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  ACCOUNT_C,
  defaultAccounts,
  type EnphaseEmulator,
  type MicroInterval,
  type SystemSpec,
} from '../../../emulators/enphase';
import { apiGet, connect, NOW, startAt } from './session';

const systemsOf = (login: string): SystemSpec[] =>
  defaultAccounts.find((account) => account.login === login)!.systems;

describe('the default accounts', () => {
  it('are A with 3 systems (one cellular), B with 2 and C with 12', () => {
    expect(systemsOf(ACCOUNT_A)).toHaveLength(3);
    expect(systemsOf(ACCOUNT_A).filter((s) => s.connectionType === 'cellular')).toHaveLength(1);
    expect(systemsOf(ACCOUNT_B)).toHaveLength(2);
    expect(systemsOf(ACCOUNT_C)).toHaveLength(12);
  });

  it('span legacy zone names, zones without DST, and 3 kW homes to 500 kW warehouses', () => {
    const all = defaultAccounts.flatMap((account) => account.systems);
    const zones = new Set(all.map((s) => s.timezone));
    for (const zone of ['US/Pacific', 'US/Mountain', 'America/Phoenix', 'Pacific/Honolulu']) {
      expect(zones).toContain(zone);
    }
    const sizes = all.map((s) => s.capacityW);
    expect(Math.min(...sizes)).toBeLessThan(4_000);
    expect(Math.max(...sizes)).toBe(500_000);
  });
});

describe('quirks over HTTP', () => {
  let emulator: EnphaseEmulator;
  beforeAll(async () => {
    emulator = await startAt(NOW, { plan: 'partner' });
  });
  afterAll(() => emulator.stop());

  async function get(path: string, query: Record<string, string> = {}) {
    const tokens = await connect(emulator, ACCOUNT_C);
    return apiGet(emulator, tokens.access_token, path, query);
  }

  it('a silent gateway: status comm, no data after the outage began, then the gap fills', async () => {
    const outage = systemsOf(ACCOUNT_C).find((s) => s.gatewayOffline)!;
    const { startAt: first, cycleDays } = outage.gatewayOffline!;
    const cycle = cycleDays * 86_400;
    const began = first + Math.floor((NOW - first) / cycle) * cycle;
    emulator.clock.set(began + 10 * 3600);
    const during = await get(`/systems/${outage.systemId}/telemetry/production_micro`, {
      start_at: String(began - 3600),
    });
    expect(during.body.meta.status).toBe('comm');
    expect(during.body.meta.last_report_at).toBeLessThanOrEqual(began);
    expect(during.body.intervals.at(-1).end_at).toBeLessThanOrEqual(began);

    emulator.clock.set(began + 41 * 3600);
    const after = await get(`/systems/${outage.systemId}/telemetry/production_micro`, {
      start_at: String(began - 3600),
      granularity: 'week',
    });
    expect(after.body.meta.status).toBe('normal');
    expect(after.body.intervals.at(-1).end_at).toBe(began + 41 * 3600 - 1200);
  });

  it('a micro that drops out: status micro, one device fewer reporting, its device in comm', async () => {
    const faulty = systemsOf(ACCOUNT_C).find((s) => s.microFault)!;
    const { tripAt, cycleDays, microIndex } = faulty.microFault!;
    const cycle = cycleDays * 86_400;
    const trip = tripAt + Math.floor((NOW - tripAt) / cycle) * cycle;
    emulator.clock.set(trip + 86_400);
    const week = await get(`/systems/${faulty.systemId}/telemetry/production_micro`, {
      start_at: String(trip - 86_400),
      granularity: 'week',
    });
    expect(week.body.meta.status).toBe('micro');
    const awake = (week.body.intervals as MicroInterval[]).filter((i) => i.powr > 0);
    const before = awake.filter((i) => i.end_at <= trip);
    const afterTrip = awake.filter((i) => i.end_at > trip + 300);
    expect(before.every((i) => i.devices_reporting === faulty.micros.count)).toBe(true);
    expect(afterTrip.length).toBeGreaterThan(0);
    expect(afterTrip.every((i) => i.devices_reporting === faulty.micros.count - 1)).toBe(true);
    const devices = await get(`/systems/${faulty.systemId}/devices`);
    expect(devices.body.devices.micros[microIndex]).toMatchObject({
      status: 'comm',
      last_report_at: trip,
    });
  });

  it('passes through a status value outside the usual set', async () => {
    emulator.clock.set(NOW);
    const odd = systemsOf(ACCOUNT_C).find((s) => s.statusOverride)!;
    const { body } = await get(`/systems/${odd.systemId}`);
    expect(body.status).toBe('meter_issue');
  });
});
