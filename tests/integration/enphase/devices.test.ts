/**
 * Devices of an Enphase site against the emulator over real HTTP: the device list in serial
 * order, each micro's newest power from the inverter summary (one more request), the reporting
 * window from the gateway's connection, and the device book that puts them together for the
 * site page, naming the dead micro as "Inverter 8" and inventing no energy-today figure.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/ports';
import { DeviceBook } from '../../../electron/services/devices';
import { ACCOUNT_A, ACCOUNT_C } from '../../emulators/enphase';
import { makeSite } from '../../unit/electron/cache/fixtures/cacheFixtures';
import {
  groupDevices,
  groupTitle,
  reportingSummary,
} from '../../../renderer/src/model/deviceGroups';
import { startProviderRig, type ProviderRig } from './rig';

let rig: ProviderRig;
afterEach(async () => {
  await rig.stop();
});

/** Barton Creek Townhomes: 18 IQ8M on Wi-Fi; micro 8 (index 7) is out at the rig's instant. */
const bartonCreek = '4303306';

describe('Enphase device output', () => {
  it('reads every micro’s newest power in one request: the dead micro 0 W, the rest sharing the site’s', async () => {
    rig = await startProviderRig(ACCOUNT_C, {
      provider: { selected: () => new Set([bartonCreek]) },
    });
    const [site] = await rig.provider.listSites();
    const before = rig.apiCalls().length;
    const outputs = await rig.provider.fetchDeviceOutput(site!);
    const calls = rig.apiCalls().slice(before);
    expect(calls.map((c) => [c.path, c.query])).toEqual([
      ['/api/v4/systems/inverters_summary_by_envoy_or_site', { site_id: bartonCreek }],
    ]);
    expect(outputs.size).toBe(18);
    const dead = outputs.get('483306000008');
    expect(dead).toEqual({ powerW: 0, energyTodayWh: null });
    const alive = [...outputs.entries()].filter(([serial]) => serial !== '483306000008');
    expect(alive).toHaveLength(17);
    const first = alive[0]![1].powerW!;
    expect(first).toBeGreaterThan(0);
    for (const [, output] of alive) expect(output).toEqual({ powerW: first, energyTodayWh: null });
  });

  it('judges reporting by the gateway’s upload period plus the cloud delay', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const sites = await rig.provider.listSites();
    const pump = sites.find((s) => s.externalId === '4201103')!;
    const school = sites.find((s) => s.externalId === '4201101')!;
    expect(rig.provider.deviceReportSeconds(school)).toBe(45 * 60);
    expect(rig.provider.deviceReportSeconds(pump)).toBe(6.5 * 3600);
    // A site as the cache stores it (no upload period): the period learned from the listing.
    expect(rig.provider.deviceReportSeconds({ ...school, uploadEverySeconds: undefined })).toBe(
      45 * 60,
    );
  });
});

describe('DeviceBook with the Enphase provider', () => {
  /** A C system's devices as the site page gets them, after `before` (a fault to inject). */
  async function listingOf(externalId: string, before: () => void = () => {}) {
    rig = await startProviderRig(ACCOUNT_C, {
      provider: { selected: () => new Set([externalId]) },
    });
    await rig.provider.listSites();
    before();
    const book = new DeviceBook({
      providerFor: () => rig.provider,
      clock: rig.clock,
      log: silentLogger,
    });
    const id = `enphase:${externalId}`;
    return book.listingOf(makeSite({ id, provider: 'enphase', externalId }));
  }
  const bartonCreekListing = (before?: () => void) => listingOf(bartonCreek, before);

  it('groups a 54-micro site with two families as the site page shows it: 40 IQ8M, 14 IQ8A', async () => {
    // Midtown Fire Station 12 (Anchorage, Ethernet): 40 IQ8M and a 14 IQ8A extension.
    const listing = await listingOf('4303308');
    const groups = groupDevices(listing.devices, listing.reporting);
    expect(groups.map((g) => [groupTitle(g), reportingSummary(g)])).toEqual([
      ['IQ8M microinverters', '40 of 40 reporting'],
      ['IQ8A microinverters', '14 of 14 reporting'],
      ['Envoy meter', '1 of 1 reporting'],
      ['Envoy gateway', '1 of 1 reporting'],
    ]);
    expect(groups[1]!.devices[0]!.label).toBe('Inverter 41');
    expect(groups[0]!.powerW! + groups[1]!.powerW!).toBeGreaterThan(0);
    expect(groups[0]!.energyTodayWh).toBeNull();
  });

  it('lists the micros in serial order with their power, the dead one as Inverter 8, no energy today', async () => {
    const listing = await bartonCreekListing();
    const micros = listing.devices.filter((d) => d.kind === 'micro');
    expect(micros.map((d) => d.label)).toEqual(
      Array.from({ length: 18 }, (_, i) => `Inverter ${i + 1}`),
    );
    expect(micros.map((d) => d.serial)).toEqual([...micros.map((d) => d.serial)].sort());
    const dead = micros.find((d) => d.status !== 'normal')!;
    expect(dead).toMatchObject({ label: 'Inverter 8', serial: '483306000008', powerW: 0 });
    expect(micros.every((d) => typeof d.powerW === 'number' && d.energyTodayWh === null)).toBe(
      true,
    );
    // The gateway and meter are not in the inverter summary: no figure for them.
    expect(
      listing.devices.filter((d) => d.kind !== 'micro').every((d) => d.powerW === undefined),
    ).toBe(true);
    expect(listing.reporting).toEqual({ listedAt: rig.clock.now(), windowSeconds: 45 * 60 });
  });

  it('still lists the devices, without figures, when the inverter summary fails', async () => {
    const listing = await bartonCreekListing(() =>
      rig.emulator.admin.injectFault({ path: '/inverters_summary_by_envoy_or_site', status: 500 }),
    );
    expect(listing.devices).toHaveLength(20);
    expect(listing.devices.every((d) => d.powerW === undefined)).toBe(true);
  });
});
