/**
 * Keeps OAuth grants alive while the app runs: SolarEdge kills a refresh token after 30 days
 * unused, and a month without credits (or without a chosen site) can leave a connection
 * silent that long. Twice a day, every connected grant whose tokens were last renewed more than
 * a quarter of its provider's idle limit ago is renewed through the vault (which saves the
 * rotated refresh token before anything else). A refused renewal goes the usual way: the vault
 * marks the connection needs_reauth and the lifecycle says it lapsed.
 */
import type { ProviderId } from '../../shared/domain';
import type { Clock, Logger } from '../ports';
import type { ConnectionRecord } from '../vault/records';
import type { TokenSource } from '../vault/types';
import { API_KEY_SCOPE } from '../vault/vault';

/** How often the keeper looks (ms). */
export const KEEP_ALIVE_EVERY_MS = 12 * 3600 * 1000;

/** The grants to renew now: connected, not a key, and idle past a quarter of their limit. */
export function grantsDue(
  records: readonly ConnectionRecord[],
  now: number,
  idleLimitOf: (provider: ProviderId) => number | null,
): ConnectionRecord[] {
  return records.filter((record) => {
    const limit = idleLimitOf(record.provider);
    if (limit === null || record.state !== 'connected' || record.scope === API_KEY_SCOPE)
      return false;
    return now - (record.refreshedAt ?? record.createdAt) >= limit / 4;
  });
}

/** What the keeper needs. */
export interface GrantKeeperOptions {
  records: () => readonly ConnectionRecord[];
  tokenSource: (connectionId: string) => TokenSource;
  /** Seconds a provider's refresh token survives unused, or null (no such limit). */
  idleLimitOf: (provider: ProviderId) => number | null;
  clock: Clock;
  log: Logger;
}

/** See the module comment. */
export class GrantKeeper {
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly options: GrantKeeperOptions) {}

  /** Renews what is due now and then twice a day. */
  start(): void {
    void this.renewDue();
    this.timer = setInterval(() => void this.renewDue(), KEEP_ALIVE_EVERY_MS);
    this.timer.unref?.();
  }

  /** Renews every grant due now; resolves how many were renewed. */
  async renewDue(): Promise<number> {
    const due = grantsDue(
      this.options.records(),
      this.options.clock.now(),
      this.options.idleLimitOf,
    );
    let renewed = 0;
    for (const record of due) {
      try {
        // The access token expired long ago (hours): asking for one renews the grant.
        await this.options.tokenSource(record.id).accessToken();
        renewed += 1;
      } catch (error) {
        this.options.log.warn('a grant could not be kept alive', {
          connectionId: record.id,
          provider: record.provider,
          error: error instanceof Error ? error.name : 'unknown',
        });
      }
    }
    return renewed;
  }

  /** Stops looking. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
