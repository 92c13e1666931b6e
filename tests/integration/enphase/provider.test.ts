/**
 * EnphaseProvider against the emulator over real HTTP: what each method asks for (one request
 * each), what it makes of the answers, and that the numbers agree with what Enphase reports.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { remoteSystemSchema } from '../../../shared/domain';
import { addDays, localDateOf, startOfLocalDay } from '../../../shared/time';
import { ACCOUNT_A, ACCOUNT_C } from '../../emulators/enphase';
import { inEnglish } from '../../harness/words';
import { manySystemsAccount } from './fleet-fixture';
import { middayCalifornia, startProviderRig, type ProviderRig } from './rig';

let rig: ProviderRig;
afterEach(async () => {
  await rig.stop();
});

describe('EnphaseProvider.listSystems', () => {
  it('lists every page at the largest page size, for the site picker', async () => {
    const account = manySystemsAccount(230);
    rig = await startProviderRig(account.login, { emulator: { accounts: [account] } });
    const systems = await rig.provider.listSystems();
    expect(systems).toHaveLength(230);
    expect(new Set(systems.map((s) => s.externalId)).size).toBe(230);
    expect(rig.apiCalls().map((c) => c.query)).toEqual(
      [1, 2, 3].map((page) => ({ page: String(page), size: '100', sort_by: 'id' })),
    );
    for (const system of systems) {
      expect(remoteSystemSchema.omit({ selected: true }).parse(system)).toEqual(system);
    }
  });
});

describe('EnphaseProvider.testConnection', () => {
  it('makes one real request and says how many systems the account can see', async () => {
    rig = await startProviderRig(ACCOUNT_C);
    await expect(rig.provider.testConnection()).resolves.toEqual({
      ok: true,
      message: 'Connected: 12 systems visible.',
    });
    expect(rig.apiCalls()).toHaveLength(1);
  });

  it('says plainly when the owner has revoked the app', async () => {
    rig = await startProviderRig(ACCOUNT_C);
    rig.emulator.admin.revokeAccount(ACCOUNT_C);
    await expect(rig.provider.testConnection()).resolves.toEqual({
      ok: false,
      message: 'This account needs to be reconnected.',
    });
  });
});

describe('EnphaseProvider.listSites', () => {
  it('lists only the chosen systems, sized from one summary each, asked once', async () => {
    rig = await startProviderRig(ACCOUNT_C, {
      provider: { selected: () => new Set(['4303302', '4303311']) },
    });
    const sites = await rig.provider.listSites();
    expect(sites.map((s) => [s.externalId, s.capacityW, s.timeZone])).toEqual([
      ['4303302', 36_000, 'America/New_York'],
      ['4303311', 5_740, 'America/Denver'],
    ]);
    // meter_issue is a status the app maps to a warning that names it.
    expect(sites[1]?.status).toBe('warning');
    expect(inEnglish(sites[1]?.statusDetail)).toBe('Enphase reports a meter problem.');
    expect(rig.apiCalls().map((c) => c.path)).toEqual([
      '/api/v4/systems',
      '/api/v4/systems/4303302/summary',
      '/api/v4/systems/4303311/summary',
    ]);

    rig.emulator.admin.clearCalls();
    rig.clock.advance(3 * 3600);
    const later = await rig.provider.listSites();
    expect(later.map((s) => s.capacityW)).toEqual([36_000, 5_740]);
    expect(rig.apiCalls().map((c) => c.path)).toEqual(['/api/v4/systems']);
  });

  it('asks no summary for a size the app stored before (a restart costs nothing)', async () => {
    rig = await startProviderRig(ACCOUNT_C, {
      provider: {
        selected: () => new Set(['4303302', '4303311']),
        knownCapacity: (id) => (id === '4303302' ? 35_000 : null),
      },
    });
    const sites = await rig.provider.listSites();
    expect(sites.map((s) => s.capacityW)).toEqual([35_000, 5_740]);
    expect(rig.apiCalls().map((c) => c.path)).toEqual([
      '/api/v4/systems',
      '/api/v4/systems/4303311/summary',
    ]);
  });

  it('makes no request at all when the user chose no system', async () => {
    rig = await startProviderRig(ACCOUNT_C, { provider: { selected: () => new Set() } });
    await expect(rig.provider.listSites()).resolves.toEqual([]);
    expect(rig.apiCalls()).toEqual([]);
  });

  it('reports the newest energy instant so idle sites can be skipped', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const sites = await rig.provider.listSites();
    const riverside = sites.find((s) => s.externalId === '4201101')!;
    // Wi-Fi: every 5-minute interval up to 20 minutes ago.
    expect(riverside.lastEnergyAt).toBe(middayCalifornia - 20 * 60);
    expect(riverside.timeZone).toBe('America/Los_Angeles');
  });
});

describe('EnphaseProvider.fetchDaily', () => {
  it('reads a year of daily totals in one request, equal to what Enphase reports', async () => {
    rig = await startProviderRig(ACCOUNT_C);
    const [site] = (await rig.provider.listSites()).filter((s) => s.externalId === '4303302');
    rig.emulator.admin.clearCalls();
    const today = localDateOf(rig.clock.now(), 'America/New_York');
    const from = addDays(today, -365);
    const days = await rig.provider.fetchDaily(site!, from, addDays(today, -1));
    expect(days).toHaveLength(365);
    expect(rig.apiCalls()).toEqual([
      {
        path: '/api/v4/systems/4303302/energy_lifetime',
        status: 200,
        query: { start_date: from, end_date: addDays(today, -1) },
      },
    ]);
    for (const day of [days[0]!, days[200]!, days.at(-1)!]) {
      expect(day.wh).toBe(rig.emulator.admin.expectedDailyWh(4_303_302, day.localDate));
    }
  });

  it('asks for no more than two years, and leaves out days before the system went live', async () => {
    rig = await startProviderRig(ACCOUNT_C);
    const [site] = (await rig.provider.listSites()).filter((s) => s.externalId === '4303310');
    rig.emulator.admin.clearCalls();
    // Toronto lofts went live 2023-07-07; the Phoenix warehouse in 2020.
    const days = await rig.provider.fetchDaily(site!, '2020-01-01', '2025-06-17');
    expect(rig.apiCalls()[0]?.query).toEqual({ start_date: '2023-07-07', end_date: '2025-06-17' });
    expect(days[0]?.localDate).toBe('2023-07-07');
    expect(days.at(-1)?.localDate).toBe('2025-06-17');
    const [phoenix] = (await rig.provider.listSites()).filter((s) => s.externalId === '4303301');
    rig.emulator.admin.clearCalls();
    await rig.provider.fetchDaily(phoenix!, '2020-01-01', '2025-06-17');
    expect(rig.apiCalls()[0]?.query).toEqual({ start_date: '2023-06-18', end_date: '2025-06-17' });
  });

  it('asks for intervals no earlier than the day a new system went live', async () => {
    const account = manySystemsAccount(1);
    account.systems[0]!.operationalDate = '2025-06-16';
    rig = await startProviderRig(account.login, { emulator: { accounts: [account] } });
    const [site] = await rig.provider.listSites();
    rig.emulator.admin.clearCalls();
    const weekStart = startOfLocalDay('2025-06-12', site!.timeZone);
    const live = startOfLocalDay('2025-06-16', site!.timeZone);
    const batch = await rig.provider.fetchIntervals(site!, weekStart);
    expect(rig.apiCalls()[0]?.query).toEqual({ start_at: String(live), granularity: 'week' });
    expect(batch.intervals[0]?.endAt).toBe(live + 300);
    await expect(rig.provider.fetchDaily(site!, '2025-06-01', '2025-06-15')).resolves.toEqual([]);
    expect(rig.apiCalls()).toHaveLength(1);
  });
});

describe('EnphaseProvider.fetchIntervals', () => {
  it('asks for a day from a recent cursor and returns only what ended after it', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const [site] = await rig.provider.listSites();
    rig.emulator.admin.clearCalls();
    const since = middayCalifornia - 3600;
    const batch = await rig.provider.fetchIntervals(site!, since);
    expect(rig.apiCalls().map((c) => c.query)).toEqual([
      { start_at: String(since), granularity: 'day' },
    ]);
    // Up to the data the cloud has (20 minutes behind): 40 minutes of 5-minute intervals.
    expect(batch.intervals.map((i) => i.endAt)).toEqual(
      Array.from({ length: 8 }, (_, i) => since + 300 * (i + 1)),
    );
    expect(batch.intervals.every((i) => i.wh > 0 && i.w > 0)).toBe(true);
    expect(batch.lastEnergyAt).toBe(middayCalifornia - 20 * 60);
  });

  it('asks for a week when the cursor is days old: 7 local days, today included, in one request', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const [site] = await rig.provider.listSites();
    rig.emulator.admin.clearCalls();
    const since = startOfLocalDay('2025-06-12', 'America/Los_Angeles');
    const batch = await rig.provider.fetchIntervals(site!, since);
    expect(rig.apiCalls().map((c) => c.query.granularity)).toEqual(['week']);
    expect(batch.intervals.length).toBe((middayCalifornia - 20 * 60 - since) / 300);
    // A week is Enphase's longest window: from 8 days back, it stops at the week's end.
    const older = startOfLocalDay('2025-06-10', 'America/Los_Angeles');
    const week = await rig.provider.fetchIntervals(site!, older);
    expect(week.intervals.at(-1)?.endAt).toBe(startOfLocalDay('2025-06-17', 'America/Los_Angeles'));
  });

  it('counts 276 and 300 intervals on daylight-saving days, in the system’s own zone', async () => {
    rig = await startProviderRig(ACCOUNT_C, { at: Date.parse('2025-11-05T18:00:00Z') / 1000 });
    const sites = await rig.provider.listSites();
    const boston = sites.find((s) => s.externalId === '4303302')!;
    for (const [date, count] of [
      ['2025-03-09', 276],
      ['2025-11-02', 300],
      ['2025-11-03', 288],
    ] as const) {
      const start = startOfLocalDay(date, boston.timeZone);
      const end = startOfLocalDay(addDays(date, 1), boston.timeZone);
      const batch = await rig.provider.fetchIntervals(boston, start);
      expect(
        batch.intervals.filter((i) => i.endAt <= end),
        date,
      ).toHaveLength(count);
    }
  });

  it('makes no request for a cursor that is not in the past', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const [site] = await rig.provider.listSites();
    rig.emulator.admin.clearCalls();
    await expect(rig.provider.fetchIntervals(site!, middayCalifornia)).resolves.toEqual({
      intervals: [],
      lastEnergyAt: null,
    });
    expect(rig.apiCalls()).toEqual([]);
  });
});

describe('EnphaseProvider.fetchDevices', () => {
  it('lists micros, meter and gateway with their statuses', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const [, , pump] = await rig.provider.listSites();
    const devices = await rig.provider.fetchDevices(pump!);
    expect(devices).toHaveLength(32);
    expect(new Set(devices.map((d) => d.kind))).toEqual(new Set(['micro', 'meter', 'gateway']));
    expect(devices.find((d) => d.kind === 'gateway')).toMatchObject({
      model: 'Envoy',
      status: 'normal',
    });
  });
});

describe('EnphaseProvider secrets', () => {
  it('sends the key as a header, never in a URL, and logs neither key nor token', async () => {
    const urls: string[] = [];
    const headers: Headers[] = [];
    const spy: typeof fetch = (input, init) => {
      urls.push(String(input));
      headers.push(new Headers(init?.headers));
      return fetch(input, init);
    };
    rig = await startProviderRig(ACCOUNT_A, { provider: { fetch: spy } });
    rig.emulator.admin.injectFault({ path: '/devices', status: 500 });
    const [site] = await rig.provider.listSites();
    await expect(rig.provider.fetchDevices(site!)).rejects.toThrow(
      'Enphase is having trouble (HTTP 500)',
    );
    expect(urls.some((url) => url.includes(rig.emulator.app.apiKey))).toBe(false);
    expect(headers[0]?.get('key')).toBe(rig.emulator.app.apiKey);
    const token = await rig.tokens.accessToken();
    expect(headers[0]?.get('authorization')).toBe(`Bearer ${token}`);
    expect(rig.log.text()).toContain('enphase request failed');
    expect(rig.log.text()).not.toContain(rig.emulator.app.apiKey);
    expect(rig.log.text()).not.toContain(token);
    expect(rig.log.text()).not.toContain('http');
  });

  it('writes each request to the ledger with its connection, site and status', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const [site] = await rig.provider.listSites();
    rig.emulator.admin.injectFault({ path: '/telemetry', status: 503 });
    await expect(rig.provider.fetchIntervals(site!, middayCalifornia - 900)).rejects.toThrow();
    expect(rig.ledger.map((e) => [e.endpoint, e.siteId, e.status, e.connectionId])).toEqual([
      ['systems', null, 200, 'conn-1'],
      ['summary', 'enphase:4201101', 200, 'conn-1'],
      ['summary', 'enphase:4201102', 200, 'conn-1'],
      ['summary', 'enphase:4201103', 200, 'conn-1'],
      ['production_micro', 'enphase:4201101', 503, 'conn-1'],
    ]);
    expect(rig.ledger.every((e) => e.provider === 'enphase' && e.at === middayCalifornia)).toBe(
      true,
    );
  });
});
