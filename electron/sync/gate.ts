/**
 * The one door every provider call of the scheduler goes through: at most N calls in flight,
 * none while offline or stopping, and each one written to the request ledger (with the status
 * it got) so quotas and budgets survive restarts.
 */
import pLimit, { type LimitFunction } from 'p-limit';
import type { ProviderId } from '../../shared/domain';
import type { CacheStore } from '../cache/types';
import type { Clock, Logger } from '../ports';
import { errorNameOf, statusOf } from './failure';

/** Thrown instead of calling a provider when sync paused (offline, stopping) meanwhile. */
export class SyncPausedError extends Error {
  constructor() {
    super('Sync paused before the call was made.');
    this.name = 'SyncPausedError';
  }
}

/** Which call is being made, for the ledger. */
export interface CallLabel {
  provider: ProviderId;
  /** The connection (owner account) the call goes through; null for the demo. */
  connectionId: string | null;
  siteId: string | null;
  /** The Provider method, e.g. `fetchIntervals`. */
  endpoint: string;
  /**
   * False when the provider writes its own requests to the ledger (one call can be several
   * requests): recording the call too would count it twice.
   */
  record?: boolean;
}

/** See the module comment. */
export class RequestGate {
  private readonly limit: LimitFunction;

  constructor(
    private readonly deps: {
      cache: CacheStore;
      clock: Clock;
      log: Logger;
      maxInFlight: number;
      /** Checked right before each call leaves: false means "do not call now". */
      mayCall: () => boolean;
    },
  ) {
    this.limit = pLimit(Math.max(1, Math.floor(deps.maxInFlight)));
  }

  /** Calls in flight right now. */
  get active(): number {
    return this.limit.activeCount;
  }

  /**
   * Runs `run` under the in-flight limit and records it in the ledger, success or not.
   * `stillWanted` is asked right before the call leaves too (its connection may have been lost
   * while the call waited for a slot); false drops it unrecorded, as going offline does.
   */
  call<T>(label: CallLabel, run: () => Promise<T>, stillWanted?: () => boolean): Promise<T> {
    return this.limit(async () => {
      if (!this.deps.mayCall() || (stillWanted && !stillWanted())) throw new SyncPausedError();
      const at = this.deps.clock.now();
      try {
        const result = await run();
        this.record(label, 200, at);
        return result;
      } catch (error) {
        this.record(label, statusOf(error), at);
        throw error;
      }
    });
  }

  private record(label: CallLabel, status: number, at: number): void {
    if (label.record === false) return;
    try {
      const { provider, connectionId, siteId, endpoint } = label;
      this.deps.cache.recordRequest({ provider, connectionId, siteId, endpoint, status, at });
    } catch (error) {
      // A ledger that cannot be written must not turn a good answer into a failure.
      this.deps.log.warn('request ledger write failed', {
        endpoint: label.endpoint,
        error: errorNameOf(error),
      });
    }
  }
}
