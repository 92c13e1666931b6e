import { afterEach, describe, expect, it, vi } from 'vitest';
import { syncStatusSchema } from '../../../../shared/domain';
import { addDays, localDateOf, startOfLocalDay } from '../../../../shared/time';
import { defaultBackfillWindow } from '../../../../electron/sync/plan';
import type { Rig } from './fixtures';
import { FakeHttpError, makeRig, startInstant, threeSites } from './fixtures';

const ids = threeSites.map((s) => `demo:${s.slug}`).sort();
const [berlin, denver, sydney] = threeSites.map((s) => s.slug) as [string, string, string];
const newestEnd = (t: number): number => Math.floor(t / 300) * 300;

let rig: Rig;
afterEach(async () => {
  await rig.close();
});

describe('SyncScheduler backfill', () => {
  it('fills a new site with exactly one daily call and one interval call', async () => {
    rig = makeRig({ options: { backfill: defaultBackfillWindow } });
    await rig.scheduler.refreshNow();

    expect(rig.provider.count('listSites')).toBe(1);
    for (const slug of [berlin, denver, sydney]) {
      expect(rig.provider.count('fetchDaily', slug)).toBe(1);
      expect(rig.provider.count('fetchIntervals', slug)).toBe(1);
    }
    expect(rig.provider.siteCalls()).toHaveLength(6);

    for (const spec of threeSites) {
      const id = `demo:${spec.slug}`;
      const today = localDateOf(startInstant, spec.timeZone);
      const daily = rig.cache.daily(id, addDays(today, -365), addDays(today, -1));
      expect(daily, spec.slug).toHaveLength(365);
      expect(rig.cache.getCursor(id, 'intervals')).toBe(String(newestEnd(startInstant)));
      const weekStart = startOfLocalDay(addDays(today, -6), spec.timeZone);
      const stored = rig.cache.intervals(id, weekStart, startInstant);
      expect(stored.length).toBe((newestEnd(startInstant) - weekStart) / 300);
      expect(rig.cache.getSite(id)).toMatchObject({ provider: 'demo', addedAt: startInstant });
    }
    expect(rig.cache.countRequests('demo', 0)).toBe(7);
    expect(rig.updates).toEqual([ids]);

    // The calls ask for the last 365 days up to yesterday, and intervals for 7 local days
    // (today and the 6 before), each in the site's own zone.
    const spec = threeSites[2]!;
    const today = localDateOf(startInstant, spec.timeZone);
    const daily = rig.provider.calls.find(
      (c) => c.method === 'fetchDaily' && c.externalId === spec.slug,
    );
    expect(daily?.args).toEqual([addDays(today, -365), addDays(today, -1)]);
    const intervals = rig.provider.calls.find(
      (c) => c.method === 'fetchIntervals' && c.externalId === spec.slug,
    );
    expect(intervals?.args).toEqual([startOfLocalDay(addDays(today, -6), spec.timeZone)]);
  });

  it('keeps the cached daily totals equal to what the provider reports for whole days', async () => {
    rig = makeRig();
    await rig.scheduler.refreshNow();
    for (const spec of threeSites) {
      const id = `demo:${spec.slug}`;
      const site = (await rig.provider.listSites()).find((s) => s.externalId === spec.slug)!;
      const today = localDateOf(startInstant, spec.timeZone);
      // Day 3 comes from intervals, day 25 from the reported totals: both must agree.
      for (const date of [addDays(today, -3), addDays(today, -25)]) {
        const [reported] = await rig.provider.fetchDaily(site, date, date);
        const [cached] = rig.cache.daily(id, date, date);
        expect(cached?.wh).toBeCloseTo(reported?.wh ?? Number.NaN, 3);
      }
    }
  });

  it('reports progress of the backfill calls through onStatus', async () => {
    rig = makeRig();
    await rig.scheduler.refreshNow();
    const progress = rig.statuses.map((s) => s.progress).filter((p) => p !== null);
    expect(progress[0]).toEqual({ done: 0, total: 6 });
    expect(progress.at(-1)).toEqual({ done: 6, total: 6 });
    const dones = progress.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(rig.scheduler.status().progress).toBeNull();
    for (const status of rig.statuses)
      expect(syncStatusSchema.safeParse(status).success).toBe(true);
  });
});

describe('SyncScheduler steady state', () => {
  it('makes one interval call per site from its cursor, and none when nothing moved', async () => {
    rig = makeRig();
    await rig.scheduler.refreshNow();
    const cursor = newestEnd(startInstant);
    rig.provider.calls.length = 0;
    rig.updates.length = 0;

    rig.clock.advance(600);
    await rig.scheduler.refreshNow();
    expect(rig.provider.count('listSites')).toBe(1);
    expect(rig.provider.siteCalls().map((c) => [c.method, c.args])).toEqual([
      ['fetchIntervals', [cursor]],
      ['fetchIntervals', [cursor]],
      ['fetchIntervals', [cursor]],
    ]);
    for (const id of ids) {
      expect(rig.cache.getCursor(id, 'intervals')).toBe(String(newestEnd(rig.clock.now())));
      expect(rig.cache.getSite(id)?.addedAt).toBe(startInstant);
    }
    expect(rig.updates).toEqual([ids]);

    rig.provider.calls.length = 0;
    rig.updates.length = 0;
    rig.clock.advance(30); // still inside the same 5-minute interval
    await rig.scheduler.refreshNow();
    expect(rig.provider.count('listSites')).toBe(1);
    expect(rig.provider.siteCalls()).toEqual([]);
    expect(rig.updates).toEqual([]);
    expect(rig.cache.countRequests('demo', 0)).toBe(7 + 4 + 1);
  });

  it('never overlaps ticks: a second refresh joins the one running', async () => {
    rig = makeRig();
    rig.provider.delayMs = 5;
    await Promise.all([rig.scheduler.refreshNow(), rig.scheduler.refreshNow()]);
    expect(rig.provider.count('listSites')).toBe(1);
    expect(rig.provider.siteCalls()).toHaveLength(6);
  });

  it('keeps at most maxInFlight provider calls in flight', async () => {
    rig = makeRig({ options: { maxInFlight: 2 } });
    rig.provider.delayMs = 5;
    await rig.scheduler.refreshNow();
    expect(rig.provider.siteCalls()).toHaveLength(6);
    expect(rig.provider.maxInFlight).toBe(2);
  });

  it('explains itself in a sentence and says when it runs next', async () => {
    rig = makeRig();
    rig.scheduler.start();
    await vi.waitFor(() => expect(rig.timers.pending.size).toBe(1));
    const status = rig.scheduler.status();
    expect(status).toMatchObject({
      online: true,
      running: false,
      lastRunAt: startInstant,
      nextRunAt: startInstant + 60,
      intervalSeconds: 60,
      refresh: [{ provider: 'demo', sites: 3, intervalSeconds: 60 }],
      lastError: null,
    });
    expect([...rig.timers.pending.values()][0]?.ms).toBe(60_000);
  });

  it('ticks again when its timer fires', async () => {
    rig = makeRig();
    rig.scheduler.start();
    await vi.waitFor(() => expect(rig.timers.pending.size).toBe(1));
    rig.provider.calls.length = 0;
    rig.clock.advance(60 * 5);
    rig.timers.fireAll();
    await vi.waitFor(() => expect(rig.provider.count('fetchIntervals')).toBe(3));
    await vi.waitFor(() => expect(rig.timers.pending.size).toBe(1));
  });
});

describe('SyncScheduler offline', () => {
  it('makes no call at all while offline and resumes with an immediate tick', async () => {
    rig = makeRig();
    rig.network.set(false);
    rig.scheduler.start();
    await rig.scheduler.refreshNow();
    expect(rig.provider.calls).toEqual([]);
    expect(rig.timers.pending.size).toBe(0);
    expect(rig.scheduler.status()).toMatchObject({ online: false, nextRunAt: null });

    rig.network.set(true);
    await vi.waitFor(() => expect(rig.provider.siteCalls()).toHaveLength(6));
    await vi.waitFor(() => expect(rig.timers.pending.size).toBe(1));
  });

  it('pauses mid-way when the connection drops: queued calls are not made', async () => {
    rig = makeRig({ options: { maxInFlight: 1 } });
    rig.provider.delayMs = 5;
    // The connection drops as the first site call starts: no timing involved.
    rig.provider.onCall = (call) => {
      if (call.method === 'fetchDaily') rig.network.set(false);
    };
    await rig.scheduler.refreshNow();
    expect(rig.provider.siteCalls().length).toBeLessThan(6);
    expect(rig.scheduler.status().lastError).toBeNull();
    expect(rig.cache.countRequests('demo', 0)).toBe(rig.provider.calls.length);
  });

  it('cancels its timer when going offline', async () => {
    rig = makeRig();
    rig.scheduler.start();
    await vi.waitFor(() => expect(rig.timers.pending.size).toBe(1));
    rig.network.set(false);
    expect(rig.timers.pending.size).toBe(0);
  });
});

describe('SyncScheduler failures', () => {
  it('backs off a failing site while the others keep updating, then recovers', async () => {
    rig = makeRig();
    await rig.scheduler.refreshNow();
    rig.provider.failing.set(denver, new FakeHttpError(503));
    rig.provider.calls.length = 0;
    rig.updates.length = 0;

    rig.clock.advance(300);
    await rig.scheduler.refreshNow();
    expect(rig.provider.count('fetchIntervals')).toBe(3);
    expect(rig.updates).toEqual([[`demo:${berlin}`, `demo:${sydney}`]]);
    const status = rig.scheduler.status();
    expect(status.lastError).toBe('Lincoln High School: the service answered with HTTP 503.');
    expect(rig.log.text()).toContain('FakeHttpError');
    expect(rig.log.text()).not.toContain('SECRET-KEY-123');

    // First failure: 30 s (jitter pinned to its top). Within it the site is left alone,
    // although it has new data.
    rig.provider.calls.length = 0;
    rig.clock.advance(20);
    await rig.scheduler.refreshNow();
    expect(rig.provider.count('fetchIntervals', denver)).toBe(0);

    rig.clock.advance(280);
    await rig.scheduler.refreshNow();
    expect(rig.provider.count('fetchIntervals', denver)).toBe(1);

    // The second failure doubles the wait to 60 s.
    rig.provider.calls.length = 0;
    rig.clock.advance(59);
    await rig.scheduler.refreshNow();
    expect(rig.provider.count('fetchIntervals', denver)).toBe(0);

    rig.provider.failing.clear();
    rig.clock.advance(3600);
    rig.updates.length = 0;
    await rig.scheduler.refreshNow();
    expect(rig.updates).toEqual([ids]);
    expect(rig.scheduler.status().lastError).toBeNull();
    expect(rig.cache.getCursor(`demo:${denver}`, 'intervals')).toBe(
      String(newestEnd(rig.clock.now())),
    );
  });

  it('records failed calls in the ledger too, so ledger counts always match calls', async () => {
    rig = makeRig();
    rig.provider.failing.set(sydney, new FakeHttpError(500));
    await rig.scheduler.refreshNow();
    rig.clock.advance(7200);
    await rig.scheduler.refreshNow();
    expect(rig.cache.countRequests('demo', 0)).toBe(rig.provider.calls.length);
    // The failed daily call is retried; the other sites are in steady state.
    expect(rig.provider.count('fetchDaily', sydney)).toBe(2);
    expect(rig.provider.count('fetchDaily', berlin)).toBe(1);
  });

  it('waits until the instant a 429 names, not just its own backoff', async () => {
    rig = makeRig();
    await rig.scheduler.refreshNow();
    const periodEnd = rig.clock.now() + 1800;
    rig.provider.failing.set(berlin, new FakeHttpError(429, periodEnd));
    rig.clock.advance(300);
    await rig.scheduler.refreshNow();
    rig.provider.failing.clear();
    rig.provider.calls.length = 0;
    rig.clock.advance(600);
    await rig.scheduler.refreshNow();
    expect(rig.provider.count('fetchIntervals', berlin)).toBe(0);
    rig.clock.t = periodEnd;
    await rig.scheduler.refreshNow();
    expect(rig.provider.count('fetchIntervals', berlin)).toBe(1);
  });

  it('survives a provider whose site list fails: nothing else is called, the error is shown', async () => {
    rig = makeRig();
    rig.provider.listSites = () => Promise.reject(new FakeHttpError(502));
    await rig.scheduler.refreshNow();
    expect(rig.provider.siteCalls()).toEqual([]);
    expect(rig.scheduler.status().lastError).toBe(
      'Listing demo sites: the service answered with HTTP 502.',
    );
    expect(rig.cache.countRequests('demo', 0)).toBe(1);
  });
});
