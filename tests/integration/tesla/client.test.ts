/**
 * The Tesla client against the emulator over real HTTP: the region found with one call, the
 * energy sites without the car, details, live flows, a daylight-saving day of five-minute
 * buckets equal to the emulator's truth, a week of days in one call, and a ledger entry with
 * its cost for every request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFlows, backfillWindows } from '../../../electron/providers/tesla';
import { localDateOf } from '../../../shared/time';
import { ENERGY_SITE, EU_OWNER, NA_OWNER, type TeslaEmulator } from '../../emulators/tesla';
import { startAt, tokensFor } from '../../unit/emulators/tesla/session';
import { teslaRig, TeslaTokenSource } from './rig';

/** 2026-10-26T12:00:00Z. */
const NOW = 1_793_016_000;
let tesla: TeslaEmulator;
beforeAll(async () => {
  tesla = await startAt(NOW);
});
afterAll(() => tesla.stop());

async function rigFor(login: string) {
  const tokens = await tokensFor(tesla, login);
  return teslaRig(tesla, new TeslaTokenSource(tesla, tokens.access, tokens.refresh));
}

describe('the Tesla client', () => {
  it('finds an EU account from the NA base in one call, then lists its energy sites', async () => {
    const { client, records } = await rigFor(EU_OWNER);
    expect(await client.region()).toBe(tesla.regionBase.EU);
    const sites = await client.energySites();
    expect(sites).toEqual([
      {
        energySiteId: String(ENERGY_SITE.munich),
        name: 'Haus am Englischen Garten',
        equipment: { battery: true, loadMeter: true },
      },
      {
        energySiteId: String(ENERGY_SITE.dublin),
        name: 'Ranelagh Roof',
        equipment: { battery: false, loadMeter: false },
      },
    ]);
    expect(
      records.ledger.map((entry) => [entry.endpoint, entry.status, entry.costMicroUsd]),
    ).toEqual([
      ['users_region', 200, 2_000],
      ['products', 200, 2_000],
    ]);
  });

  it('reads details and live flows of a Powerwall site', async () => {
    const { client } = await rigFor(NA_OWNER);
    const id = String(ENERGY_SITE.sanDiego);
    const details = await client.siteDetails(id);
    expect(details).toEqual({
      name: 'Hillcrest House',
      timeZone: 'America/Los_Angeles',
      nameplateW: 7_200,
      batteryCapacityWh: 13_500,
      equipment: { battery: true, loadMeter: true },
    });
    const live = await client.liveFlows(id, details.equipment);
    expect(live.stateOfChargePercent).toBeGreaterThanOrEqual(20);
    expect(live.solarW! + live.gridW! + live.batteryW!).toBeCloseTo(live.homeW!, -2);
  });

  it('reads the autumn change day in one call: 300 buckets whose sums are the truth', async () => {
    const { client, records } = await rigFor(EU_OWNER);
    const id = String(ENERGY_SITE.munich);
    const [window] = backfillWindows('2026-10-25', '2026-10-25', '5min');
    const buckets = await client.history(id, window!, 'Europe/Berlin', {
      battery: true,
      loadMeter: true,
    });
    expect(buckets).toHaveLength(300);
    expect(new Set(buckets.map((bucket) => bucket.start)).size).toBe(300);
    expect(
      buckets.every((bucket) => localDateOf(bucket.start, 'Europe/Berlin') === '2026-10-25'),
    ).toBe(true);
    const truth = tesla.admin.dayTruth(ENERGY_SITE.munich, '2026-10-25');
    expect(addFlows(buckets)).toEqual({
      solarWh: truth.solarWh,
      homeWh: truth.homeWh,
      gridImportWh: truth.gridImportWh,
      gridExportWh: truth.gridExportWh,
      batteryChargeWh: truth.batteryChargeWh,
      batteryDischargeWh: truth.batteryDischargeWh,
    });
    expect(
      records.ledger.filter((entry) => entry.endpoint.startsWith('calendar_history')),
    ).toHaveLength(1);
  });

  it('backfills 31 days of daily flows in one call, each day equal to the truth', async () => {
    const { client, records } = await rigFor(NA_OWNER);
    const windows = backfillWindows('2026-09-25', '2026-10-25', 'day');
    expect(windows).toHaveLength(1);
    const days = await client.history(String(ENERGY_SITE.austin), windows[0]!, 'America/Chicago', {
      battery: false,
      loadMeter: true,
    });
    expect(days).toHaveLength(31);
    for (const day of days) {
      const date = localDateOf(day.start, 'America/Chicago');
      const truth = tesla.admin.dayTruth(ENERGY_SITE.austin, date);
      expect([day.solarWh, day.homeWh, day.batteryChargeWh], date).toEqual([
        truth.solarWh,
        truth.homeWh,
        null,
      ]);
    }
    expect(records.ledger.at(-1)).toMatchObject({
      endpoint: 'calendar_history_month',
      costMicroUsd: 2_000,
    });
  });
});
