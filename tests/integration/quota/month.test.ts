// One Enphase plan shared by 50 installations through three relay processes and a real Redis,
// over a simulated month: nobody meets a 429, everyone gets its share by sites, a relay killed
// mid-run loses no lease, and a Redis crash leaves the relays answering and converging again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@redis/client';
import { startRedisServer, type RedisServer } from '../../harness/redis-server';
import { startRelayProcess, type RelayProcess } from '../../harness/relay-process';
import { SimulatedFleet } from './fleet';

const JUNE = 1_780_272_000; // 2026-06-01T00:00:00Z, a 30-day month
const DAY = 86_400;
/** 1 to 100 sites, spread evenly over 50 installations. */
const SITES = Array.from({ length: 50 }, (_, i) => 1 + Math.round((i * 99) / 49));

let redis: RedisServer;
let relays: RelayProcess[] = [];
let fleet: SimulatedFleet;
let doomed: RelayProcess;
const outage = { answersBefore: 0, answersDuring: { ok: 0, fallback: 0, failed: 0, other: 0 } };
let leasesAfterKill = 0;
let minutesOnDefaultBeforeOutage = -1;
let perSiteGrants: number[] = [];

/** Polls a relay with a lease that weighs nothing until it answers from Redis again. */
async function untilCommitting(relay: RelayProcess): Promise<void> {
  const probe = {
    installationId: 'probe-installation-0000000000',
    activeSites: 0,
    expectedCalls: 0,
  };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${relay.url}/quota/enphase/lease`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(probe),
    });
    if (((await response.json()) as { fallback?: boolean }).fallback === false) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`relay ${relay.url} did not reach Redis again within 20 s`);
}

beforeAll(async () => {
  redis = await startRedisServer();
  const env = {
    REDIS_URL: redis.url,
    RELAY_QUOTA_ENPHASE_PLAN: 'kilowatt',
    // Six-hour leases (renewed every five) keep the simulated month to ~7,000 lease requests;
    // production leases last an hour, which only multiplies the same arithmetic.
    RELAY_QUOTA_LEASE_SECONDS: '21600',
    RELAY_QUOTA_INSTALLATIONS_PER_ADDRESS: '100',
    RELAY_RATE_LIMIT_PER_MINUTE: '100000',
  };
  relays = await Promise.all([0, 1, 2].map(() => startRelayProcess(env, JUNE)));
  fleet = new SimulatedFleet(relays, 'kilowatt', JUNE, SITES);
  await fleet.startAll();

  // Day 10: a relay dies while a round of renewals is in flight through it.
  doomed = relays[1]!;
  await fleet.runUntil(JUNE + 12 * DAY, {
    at: JUNE + 10 * DAY,
    run: async () => {
      fleet.drop(doomed);
      await doomed.kill();
    },
  });
  const inspector = createClient({ url: redis.url });
  await inspector.connect();
  leasesAfterKill = await inspector.hLen('enalysis:quota:{enphase}:leases');
  inspector.destroy();

  // Day 20: Redis crashes for 40 minutes (less than the hour a lease has left at its renewal).
  await fleet.runUntil(JUNE + 20 * DAY);
  minutesOnDefaultBeforeOutage = fleet.installations.reduce(
    (sum, i) => sum + i.minutesOnDefault,
    0,
  );
  outage.answersBefore = fleet.answers.ok + fleet.answers.fallback;
  const before = { ...fleet.answers };
  await redis.kill();
  await fleet.runUntil(JUNE + 20 * DAY + 40 * 60);
  outage.answersDuring = {
    ok: fleet.answers.ok - before.ok,
    fallback: fleet.answers.fallback - before.fallback,
    failed: fleet.answers.failed - before.failed,
    other: fleet.answers.other - before.other,
  };
  await redis.restart();
  // The relays reconnect on their own, in real time (backoff up to 2 s): a simulated minute is
  // far shorter, so the simulation waits until every live relay commits leases again.
  await fleet.syncRelayClocks();
  await Promise.all(
    relays.filter((relay) => relay !== doomed).map((relay) => untilCommitting(relay)),
  );
  await fleet.runUntil(JUNE + 25 * DAY);
  perSiteGrants = fleet.installations.map((i) => i.client.allowance().perDay / i.sites);
  await fleet.runUntil(JUNE + 30 * DAY);
}, 180_000);

afterAll(async () => {
  await Promise.all(relays.map((relay) => relay.stop()));
  await redis?.stop();
});

describe('a month of one Kilowatt plan shared by 50 installations', () => {
  it('never meets a 429 and stays within the month', () => {
    const rejected = fleet.installations.reduce((sum, i) => sum + i.rejected, 0);
    const usage = fleet.counter.usage(JUNE + 30 * DAY - 1);
    expect(rejected, JSON.stringify(fleet.rejections)).toBe(0);
    expect(usage.month.count).toBeLessThanOrEqual(50_000);
    // The plan is used, not hoarded: the safety margin and the backfill reserve stay unspent.
    expect(usage.month.count).toBeGreaterThan(50_000 * 0.8);
  });

  it('gives each installation its share by sites, within 10 %', () => {
    const total = fleet.installations.reduce((sum, i) => sum + i.calls, 0);
    const sites = SITES.reduce((sum, count) => sum + count, 0);
    for (const installation of fleet.installations) {
      const fair = (total * installation.sites) / sites;
      expect(Math.abs(installation.calls - fair) / fair, installation.id).toBeLessThanOrEqual(0.1);
    }
  });

  it('loses no lease when a relay instance dies mid-run', () => {
    expect(leasesAfterKill).toBe(50);
    expect(minutesOnDefaultBeforeOutage).toBe(0);
  });

  it('keeps answering while Redis is down, then converges again', () => {
    expect(outage.answersDuring.fallback).toBeGreaterThan(0);
    expect(outage.answersDuring.other + outage.answersDuring.failed).toBe(0);
    for (const relay of relays.filter((_, index) => index !== 1)) {
      expect(
        relay.warnings.filter((line) => line.includes('quota store unreachable')),
      ).toHaveLength(1);
      expect(relay.warnings.some((line) => line.includes('quota store reachable again'))).toBe(
        true,
      );
    }
    // No lease ran out during the outage, and five days later every grant is proportional to sites.
    expect(fleet.installations.every((i) => i.minutesOnDefault === 0)).toBe(true);
    const mean = perSiteGrants.reduce((sum, value) => sum + value, 0) / perSiteGrants.length;
    for (const value of perSiteGrants) {
      expect(Math.abs(value - mean) / mean).toBeLessThanOrEqual(0.1);
    }
    expect(fleet.installations.every((i) => i.client.allowance().source === 'lease')).toBe(true);
  });
});
