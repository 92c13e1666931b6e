import { afterEach, describe, expect, it, vi } from 'vitest';
import { syncStatusSchema } from '../../../../shared/domain';
import { addDays, endOfLocalDay, localDateOf, startOfLocalDay } from '../../../../shared/time';
import { InvalidRequestError, NotFoundError, UnavailableError } from '../../../../electron/errors';
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
      explanation: '3 demo sites: refreshed every minute',
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
    expect(rig.scheduler.status().explanation).toMatch(/^Offline/);

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

describe('SyncScheduler.syncSites', () => {
  it('stores every listed site with its status and keeps addedAt on later syncs', async () => {
    rig = makeRig({
      sites: [
        ...threeSites,
        {
          ...threeSites[0]!,
          slug: 'madrid-test',
          fault: {
            tripAt: startInstant - 2 * 86_400,
            cycleDays: 30,
            resetAfterDays: 29,
            inverterIndex: 0,
            alarm: 'an arc-fault alarm',
          },
        },
      ],
    });
    await rig.scheduler.syncSites();
    expect(
      rig.cache
        .listSites()
        .map((s) => s.id)
        .sort(),
    ).toEqual([...ids, 'demo:madrid-test'].sort());
    expect(rig.cache.getSite('demo:madrid-test')).toMatchObject({ status: 'fault' });
    expect(rig.cache.getSite('demo:madrid-test')?.statusDetail).toMatch(/^Inverter 1 of 2/);
    expect(rig.provider.siteCalls()).toEqual([]);
    rig.clock.advance(86_400);
    rig.updates.length = 0;
    await rig.scheduler.syncSites();
    expect(rig.cache.getSite(`demo:${berlin}`)?.addedAt).toBe(startInstant);
    expect(rig.updates).toEqual([]);
  });
});

describe('SyncScheduler.ensureIntervals', () => {
  it('fetches an older day once, stores exactly that day, and records the call', async () => {
    rig = makeRig();
    await rig.scheduler.refreshNow();
    const id = `demo:${berlin}`;
    const date = '2025-03-30'; // Berlin's spring-forward day: 23 hours
    rig.provider.calls.length = 0;
    const before = rig.cache.countRequests('demo', 0);

    await rig.scheduler.ensureIntervals(id, date);
    const start = startOfLocalDay(date, 'Europe/Berlin');
    const end = endOfLocalDay(date, 'Europe/Berlin');
    expect(rig.cache.intervals(id, start, end)).toHaveLength(276);
    expect(rig.cache.intervals(id, end, end + 86_400)).toHaveLength(0);
    expect(rig.provider.calls.map((c) => [c.method, c.args])).toEqual([
      ['fetchIntervals', [start]],
    ]);
    expect(rig.cache.countRequests('demo', 0)).toBe(before + 1);

    await rig.scheduler.ensureIntervals(id, date);
    expect(rig.provider.calls).toHaveLength(1);
  });

  it('remembers an older day that came back empty: opening it again spends no call', async () => {
    rig = makeRig();
    await rig.scheduler.refreshNow();
    const id = `demo:${berlin}`;
    rig.provider.empty.add(berlin);
    rig.provider.calls.length = 0;
    for (let i = 0; i < 3; i += 1) await rig.scheduler.ensureIntervals(id, '2025-03-01');
    expect(rig.provider.count('fetchIntervals')).toBe(1);
    // A day later still remembered; a week later it is asked once more (late uploads).
    rig.clock.advance(86_400);
    await rig.scheduler.ensureIntervals(id, '2025-03-01');
    expect(rig.provider.count('fetchIntervals')).toBe(1);
    rig.clock.advance(7 * 86_400);
    await rig.scheduler.ensureIntervals(id, '2025-03-01');
    expect(rig.provider.count('fetchIntervals')).toBe(2);
  });

  it('remembers an empty yesterday only for an hour: its data may still be uploading', async () => {
    rig = makeRig();
    rig.provider.empty.add(berlin);
    await rig.scheduler.refreshNow();
    const id = `demo:${berlin}`;
    const yesterday = addDays(localDateOf(rig.clock.now(), 'Europe/Berlin'), -1);
    // The regular ticks moved past yesterday without finding anything.
    rig.cache.setCursor(id, 'intervals', String(endOfLocalDay(yesterday, 'Europe/Berlin')));
    rig.provider.calls.length = 0;
    await rig.scheduler.ensureIntervals(id, yesterday);
    await rig.scheduler.ensureIntervals(id, yesterday);
    expect(rig.provider.count('fetchIntervals')).toBe(1);
    rig.clock.advance(3_601);
    await rig.scheduler.ensureIntervals(id, yesterday);
    expect(rig.provider.count('fetchIntervals')).toBe(2);
  });

  it('remembers a day the provider refused (422: out of range) and does not ask again', async () => {
    rig = makeRig();
    await rig.scheduler.refreshNow();
    const id = `demo:${berlin}`;
    rig.provider.failing.set(berlin, new InvalidRequestError('refused the dates'));
    rig.provider.calls.length = 0;
    await expect(rig.scheduler.ensureIntervals(id, '2023-01-05')).rejects.toThrow(
      InvalidRequestError,
    );
    await rig.scheduler.ensureIntervals(id, '2023-01-05');
    expect(rig.provider.count('fetchIntervals')).toBe(1);
  });

  it('makes no call for days the regular ticks bring or that have not begun', async () => {
    rig = makeRig();
    await rig.scheduler.refreshNow();
    rig.provider.calls.length = 0;
    const today = localDateOf(startInstant, 'Europe/Berlin');
    for (const date of [today, addDays(today, -3), addDays(today, 4)]) {
      await rig.scheduler.ensureIntervals(`demo:${berlin}`, date);
    }
    expect(rig.provider.calls).toEqual([]);
  });

  it('refuses bad input and says plainly when it cannot fetch', async () => {
    rig = makeRig();
    await rig.scheduler.refreshNow();
    await expect(rig.scheduler.ensureIntervals('demo:nowhere', '2025-03-01')).rejects.toThrow(
      NotFoundError,
    );
    await expect(rig.scheduler.ensureIntervals(`demo:${berlin}`, '2025-02-30')).rejects.toThrow(
      InvalidRequestError,
    );
    rig.network.set(false);
    await expect(rig.scheduler.ensureIntervals(`demo:${berlin}`, '2025-03-01')).rejects.toThrow(
      new UnavailableError(
        'You are offline: the detail of 2025-03-01 loads when the connection is back.',
      ),
    );
    rig.network.set(true);
    rig.provider.failing.set(berlin, new FakeHttpError(500));
    const failure = rig.scheduler.ensureIntervals(`demo:${berlin}`, '2025-03-01');
    await expect(failure).rejects.toThrow(UnavailableError);
    await expect(failure).rejects.toThrow(/HTTP 500/);
    await expect(failure).rejects.not.toThrow(/SECRET/);
  });
});

describe('SyncScheduler.stop', () => {
  it('waits for calls in flight and leaves no timer or listener behind', async () => {
    rig = makeRig();
    rig.provider.delayMs = 5;
    rig.scheduler.start();
    await vi.waitFor(() => expect(rig.provider.calls.length).toBeGreaterThan(1));
    await rig.scheduler.stop();
    expect(rig.timers.pending.size).toBe(0);
    expect(rig.provider.inFlight).toBe(0);
    const calls = rig.provider.calls.length;
    rig.network.set(false);
    rig.network.set(true);
    await rig.scheduler.refreshNow();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(rig.provider.calls.length).toBe(calls);
    expect(rig.timers.pending.size).toBe(0);
    expect(rig.cache.countRequests('demo', 0)).toBe(calls);
  });
});

describe('SyncScheduler.whenIdle (the moment an update may be installed)', () => {
  it('resolves at once when nothing runs', async () => {
    rig = makeRig();
    await expect(rig.scheduler.whenIdle()).resolves.toBeUndefined();
  });

  it('waits for the running tick to finish writing', async () => {
    rig = makeRig();
    const refresh = rig.scheduler.refreshNow();
    expect(rig.updates).toEqual([]);
    await rig.scheduler.whenIdle();
    expect(rig.scheduler.status().running).toBe(false);
    expect(rig.updates).toEqual([ids]);
    await refresh;
  });
});
