/**
 * The relay's shared state behind one port: leases and the month's committed calls per
 * provider, the addresses' installation ids, and fixed-window counters for the rate limiter.
 * Two implementations: {@link MemoryQuotaStore} (one instance, nothing to run) and the Redis
 * store (relay/quota/redis-store.ts) that several instances share. Every method is atomic on
 * its own, so instances that interleave never double-count or lose a lease.
 */
import type { LeaseDecision, LeaseSnapshot, StoredLease } from './lease';
import { quotaMonthOf } from './lease';

/** What {@link QuotaStore.snapshot} reads: a lease snapshot plus figures for the operator. */
export interface StoreSnapshot extends Omit<LeaseSnapshot, 'now'> {
  /** Installations holding a lease now (this one included if its lease is still running). */
  installations: number;
}

/** One lease to store, as {@link QuotaStore.commit} takes it. */
export interface LeaseCommit {
  provider: string;
  installationId: string;
  decision: LeaseDecision;
  now: number;
  /** The installation met 429s since its last lease. */
  reported429: boolean;
}

/** The store port. `now` is always the caller's clock (epoch s) so tests can simulate months. */
export interface QuotaStore {
  /** Drops leases that ended, then reads what a lease for `installationId` is computed from. */
  snapshot(
    provider: string,
    installationId: string,
    now: number,
    reportWindowSeconds: number,
  ): Promise<StoreSnapshot>;
  /** Replaces the installation's lease, moves charge and refund, and records a 429 report. */
  commit(entry: LeaseCommit): Promise<void>;
  /** Installation ids seen from `address` within `windowSeconds`, and whether this one is among them. */
  addressInstallations(
    address: string,
    installationId: string,
    now: number,
    windowSeconds: number,
  ): Promise<{ known: boolean; count: number }>;
  /** Remembers that `address` used `installationId` at `now`. */
  rememberAddress(
    address: string,
    installationId: string,
    now: number,
    windowSeconds: number,
  ): Promise<void>;
  /** Counts one hit in the fixed window of `key` that contains `now`; returns the count. */
  hit(key: string, windowSeconds: number, now: number): Promise<number>;
  /** Lets go of connections (the relay is stopping). */
  close(): Promise<void>;
}

/** Thrown by a store that cannot answer (Redis down); callers fall back, never fail the request. */
export class QuotaStoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The quota store is unreachable.', { cause });
    this.name = 'QuotaStoreUnavailableError';
  }
}

interface ProviderState {
  leases: Map<string, StoredLease>;
  committed: Map<number, number>;
  reports: Map<string, number>;
  weight: number;
  newSites: number;
}

/** The in-memory store: a single relay instance, as before Redis. */
export class MemoryQuotaStore implements QuotaStore {
  private readonly providers = new Map<string, ProviderState>();
  private readonly addresses = new Map<string, Map<string, number>>();
  private readonly windows = new Map<string, { start: number; end: number; count: number }>();

  constructor(
    /** Beyond this many keys in the counter table, unseen keys share one bucket. */
    private readonly maxKeys = 100_000,
  ) {}

  snapshot(
    provider: string,
    installationId: string,
    now: number,
    reportWindowSeconds: number,
  ): Promise<StoreSnapshot> {
    const state = this.sweep(provider, now);
    const previous = state.leases.get(installationId) ?? null;
    for (const [id, at] of state.reports) {
      if (at <= now - reportWindowSeconds) state.reports.delete(id);
    }
    return Promise.resolve({
      monthCommitted: state.committed.get(quotaMonthOf(now).start) ?? 0,
      othersWeight: Math.max(0, state.weight - (previous?.weight ?? 0)),
      othersNewSites: Math.max(0, state.newSites - (previous?.newSites ?? 0)),
      recentReports: state.reports.size,
      previous,
      installations: state.leases.size,
    });
  }

  commit({ provider, installationId, decision, now, reported429 }: LeaseCommit): Promise<void> {
    const state = this.sweep(provider, now);
    const old = state.leases.get(installationId);
    if (old) {
      state.weight -= old.weight;
      state.newSites -= old.newSites;
    }
    state.leases.set(installationId, decision.lease);
    state.weight += decision.lease.weight;
    state.newSites += decision.lease.newSites;
    const month = decision.lease.month;
    state.committed.set(
      month,
      (state.committed.get(month) ?? 0) + decision.charge - decision.refund,
    );
    for (const key of state.committed.keys()) if (key < month) state.committed.delete(key);
    if (reported429) state.reports.set(installationId, now);
    return Promise.resolve();
  }

  addressInstallations(
    address: string,
    installationId: string,
    now: number,
    windowSeconds: number,
  ): Promise<{ known: boolean; count: number }> {
    const ids = this.addresses.get(address);
    if (!ids) return Promise.resolve({ known: false, count: 0 });
    for (const [id, at] of ids) if (at <= now - windowSeconds) ids.delete(id);
    return Promise.resolve({ known: ids.has(installationId), count: ids.size });
  }

  rememberAddress(address: string, installationId: string, now: number): Promise<void> {
    let ids = this.addresses.get(address);
    if (!ids) {
      if (this.addresses.size >= this.maxKeys) this.addresses.clear();
      ids = new Map();
      this.addresses.set(address, ids);
    }
    ids.set(installationId, now);
    return Promise.resolve();
  }

  hit(key: string, windowSeconds: number, now: number): Promise<number> {
    const start = Math.floor(now / windowSeconds) * windowSeconds;
    if (!this.windows.has(key) && this.windows.size >= this.maxKeys) this.dropEndedWindows(now);
    const counted = this.windows.has(key) || this.windows.size < this.maxKeys ? key : '(overflow)';
    const window = this.windows.get(counted);
    if (window?.start === start) {
      window.count += 1;
      return Promise.resolve(window.count);
    }
    this.windows.set(counted, { start, end: start + windowSeconds, count: 1 });
    return Promise.resolve(1);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private dropEndedWindows(now: number): void {
    for (const [key, window] of this.windows) {
      if (window.end <= now) this.windows.delete(key);
    }
  }

  private sweep(provider: string, now: number): ProviderState {
    let state = this.providers.get(provider);
    if (!state) {
      state = {
        leases: new Map(),
        committed: new Map(),
        reports: new Map(),
        weight: 0,
        newSites: 0,
      };
      this.providers.set(provider, state);
    }
    for (const [id, lease] of state.leases) {
      if (lease.expiresAt > now) continue;
      state.leases.delete(id);
      state.weight -= lease.weight;
      state.newSites -= lease.newSites;
    }
    return state;
  }
}
