/**
 * `npm run bench:lease`: the relay's quota leases with a real Redis (the Debian redis-server)
 * behind a relay process. Prints the lease round-trip p50/p99 (loopback HTTP + five Redis
 * scripts), at concurrency 1 and 20, and how many installations of 40 sites one Kilowatt and one
 * Partner plan serve at 15-minute daylight freshness, found by asking the relay: installations
 * are added until their settled grant no longer covers what 40 sites need at the floor.
 */
import { createClient } from '@redis/client';
import { expectedCallsPerDay } from '../electron/quota/demand';
import { leaseGrantSchema, type LeaseGrant } from '../shared/quota-lease';
import { startRedisServer, type RedisServer } from '../tests/harness/redis-server';
import { startRelayProcess, type RelayProcess } from '../tests/harness/relay-process';

const JUNE = 1_780_272_000; // 2026-06-01T00:00:00Z, a 30-day month
const SITES = 40;
const DEMAND = expectedCallsPerDay(SITES, 1);

function idOf(n: number): string {
  return `bench-installation-${String(n).padStart(10, '0')}`;
}

async function lease(relay: RelayProcess, id: string, sites = SITES): Promise<LeaseGrant> {
  const response = await fetch(`${relay.url}/quota/enphase/lease`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ installationId: id, activeSites: sites, expectedCalls: DEMAND }),
  });
  return leaseGrantSchema.parse(await response.json());
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

/** Lease round trips (ms) with `concurrency` requests in flight, `total` in all. */
async function roundTrips(relay: RelayProcess, concurrency: number, total: number) {
  const samples: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const n = next++;
      const started = performance.now();
      const grant = await lease(relay, idOf(n % 500));
      samples.push(performance.now() - started);
      if (grant.fallback) throw new Error('the relay answered without Redis');
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    concurrency,
    requests: total,
    perSecond: Math.round(total / seconds),
    p50: round(percentile(samples, 50)),
    p99: round(percentile(samples, 99)),
  };
}

/**
 * Installations of 40 sites the plan keeps at the 15-minute floor: each count starts from an
 * empty Redis on the 1st of a 30-day month and renews as the app does (the first lease after
 * 12.5 minutes, then every 50) for 26 hours, past the day new sites are paid a backfill; then
 * every grant must cover the demand.
 */
async function installationsServed(redis: RedisServer, plan: string): Promise<number> {
  const relay = await startRelayProcess(relayEnv(redis, plan), JUNE);
  const admin = createClient({ url: redis.url });
  await admin.connect();
  try {
    let served = 0;
    for (let count = 1; count <= 200; count += 1) {
      await admin.flushAll();
      let grants: LeaseGrant[] = [];
      // As the app does: the first (15-minute) lease renewed in its last sixth, then hourly ones.
      for (let at = JUNE, step = 750; at <= JUNE + 26 * 3600; at += step, step = 3000) {
        await relay.setClock(at);
        grants = await Promise.all(Array.from({ length: count }, (_, n) => lease(relay, idOf(n))));
      }
      if (grants.some((grant) => grant.perDay < DEMAND)) break;
      served = count;
    }
    return served;
  } finally {
    admin.destroy();
    await relay.stop();
  }
}

function relayEnv(redis: RedisServer, plan: string): Record<string, string> {
  return {
    REDIS_URL: redis.url,
    RELAY_QUOTA_ENPHASE_PLAN: plan,
    RELAY_QUOTA_INSTALLATIONS_PER_ADDRESS: '100000',
    RELAY_QUOTA_LEASES_PER_HOUR: '100000',
    RELAY_RATE_LIMIT_PER_MINUTE: '10000000',
  };
}

/** Runs the bench and returns its figures. */
export async function runLeaseBench() {
  const redis = await startRedisServer();
  try {
    const relay = await startRelayProcess(relayEnv(redis, 'partner'), JUNE);
    const latency = [];
    try {
      await roundTrips(relay, 1, 200); // warm-up
      latency.push(await roundTrips(relay, 1, 2000));
      latency.push(await roundTrips(relay, 20, 4000));
    } finally {
      await relay.stop();
    }
    const served = {
      kilowatt: await installationsServed(redis, 'kilowatt'),
      partner: await installationsServed(redis, 'partner'),
    };
    return { latency, demandPerInstallation: DEMAND, served };
  } finally {
    await redis.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runLeaseBench();
  console.info('Lease round trip through one relay process with Redis (loopback):');
  console.table(result.latency);
  console.info(
    `Installations of ${SITES} sites kept at 15-minute daylight freshness ` +
      `(${result.demandPerInstallation.toLocaleString('en')} calls a day each):`,
  );
  console.table(result.served);
}
