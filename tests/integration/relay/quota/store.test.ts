import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeaseDecision, StoredLease } from '../../../../relay/quota/lease';
import { RedisQuotaStore } from '../../../../relay/quota/redis-store';
import {
  MemoryQuotaStore,
  QuotaStoreUnavailableError,
  type QuotaStore,
} from '../../../../relay/quota/store';
import { startRedisServer, type RedisServer } from '../../../harness/redis-server';

const JUNE = 1_780_272_000;
let redis: RedisServer;

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis.stop();
});

function decision(over: Partial<StoredLease>, charge: number, refund = 0): LeaseDecision {
  return {
    lease: {
      sites: 10,
      weight: 10,
      newSites: 0,
      newSitesSince: JUNE,
      perDay: 240,
      perMinute: 3,
      issuedAt: JUNE,
      expiresAt: JUNE + 3600,
      month: JUNE,
      ...over,
    },
    charge,
    refund,
  };
}

/** One provider name per store and test, so the Redis cases do not see each other. */
let run = 0;
const stores: [string, () => QuotaStore][] = [
  ['memory', () => new MemoryQuotaStore()],
  ['redis', () => new RedisQuotaStore(redis.url)],
];

describe.each(stores)('the %s quota store', (_name, make) => {
  it('sums the weights of the others and the month, and forgets a lease once it ended', async () => {
    const store = make();
    const provider = `enphase-${(run += 1)}`;
    try {
      await store.commit({
        provider,
        installationId: 'a',
        decision: decision({ weight: 10, newSites: 4 }, 10),
        now: JUNE,
        reported429: false,
      });
      await store.commit({
        provider,
        installationId: 'b',
        decision: decision({ weight: 30, expiresAt: JUNE + 7200 }, 20),
        now: JUNE,
        reported429: true,
      });
      const forA = await store.snapshot(provider, 'a', JUNE + 60, 6 * 3600);
      expect(forA).toMatchObject({
        monthCommitted: 30,
        othersWeight: 30,
        othersNewSites: 0,
        recentReports: 1,
        installations: 2,
      });
      expect(forA.previous?.perDay).toBe(240);
      // a renews, giving back half its charge: the month moves by charge minus refund.
      await store.commit({
        provider,
        installationId: 'a',
        decision: decision({ weight: 5 }, 10, 5),
        now: JUNE + 1800,
        reported429: false,
      });
      const forB = await store.snapshot(provider, 'b', JUNE + 1800, 6 * 3600);
      expect(forB).toMatchObject({ monthCommitted: 35, othersWeight: 5, othersNewSites: 0 });
      // a's lease ended at JUNE + 3600; b's runs to JUNE + 7200; the report is older than 1 h.
      const later = await store.snapshot(provider, 'c', JUNE + 3700, 3600);
      expect(later).toMatchObject({ othersWeight: 30, installations: 1, recentReports: 0 });
      expect(later.previous).toBeNull();
    } finally {
      await store.close();
    }
  });

  it('counts hits per fixed window and installation ids per address', async () => {
    const store = make();
    const key = `k-${(run += 1)}`;
    try {
      expect(await store.hit(key, 60, JUNE + 1)).toBe(1);
      expect(await store.hit(key, 60, JUNE + 59)).toBe(2);
      expect(await store.hit(key, 60, JUNE + 60)).toBe(1);
      await store.rememberAddress(key, 'one', JUNE, 3600);
      await store.rememberAddress(key, 'two', JUNE + 100, 3600);
      expect(await store.addressInstallations(key, 'one', JUNE + 200, 3600)).toEqual({
        known: true,
        count: 2,
      });
      expect(await store.addressInstallations(key, 'three', JUNE + 3650, 3600)).toEqual({
        known: false,
        count: 1,
      });
    } finally {
      await store.close();
    }
  });
});

describe('the Redis quota store while Redis is down', () => {
  it('fails fast with a named error and works again once Redis is back', async () => {
    const errors: Error[] = [];
    const store = new RedisQuotaStore(redis.url, { onError: (error) => errors.push(error) });
    try {
      expect(await store.hit('down', 60, JUNE)).toBe(1);
      await redis.kill();
      await expect(store.hit('down', 60, JUNE)).rejects.toBeInstanceOf(QuotaStoreUnavailableError);
      await redis.restart();
      await expect
        .poll(() => store.hit('down', 60, JUNE).catch(() => -1), { timeout: 10_000 })
        .toBe(2);
      expect(errors.length).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });
});
