/**
 * What the real API sends on a bad day, injected through the emulator: truncated JSON, nulls
 * everywhere, -1 in lists, statuses nobody documented, empty interval lists and a body far too
 * large. The provider keeps what it can use and otherwise fails with a named error that says
 * what could not be read, never a crash and never a hang.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MalformedResponseError, ResponseTooLargeError } from '../../../electron/providers/enphase';
import { startOfLocalDay } from '../../../shared/time';
import { ACCOUNT_A, ACCOUNT_B } from '../../emulators/enphase';
import { inEnglish } from '../../harness/words';
import { middayCalifornia, startProviderRig, type ProviderRig } from './rig';

let rig: ProviderRig;
afterEach(async () => {
  await rig.stop();
});

const systemsPath = /\/systems$/;

describe('answers the provider cannot read', () => {
  it('names a truncated JSON body and recovers on the next call', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    rig.emulator.admin.injectFault({ path: systemsPath, malformed: true });
    const failure = rig.provider.listSites();
    await expect(failure).rejects.toThrow(MalformedResponseError);
    await expect(failure).rejects.toThrow('Enphase sent a systems list the app could not read');
    await expect(rig.provider.listSites()).resolves.toHaveLength(3);
  });

  it.each([
    ['a list instead of an object', []],
    ['a bare string', 'maintenance'],
    ['null', null],
  ])('names %s where an interval answer belongs', async (_name, body) => {
    rig = await startProviderRig(ACCOUNT_A);
    const [site] = await rig.provider.listSites();
    rig.emulator.admin.injectFault({ path: '/telemetry', status: 200, body });
    await expect(rig.provider.fetchIntervals(site!, middayCalifornia - 900)).rejects.toThrow(
      'Enphase sent an interval list the app could not read',
    );
  });

  it('refuses a huge body at the cap instead of reading it all', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const [site] = await rig.provider.listSites();
    rig.emulator.admin.injectFault({
      path: '/devices',
      status: 200,
      body: { devices: { micros: [{ serial_number: 'x'.repeat(6_000_000) }] } },
    });
    const failure = rig.provider.fetchDevices(site!);
    await expect(failure).rejects.toThrow(ResponseTooLargeError);
    await expect(failure).rejects.toThrow(
      'Enphase sent an answer larger than 5 MB; it was not read',
    );
    await expect(rig.provider.fetchDevices(site!)).resolves.toHaveLength(242);
  });
});

describe('answers with holes in them', () => {
  it('keeps the systems it can use from a list full of nulls, -1 and odd statuses', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    rig.emulator.admin.injectFault({
      path: systemsPath,
      status: 200,
      body: {
        total: 4,
        current_page: 1,
        size: 100,
        count: 4,
        items: 'systems',
        systems: [
          {
            system_id: 4_201_101,
            name: null,
            public_name: 'Riverside Elementary Solar',
            timezone: 'US/Pacific',
            address: null,
            connection_type: null,
            status: 'gateway_firmware_upgrade',
            last_report_at: null,
            last_energy_at: -1,
            operational_at: null,
            energy_lifetime: -1,
            energy_today: -1,
            system_size: -1,
          },
          { system_id: null, name: 'No id at all' },
          'not a system',
          {
            system_id: '4201102',
            name: 'Maple Street',
            timezone: 'Nowhere/Atlantis',
            status: 'comm',
          },
        ],
      },
    });
    const sites = await rig.provider.listSites();
    expect(sites.map((s) => inEnglish(s.statusDetail))).toEqual([
      'Enphase status “gateway_firmware_upgrade”.',
      'The gateway is not reporting to Enphase.',
    ]);
    expect(sites).toEqual([
      expect.objectContaining({
        externalId: '4201101',
        name: 'Riverside Elementary Solar',
        city: '',
        timeZone: 'US/Pacific',
        capacityW: 98_400,
        status: 'warning',
        statusDetail: {
          key: 'status.enphase.unknown',
          params: { status: 'gateway_firmware_upgrade' },
        },
        lastEnergyAt: 0,
      }),
      expect.objectContaining({
        externalId: '4201102',
        timeZone: 'UTC',
        capacityW: 45_600,
        status: 'offline',
        statusDetail: { key: 'status.enphase.comm' },
      }),
    ]);
    expect(rig.log.text()).toContain('enphase systems skipped');
  });

  it('takes nulls inside intervals and meta as missing values', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const [site] = await rig.provider.listSites();
    const since = middayCalifornia - 900;
    rig.emulator.admin.injectFault({
      path: '/telemetry',
      status: 200,
      body: {
        system_id: 4_201_101,
        granularity: 'day',
        intervals: [
          { end_at: since + 300, devices_reporting: null, powr: null, enwh: 500 },
          { end_at: since + 600, devices_reporting: 240, powr: 7_000, enwh: null },
          { end_at: null, powr: 1, enwh: 1 },
          null,
        ],
        meta: null,
      },
    });
    await expect(rig.provider.fetchIntervals(site!, since)).resolves.toEqual({
      intervals: [{ endAt: since + 300, wh: 500, w: 6_000 }],
      lastEnergyAt: null,
    });
  });

  it('takes an empty interval list as nothing new, not an error', async () => {
    rig = await startProviderRig(ACCOUNT_B, { at: Date.parse('2025-06-18T10:00:00Z') / 1000 });
    const [honolulu] = await rig.provider.listSites();
    // Midnight in Honolulu: this system lists no night slots at all.
    const since = startOfLocalDay('2025-06-18', 'Pacific/Honolulu') - 3600;
    const batch = await rig.provider.fetchIntervals(honolulu!, since);
    expect(batch.intervals).toEqual([]);
    expect(batch.lastEnergyAt).not.toBeNull();
  });

  it('takes daily values of null or -1 as days not reported', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const [site] = await rig.provider.listSites();
    rig.emulator.admin.injectFault({
      path: '/energy_lifetime',
      status: 200,
      body: {
        system_id: 4_201_101,
        start_date: '2025-06-10',
        production: [100, null, -1, 400, 0, 0],
        micro_production: null,
        meta: null,
      },
    });
    await expect(rig.provider.fetchDaily(site!, '2025-06-10', '2025-06-15')).resolves.toEqual([
      { localDate: '2025-06-10', wh: 100 },
      { localDate: '2025-06-13', wh: 400 },
    ]);
  });
});
