// The scheduler's on-demand work (syncing chosen sites, intervals for a day a chart opens) and
// its shutdown; scheduler.test.ts covers backfill, steady state, offline and failures.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, endOfLocalDay, localDateOf, startOfLocalDay } from '../../../../shared/time';
import { InvalidRequestError, NotFoundError, UnavailableError } from '../../../../electron/errors';
import type { Rig } from './fixtures';
import { FakeHttpError, makeRig, startInstant, threeSites } from './fixtures';
import { inEnglish } from '../../../harness/words';

const ids = threeSites.map((s) => `demo:${s.slug}`).sort();
const [berlin] = threeSites.map((s) => s.slug) as [string, string, string];

let rig: Rig;
afterEach(async () => {
  await rig.close();
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
            alarm: 'arcFault',
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
    expect(inEnglish(rig.cache.getSite('demo:madrid-test')?.statusDetail)).toMatch(
      /^Inverter 1 of 2/,
    );
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
