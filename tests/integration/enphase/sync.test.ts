/**
 * The scheduler, the real cache and EnphaseProvider against the emulator, over simulated hours:
 * the request budget holds (2 calls to backfill a system, at most 1 per site per refresh, none
 * for idle sites or at night), 429s are waited out to their `period_end` without losing data,
 * a lost grant stops the connection, and a cellular gateway's 6-hour uploads leave no gap.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { siteIdOf } from '../../../electron/sync/site-records';
import { sunIsDown } from '../../../electron/sync/night';
import { addDays, localDateOf, startOfLocalDay } from '../../../shared/time';
import { ACCOUNT_A, defaultAccounts, type RecordedCall } from '../../emulators/enphase';
import { EmulatorTokenSource } from './emulator-tokens';
import { middayCalifornia } from './rig';
import { startSyncRig, systemOf, type SyncRig } from './sync-rig';
import { EnphaseProvider } from '../../../electron/providers/enphase';

const quarter = 15 * 60;
const zone = 'America/Los_Angeles';
const systems = defaultAccounts[0]!.systems;
const ids = systems.map((s) => String(s.systemId));
const [riverside, maple, cedar] = ids as [string, string, string];
const siteId = (id: string) => siteIdOf('enphase', id);

let rig: SyncRig;
afterEach(async () => {
  await rig.close();
});

const telemetry = (calls: RecordedCall[]) =>
  calls.filter((c) => c.path.endsWith('/telemetry/production_micro'));

/** Ticks every 15 minutes for `hours`, returning the API calls made during them. */
async function run(hours: number): Promise<RecordedCall[]> {
  rig.emulator.admin.clearCalls();
  for (let i = 0; i < (hours * 3600) / quarter; i++) await rig.tick(quarter);
  return rig.apiCalls();
}

/** Every 5-minute interval from the week's start to the newest one is in the cache. */
function expectNoGaps(id: string): void {
  const from = startOfLocalDay(addDays(localDateOf(rig.clock.now(), zone), -6), zone);
  const stored = rig.cache.intervals(siteId(id), from, rig.clock.now()).map((i) => i.endAt);
  expect(stored.length, id).toBeGreaterThan(0);
  const expected = Array.from(
    { length: (stored.at(-1)! - from) / 300 },
    (_, i) => from + 300 * (i + 1),
  );
  expect(stored, id).toEqual(expected);
}

/** Today's and yesterday's cached totals equal what Enphase has for them. */
function expectTotalsMatch(id: string): void {
  const today = localDateOf(rig.clock.now(), zone);
  for (const date of [addDays(today, -1), today]) {
    const [cached] = rig.cache.daily(siteId(id), date, date);
    expect(cached?.wh ?? 0, `${id} ${date}`).toBe(
      rig.emulator.admin.expectedDailyWh(Number(id), date),
    );
  }
}

describe('Enphase sync: backfill', () => {
  it('fills a new system with exactly 2 calls: a year of daily totals and 7 days of intervals', async () => {
    rig = await startSyncRig(ACCOUNT_A, middayCalifornia);
    await rig.scheduler.refreshNow();
    const calls = rig.apiCalls();
    const today = localDateOf(middayCalifornia, zone);
    for (const id of ids) {
      const own = calls.filter((c) => systemOf(c) === id && !c.path.endsWith('/summary'));
      expect(
        own.map((c) => [c.path.split('/').at(-1), c.query]),
        id,
      ).toEqual([
        ['energy_lifetime', { start_date: addDays(today, -365), end_date: addDays(today, -1) }],
        [
          'production_micro',
          { start_at: String(startOfLocalDay(addDays(today, -6), zone)), granularity: 'week' },
        ],
      ]);
      const daily = rig.cache.daily(siteId(id), addDays(today, -365), addDays(today, -1));
      expect(daily, id).toHaveLength(365);
      expectNoGaps(id);
      expectTotalsMatch(id);
    }
    // Besides: one page of /systems and one summary per system for its size.
    expect(calls.filter((c) => c.path === '/api/v4/systems')).toHaveLength(1);
    expect(calls.filter((c) => c.path.endsWith('/summary'))).toHaveLength(3);
    expect(rig.cache.countRequests('enphase', 0)).toBe(calls.length);
    expect(rig.cache.getSite(siteId(riverside))).toMatchObject({
      connectionId: 'conn-1',
      capacityW: 98_400,
      timeZone: 'America/Los_Angeles',
    });
  });
});

describe('Enphase sync: steady state', () => {
  it('makes at most 1 call per site per refresh, none for a site whose data did not move', async () => {
    rig = await startSyncRig(ACCOUNT_A, middayCalifornia);
    await rig.scheduler.refreshNow();
    const perTick: RecordedCall[][] = [];
    for (let i = 0; i < 24; i++) {
      rig.emulator.admin.clearCalls();
      await rig.tick(quarter);
      perTick.push(rig.apiCalls());
    }
    for (const calls of perTick) {
      expect(calls.length).toBeLessThanOrEqual(ids.length);
      expect(calls.filter((c) => c.path.endsWith('/summary'))).toHaveLength(0);
      for (const id of ids)
        expect(telemetry(calls).filter((c) => systemOf(c) === id).length).toBeLessThanOrEqual(1);
    }
    const all = perTick.flat();
    // Two of three sites move every refresh: asking them directly is cheaper than a list,
    // which comes only for statuses every 6 hours.
    expect(all.filter((c) => c.path === '/api/v4/systems').length).toBeLessThanOrEqual(1);
    // Wi-Fi and Ethernet systems move every 5 minutes: one call every refresh.
    expect(telemetry(all).filter((c) => systemOf(c) === riverside)).toHaveLength(24);
    expect(telemetry(all).filter((c) => systemOf(c) === maple)).toHaveLength(24);
    // The cellular one uploads once in these 6 hours (00:00 UTC, seen at 00:20): one call.
    expect(telemetry(all).filter((c) => systemOf(c) === cedar)).toHaveLength(1);
    for (const id of ids) {
      expectNoGaps(id);
      expectTotalsMatch(id);
    }
  });

  it('makes no intraday call at local night beyond the one that closes the day', async () => {
    // From 18:00 in California to 07:00 the next morning.
    rig = await startSyncRig(ACCOUNT_A, Date.parse('2025-06-19T01:00:00Z') / 1000);
    await rig.scheduler.refreshNow();
    const calls = await run(13);
    for (const system of systems) {
      const id = String(system.systemId);
      const dark = telemetry(calls).filter(
        (c) => systemOf(c) === id && sunIsDown(system.latitude, system.longitude, c.at),
      );
      expect(dark.length, id).toBeLessThanOrEqual(1);
    }
    for (const id of ids) expectTotalsMatch(id);
  });

  it('makes no call of any kind, not even a list, while every site of the account sleeps', async () => {
    rig = await startSyncRig(ACCOUNT_A, Date.parse('2025-06-19T01:00:00Z') / 1000);
    await rig.scheduler.refreshNow();
    await run(9); // to 10:00 UTC (03:00 in California): the cellular site's evening is in
    const calls = await run(2.5); // to 12:30 UTC, before sunrise
    expect(calls).toEqual([]);
    // The evening's last cellular upload (06:00 UTC) was fetched before the account slept.
    expect(rig.cache.lastIntervalAt(siteId(cedar))).toBe(Date.parse('2025-06-19T06:00:00Z') / 1000);
    // At sunrise the account wakes with one list.
    const morning = await run(1);
    expect(morning.filter((c) => c.path === '/api/v4/systems')).toHaveLength(1);
  });
});

describe('Enphase sync: quota and grants', () => {
  it('waits a burst of 429s out until period_end and loses no interval', async () => {
    rig = await startSyncRig(ACCOUNT_A, middayCalifornia);
    await rig.scheduler.refreshNow();
    const periodEnd = Math.floor(rig.clock.now() / 60) * 60 + quarter + 60;
    rig.emulator.admin.injectFault({
      path: '/telemetry',
      status: 429,
      times: 2,
      body: {
        message: 'Too Many Requests',
        details: 'Usage limit exceeded for plan Kilowatt',
        code: 429,
        period: 'minute',
        period_start: periodEnd - 60,
        period_end: periodEnd,
        limit: 50,
      },
    });
    await rig.tick(quarter);
    expect(rig.scheduler.status().lastError).toMatch(/request limit for this minute was reached/);
    // Before period_end: the refused sites get no call, though they have new data.
    rig.emulator.admin.clearCalls();
    await rig.tick(30);
    expect(telemetry(rig.apiCalls())).toEqual([]);
    // From period_end on, they catch up from their cursors.
    rig.clock.set(periodEnd);
    await rig.scheduler.refreshNow();
    expect(telemetry(rig.apiCalls()).map(systemOf).sort()).toEqual([riverside, maple].sort());
    await run(2);
    for (const id of ids) {
      expectNoGaps(id);
      expectTotalsMatch(id);
    }
    expect(rig.scheduler.status().lastError).toBeNull();
  });

  it('renews an expired token once and carries on', async () => {
    rig = await startSyncRig(ACCOUNT_A, middayCalifornia);
    await rig.scheduler.refreshNow();
    rig.tokens.forget();
    const calls = await run(0.25);
    expect(rig.tokens.refreshes).toBe(1);
    // The two sites asked at once are each refused once, then renewed by one refresh.
    expect(calls.map((c) => c.status).filter((s) => s === 401)).toHaveLength(2);
    expect(rig.reauths).toEqual([]);
    for (const id of [riverside, maple]) expectNoGaps(id);
  });

  it('stops a revoked connection: the loss is reported once and no further call is made', async () => {
    rig = await startSyncRig(ACCOUNT_A, middayCalifornia);
    await rig.scheduler.refreshNow();
    rig.emulator.admin.revokeAccount(ACCOUNT_A);
    await rig.tick(quarter);
    expect(rig.reauths).toEqual(['conn-1']);
    // Marking the sites is the connection lifecycle's (tests/integration/oauth/reauth.test.ts).
    const cached = rig.cache.lastIntervalAt(siteId(riverside));

    const calls = await run(2);
    expect(calls).toEqual([]);
    expect(rig.cache.lastIntervalAt(siteId(riverside))).toBe(cached);

    // The owner signs in again; the core offers a new provider for the connection.
    rig.emulator.admin.restoreAccount(ACCOUNT_A);
    const tokens = await EmulatorTokenSource.signIn(rig.emulator, ACCOUNT_A, 'conn-1');
    rig.providers[0] = new EnphaseProvider({
      connectionId: 'conn-1',
      apiBase: rig.emulator.url,
      apiKey: rig.emulator.app.apiKey,
      tokens,
      clock: rig.clock,
      log: rig.log,
      ledger: rig.cache,
    });
    await run(0.25);
    expect(rig.reauths).toEqual(['conn-1']);
    for (const id of [riverside, maple]) expectNoGaps(id);
  });
});

describe('Enphase sync: cellular gateways', () => {
  it('picks up each 6-hour upload with one call and leaves no gap', async () => {
    // 08:00 in California: the cellular system's last upload the cloud shows is 12:00 UTC.
    rig = await startSyncRig(ACCOUNT_A, Date.parse('2025-06-18T15:00:00Z') / 1000);
    await rig.scheduler.refreshNow();
    expect(rig.cache.lastIntervalAt(siteId(cedar))).toBe(Date.parse('2025-06-18T12:00:00Z') / 1000);
    const calls = await run(11);
    const cellular = telemetry(calls).filter((c) => systemOf(c) === cedar);
    // Uploads at 18:00 and 00:00 UTC, each visible 20 minutes later.
    expect(cellular.map((c) => new Date(c.at * 1000).toISOString())).toEqual([
      '2025-06-18T18:30:00.000Z',
      '2025-06-19T00:30:00.000Z',
    ]);
    expect(rig.cache.lastIntervalAt(siteId(cedar))).toBe(Date.parse('2025-06-19T00:00:00Z') / 1000);
    expectNoGaps(cedar);
    expectTotalsMatch(cedar);
  });
});
