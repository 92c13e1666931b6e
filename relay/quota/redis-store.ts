/**
 * The quota store on Redis (`REDIS_URL`), shared by every relay instance. node-redis's core
 * client (`@redis/client`) with its offline queue off and a short command deadline: while Redis
 * is down a command fails at once with {@link QuotaStoreUnavailableError} (the relay then grants
 * the conservative default and lets token exchange through) instead of waiting in a queue, and
 * the client keeps reconnecting in the background. Every step is one Lua script, so it is atomic.
 * Keys of one provider share a hash tag (`{enphase}`), so the scripts also run on Redis Cluster.
 */
import { createHash } from 'node:crypto';
import { createClient } from '@redis/client';
import type { StoredLease } from './lease';
import { quotaMonthOf } from './lease';
import {
  addressScript,
  commitScript,
  hitScript,
  rememberAddressScript,
  snapshotScript,
} from './redis-scripts';
import {
  QuotaStoreUnavailableError,
  type LeaseCommit,
  type QuotaStore,
  type StoreSnapshot,
} from './store';

/** How long one command may take before the store counts as unreachable (ms). */
const COMMAND_TIMEOUT_MS = 1000;
/** The month's account outlives its month by this long, for the operator to look at (s). */
const MONTH_KEEP_SECONDS = 40 * 86_400;
const PREFIX = 'enalysis';

type Reply = string | number | null | Reply[];

/** What the store reports about its connection, for the relay's once-per-outage log lines. */
export interface RedisStoreEvents {
  onError?(error: Error): void;
  onReady?(): void;
}

/** See the module comment. */
export class RedisQuotaStore implements QuotaStore {
  private readonly client;
  private readonly shas = new Map<string, string>();
  /** Settles when the first connection is up (or failed for good). */
  private readonly firstConnection: Promise<unknown>;

  constructor(url: string, events: RedisStoreEvents = {}) {
    this.client = createClient({
      url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 2000,
        // Keep trying for ever, at most every 2 s: the relay outlives Redis restarts.
        reconnectStrategy: (retries) => Math.min(50 * 2 ** Math.min(retries, 6), 2000),
      },
    });
    this.client.on('error', (error: Error) => events.onError?.(error));
    this.client.on('ready', () => events.onReady?.());
    // Not awaited here: the relay answers (with fallbacks) while Redis is still coming up.
    this.firstConnection = this.client.connect().catch((error: unknown) => {
      events.onError?.(error instanceof Error ? error : new Error(String(error)));
    });
  }

  async snapshot(
    provider: string,
    installationId: string,
    now: number,
    reportWindowSeconds: number,
  ): Promise<StoreSnapshot> {
    const reply = (await this.run(snapshotScript, this.providerKeys(provider, now), [
      installationId,
      String(now),
      String(now - reportWindowSeconds),
    ])) as [string, string, string, number, string | null, number];
    const [weight, newSites, committed, reports, leaseJson, installations] = reply;
    const previous = leaseJson ? (JSON.parse(leaseJson) as StoredLease) : null;
    return {
      monthCommitted: Number(committed),
      othersWeight: Math.max(0, Number(weight) - (previous?.weight ?? 0)),
      othersNewSites: Math.max(0, Number(newSites) - (previous?.newSites ?? 0)),
      recentReports: Number(reports),
      previous,
      installations: Number(installations),
    };
  }

  async commit({
    provider,
    installationId,
    decision,
    now,
    reported429,
  }: LeaseCommit): Promise<void> {
    const { lease } = decision;
    await this.run(commitScript, this.providerKeys(provider, lease.month), [
      installationId,
      String(now),
      JSON.stringify(lease),
      String(lease.weight),
      String(lease.newSites),
      String(lease.expiresAt),
      String(decision.charge - decision.refund),
      reported429 ? '1' : '0',
      String(MONTH_KEEP_SECONDS),
    ]);
  }

  async addressInstallations(
    address: string,
    installationId: string,
    now: number,
    windowSeconds: number,
  ): Promise<{ known: boolean; count: number }> {
    const [known, count] = (await this.run(
      addressScript,
      [`${PREFIX}:address:${address}`],
      [installationId, String(now - windowSeconds)],
    )) as [number, number];
    return { known: known === 1, count };
  }

  async rememberAddress(
    address: string,
    installationId: string,
    now: number,
    windowSeconds: number,
  ): Promise<void> {
    await this.run(
      rememberAddressScript,
      [`${PREFIX}:address:${address}`],
      [installationId, String(now), String(windowSeconds)],
    );
  }

  async hit(key: string, windowSeconds: number, now: number): Promise<number> {
    const start = Math.floor(now / windowSeconds) * windowSeconds;
    return (await this.run(
      hitScript,
      [`${PREFIX}:window:${key}:${start}`],
      [String(windowSeconds + 1)],
    )) as number;
  }

  async close(): Promise<void> {
    if (this.client.isOpen) this.client.destroy();
    return Promise.resolve();
  }

  private providerKeys(provider: string, now: number): string[] {
    const tag = `${PREFIX}:quota:{${provider}}`;
    return [
      `${tag}:leases`,
      `${tag}:expiry`,
      `${tag}:weights`,
      `${tag}:new-sites`,
      `${tag}:sums`,
      `${tag}:month:${quotaMonthOf(now).start}`,
      `${tag}:reports`,
    ];
  }

  /** EVALSHA, loading the script on NOSCRIPT; any failure becomes QuotaStoreUnavailableError. */
  private async run(script: string, keys: string[], args: string[]): Promise<Reply> {
    let sha = this.shas.get(script);
    if (!sha) {
      sha = createHash('sha1').update(script).digest('hex');
      this.shas.set(script, sha);
    }
    if (!this.client.isReady) {
      // Right after start the connection may be on its way: wait for it a little, not longer.
      await Promise.race([
        this.firstConnection,
        new Promise((resolve) => setTimeout(resolve, COMMAND_TIMEOUT_MS).unref()),
      ]);
    }
    const send = (command: string, first: string) =>
      this.client.sendCommand([command, first, String(keys.length), ...keys, ...args], {
        timeout: COMMAND_TIMEOUT_MS,
      }) as Promise<Reply>;
    try {
      return await send('EVALSHA', sha);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('NOSCRIPT')) {
        try {
          return await send('EVAL', script);
        } catch (retryError) {
          throw new QuotaStoreUnavailableError(retryError);
        }
      }
      throw new QuotaStoreUnavailableError(error);
    }
  }
}
