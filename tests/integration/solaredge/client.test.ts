/**
 * The SolarEdge client against the emulator over real HTTP: every page of a fleet, details,
 * daily and monthly history in as few calls as the caps permit, DST days summing to the
 * emulator's truth to the Wh, the overview, devices and alerts, and a Site Access grant.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ReauthRequiredError } from '../../../electron/errors';
import { SolarEdgeForbiddenError, type SiteRef } from '../../../electron/providers/solaredge';
import { localDateOf, startOfLocalDay } from '../../../shared/time';
import { FLEET_KEY, OWNER_A, SITE, type SolarEdgeEmulator } from '../../emulators/solaredge';
import { connectOwner, NOW, startAt } from '../../unit/emulators/solaredge/session';
import { clientRig, EmulatorTokenSource } from './rig';

let se: SolarEdgeEmulator;
beforeAll(async () => {
  se = await startAt(NOW);
});
afterAll(() => se.stop());
beforeEach(() => se.clock.set(NOW));

const fleet = () =>
  clientRig(se, { credential: { kind: 'apiKey', apiKey: FLEET_KEY }, pageSize: 3 });
const berlin: SiteRef = { externalId: String(SITE.berlin), timeZone: 'Europe/Berlin' };

describe('a fleet API key', () => {
  it('lists every site across pages, and reads details', async () => {
    const { client, records } = fleet();
    const sites = await client.listSites();
    expect(sites.map((site) => site.externalId)).toEqual(
      [SITE.berlin, SITE.newYork, SITE.sydney, SITE.phoenix, SITE.leeds].map(String),
    );
    expect(records.ledger.map((entry) => entry.endpoint)).toEqual(['sites', 'sites']);
    const sydney = await client.site(String(SITE.sydney));
    expect(sydney).toMatchObject({
      capacityW: 60_000,
      timeZone: 'Australia/Sydney',
      installationDate: '2020-11-20',
    });
  });

  it('backfills two months of daily energy in two calls, each day equal to the truth', async () => {
    const { client, records } = fleet();
    const days = await client.dailyEnergy(berlin, '2026-09-01', '2026-10-26');
    expect(records.ledger).toHaveLength(2);
    expect(days).toHaveLength(56);
    for (const day of days)
      expect(day.wh, day.localDate).toBe(se.admin.dayWh(SITE.berlin, day.localDate));
    expect(days.find((day) => day.localDate === '2026-10-25')!.wh).toBe(
      se.admin.dayWh(SITE.berlin, '2026-10-25'),
    );
  });

  it('reads older history by month in one call; a month is the sum of its days', async () => {
    const { client, records } = fleet();
    const months = await client.monthlyEnergy(berlin, '2024-10-01', '2026-09-30');
    expect(records.ledger).toHaveLength(1);
    expect(months).toHaveLength(24);
    const september = await client.dailyEnergy(berlin, '2026-09-01', '2026-09-30');
    expect(months.at(-1)).toEqual({
      localDate: '2026-09-01',
      wh: september.reduce((sum, day) => sum + day.wh, 0),
    });
  });

  it.each([
    [SITE.berlin, 'Europe/Berlin', '2026-10-25', 100],
    [SITE.newYork, 'America/New_York', '2025-11-02', 100],
    [SITE.sydney, 'Australia/Sydney', '2026-04-05', 100],
    [SITE.sydney, 'Australia/Sydney', '2026-10-04', 92],
    [SITE.berlin, 'Europe/Berlin', '2026-03-29', 92],
  ])(
    'site %i (%s) on %s: %i quarters in two calls, summing to the daily truth to the Wh',
    async (siteId, zone, date, count) => {
      const { client, records } = fleet();
      const site = { externalId: String(siteId), timeZone: zone };
      const start = startOfLocalDay(date, zone);
      const end = startOfLocalDay(
        new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
        zone,
      );
      const quarters = await client.quarterEnergy(site, start, end);
      expect(records.ledger).toHaveLength(2);
      expect(quarters).toHaveLength(count);
      expect(new Set(quarters.map((quarter) => quarter.start)).size).toBe(count);
      expect(quarters.every((quarter) => localDateOf(quarter.start, zone) === date)).toBe(true);
      const sum = quarters.reduce((total, quarter) => total + (quarter.value ?? 0), 0);
      expect(sum).toBe(se.admin.dayWh(siteId, date));
      const power = await client.power(site, start, end);
      expect(power.map((point) => point.start)).toEqual(quarters.map((quarter) => quarter.start));
    },
  );

  it('gives today’s energy from the overview in one call, equal to the truth', async () => {
    const { client, records } = fleet();
    const overview = await client.overview(berlin);
    expect(records.ledger).toHaveLength(1);
    expect(overview.energyWh).toBe(se.admin.dayWh(SITE.berlin, '2026-10-26'));
    expect(overview.powerW).toBeGreaterThan(0);
    expect(overview.lastUpdateAt).toBe(NOW - 900);
  });

  it('reads devices, the site’s alerts and the fleet’s alerts', async () => {
    const { client } = fleet();
    const devices = await client.devices(berlin);
    expect(devices.filter((device) => device.kind === 'inverter')).toHaveLength(3);
    expect(devices.some((device) => device.status === 'fault')).toBe(true);
    const alerts = await client.siteAlerts(berlin);
    expect(alerts).toEqual([
      expect.objectContaining({ type: 'ISOLATION_FAULT', siteId: String(SITE.berlin) }),
    ]);
    const all = await client.fleetAlerts(() => 'Europe/Berlin');
    expect(all.map((alert) => alert.siteId)).toContain(String(SITE.berlin));
  });

  it('keeps 15-minute power of not-yet-uploaded quarters as null, never 0', async () => {
    const { client } = fleet();
    const points = await client.power(berlin, NOW - 3600, NOW + 1800);
    expect(points.map((point) => point.value === null)).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
  });
});

describe('a Site Access grant', () => {
  it('reads its site, renews once after the access token expires, and keeps the rotated refresh token', async () => {
    const grant = await connectOwner(se, OWNER_A);
    const tokens = new EmulatorTokenSource(se, grant.access, grant.refresh);
    const { client, records } = clientRig(se, { credential: { kind: 'siteAccess', tokens } });
    const munich = { externalId: String(grant.siteId), timeZone: 'Europe/Berlin' };
    const first = await client.overview(munich);
    expect(first.energyWh).toBe(se.admin.dayWh(SITE.munich, '2026-10-26'));
    se.clock.advance(7_200);
    await client.overview(munich);
    expect(tokens.refreshes).toBe(1);
    expect(tokens.refresh).not.toBe(grant.refresh);
    expect(records.ledger.map((entry) => entry.status)).toEqual([200, 401, 200]);
    await expect(client.listSites()).rejects.toBeInstanceOf(SolarEdgeForbiddenError);
  });

  it('turns a revoked grant into ReauthRequiredError', async () => {
    const grant = await connectOwner(se, OWNER_A);
    const tokens = new EmulatorTokenSource(se, grant.access, grant.refresh);
    const { client } = clientRig(se, { credential: { kind: 'siteAccess', tokens } });
    se.admin.revokeOwner(OWNER_A);
    await expect(client.site(String(SITE.munich))).rejects.toBeInstanceOf(ReauthRequiredError);
  });
});
