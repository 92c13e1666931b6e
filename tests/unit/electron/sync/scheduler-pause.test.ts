import { afterEach, describe, expect, it, vi } from 'vitest';
import { syncStatusSchema } from '../../../../shared/domain';
import type { Rig } from './fixtures';
import { makeRig } from './fixtures';

let rig: Rig;
afterEach(async () => {
  await rig.close();
});

describe('SyncScheduler pause (tray "Pause refreshing")', () => {
  it('stops every call and the timer, and says "Paused", not offline', async () => {
    rig = makeRig();
    rig.scheduler.start();
    await vi.waitFor(() => expect(rig.timers.pending.size).toBe(1));
    rig.provider.calls.length = 0;

    rig.scheduler.pause();
    expect(rig.timers.pending.size).toBe(0);
    const status = rig.scheduler.status();
    expect(status).toMatchObject({ online: true, paused: true, nextRunAt: null });
    expect(syncStatusSchema.safeParse(status).success).toBe(true);
    expect(rig.statuses.at(-1)?.paused).toBe(true);

    // Time passes, "Refresh now" is pressed, the network comes back: still no call.
    rig.clock.advance(600);
    await rig.scheduler.refreshNow();
    rig.network.set(false);
    rig.network.set(true);
    await rig.scheduler.refreshNow();
    expect(rig.provider.calls).toEqual([]);
    expect(rig.timers.pending.size).toBe(0);
  });

  it('resuming refreshes what fell due at once and sets the timer again', async () => {
    rig = makeRig();
    rig.scheduler.start();
    await vi.waitFor(() => expect(rig.timers.pending.size).toBe(1));
    rig.scheduler.pause();
    rig.provider.calls.length = 0;
    rig.clock.advance(600);

    await rig.scheduler.resume();
    expect(rig.provider.count('fetchIntervals')).toBe(3);
    expect(rig.timers.pending.size).toBe(1);
    expect(rig.scheduler.status()).toMatchObject({ paused: false });
    expect(rig.scheduler.status().refresh).toEqual([
      { provider: 'demo', sites: 3, intervalSeconds: 60 },
    ]);
  });
});
