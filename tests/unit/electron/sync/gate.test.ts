import { describe, expect, it } from 'vitest';
import type { CacheStore, LedgerEntry } from '../../../../electron/cache/types';
import { silentLogger } from '../../../../electron/ports';
import { RequestGate, SyncPausedError } from '../../../../electron/sync/gate';
import { FakeHttpError } from './fixtures';

/** Only the ledger part of the cache: all the gate touches. */
const ledger = (fail = false) => {
  const entries: LedgerEntry[] = [];
  const cache = {
    recordRequest(entry: LedgerEntry) {
      if (fail) throw new Error('disk full');
      entries.push(entry);
    },
  } as unknown as CacheStore;
  return { cache, entries };
};

const label = {
  provider: 'demo' as const,
  connectionId: null,
  siteId: 'demo:a',
  endpoint: 'fetchIntervals',
};
const clock = { now: () => 1000 };

describe('RequestGate', () => {
  it('records a successful call with status 200 and one that failed with its status', async () => {
    const { cache, entries } = ledger();
    const gate = new RequestGate({
      cache,
      clock,
      log: silentLogger,
      maxInFlight: 2,
      mayCall: () => true,
    });
    await expect(gate.call(label, async () => 'ok')).resolves.toBe('ok');
    await expect(gate.call(label, () => Promise.reject(new FakeHttpError(503)))).rejects.toThrow(
      FakeHttpError,
    );
    await expect(
      gate.call(label, () => Promise.reject(new TypeError('fetch failed'))),
    ).rejects.toThrow(TypeError);
    expect(entries.map((e) => e.status)).toEqual([200, 503, 0]);
    expect(entries[0]).toEqual({ ...label, status: 200, at: 1000 });
  });

  it('records the connection a call went through, and nothing for self-recording providers', async () => {
    const { cache, entries } = ledger();
    const gate = new RequestGate({
      cache,
      clock,
      log: silentLogger,
      maxInFlight: 2,
      mayCall: () => true,
    });
    const enphase = { ...label, provider: 'enphase' as const, connectionId: 'conn-1' };
    await gate.call(enphase, async () => 'ok');
    await gate.call({ ...enphase, record: false }, async () => 'ok');
    expect(entries).toEqual([
      {
        provider: 'enphase',
        connectionId: 'conn-1',
        siteId: 'demo:a',
        endpoint: 'fetchIntervals',
        status: 200,
        at: 1000,
      },
    ]);
  });

  it('drops a queued call, unrecorded, whose connection was lost while it waited', async () => {
    const { cache, entries } = ledger();
    const gate = new RequestGate({
      cache,
      clock,
      log: silentLogger,
      maxInFlight: 1,
      mayCall: () => true,
    });
    let lost = false;
    const first = gate.call(label, async () => {
      lost = true;
    });
    const second = gate.call(
      label,
      async () => 'made',
      () => !lost,
    );
    await first;
    await expect(second).rejects.toThrow(SyncPausedError);
    expect(entries).toHaveLength(1);
  });

  it('makes no call and records nothing when calls are not allowed (offline, stopping)', async () => {
    const { cache, entries } = ledger();
    let called = false;
    const gate = new RequestGate({
      cache,
      clock,
      log: silentLogger,
      maxInFlight: 2,
      mayCall: () => false,
    });
    await expect(
      gate.call(label, async () => {
        called = true;
      }),
    ).rejects.toThrow(SyncPausedError);
    expect(called).toBe(false);
    expect(entries).toEqual([]);
  });

  it('keeps a good answer good when the ledger cannot be written', async () => {
    const { cache } = ledger(true);
    const gate = new RequestGate({
      cache,
      clock,
      log: silentLogger,
      maxInFlight: 1,
      mayCall: () => true,
    });
    await expect(gate.call(label, async () => 42)).resolves.toBe(42);
  });

  it('runs at most maxInFlight calls at once', async () => {
    const { cache } = ledger();
    const gate = new RequestGate({
      cache,
      clock,
      log: silentLogger,
      maxInFlight: 3,
      mayCall: () => true,
    });
    let running = 0;
    let most = 0;
    const work = async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 2));
      running -= 1;
    };
    await Promise.all(Array.from({ length: 10 }, () => gate.call(label, work)));
    expect(most).toBe(3);
  });
});
