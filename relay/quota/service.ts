/**
 * The lease endpoint's work between the request and the store: the per-installation and
 * per-address limits, the snapshot, the arithmetic (relay/quota/lease.ts), the atomic commit,
 * and one log line per lease with what an operator watches (installations, the month committed
 * against the plan, recent 429 reports). A store that cannot answer never fails the request:
 * the installation gets the conservative grant, to renew soon.
 *
 * The snapshot and the commit are two atomic steps, not one: a lease computed while another
 * instance commits sees sums a moment old. That only shifts shares until the next renewal; the
 * month's account itself moves atomically, so what is promised can never exceed the plan by more
 * than the safety margin covers.
 */
import {
  CONSERVATIVE_GRANT,
  type LeaseGrant,
  type LeaseRequest,
  type LeasedProviderId,
} from '../../shared/quota-lease';
import { InstallationLimitError, RateLimitedError, UnknownQuotaProviderError } from '../errors';
import type { RelayLogger } from '../logger';
import type { Clock } from '../rate-limit';
import type { QuotaConfig } from './config';
import { admitsInstallation, computeLease, renewAtOf } from './lease';
import type { StoreOutageNotice } from './outage';
import { QuotaStoreUnavailableError, type QuotaStore } from './store';

/** 429 reports count against every grant for this long (s). */
export const REPORT_MEMORY_SECONDS = 6 * 3600;
/** An address's installation ids are remembered for a day (s). */
const ADDRESS_MEMORY_SECONDS = 86_400;
/** A conservative grant is renewed this soon (s), to pick up the real one once the store is back. */
const FALLBACK_RENEW_SECONDS = 300;

/** What the service needs. */
export interface QuotaLeaseServiceDeps {
  config: QuotaConfig;
  store: QuotaStore;
  clock: Clock;
  logger: RelayLogger;
  outage: StoreOutageNotice;
}

/** See the module comment. */
export class QuotaLeaseService {
  constructor(private readonly deps: QuotaLeaseServiceDeps) {}

  /** The grant for one installation; `address` is the caller's rate-limit key. */
  async lease(
    provider: LeasedProviderId,
    request: LeaseRequest,
    address: string,
  ): Promise<LeaseGrant> {
    const { config, store, clock, logger, outage } = this.deps;
    const capacity = config.capacity.get(provider);
    if (!capacity) throw new UnknownQuotaProviderError(provider);
    const now = clock.now();
    const id = request.installationId;
    try {
      const asked = await store.hit(`lease:${provider}:${id}`, 3600, now);
      if (asked > config.leasesPerInstallationPerHour) {
        throw new RateLimitedError(Math.max(1, Math.ceil(now / 3600) * 3600 - now));
      }
      const seen = await store.addressInstallations(address, id, now, ADDRESS_MEMORY_SECONDS);
      if (!admitsInstallation(seen.known, seen.count, config.maxInstallationsPerAddress)) {
        throw new InstallationLimitError();
      }
      await store.rememberAddress(address, id, now, ADDRESS_MEMORY_SECONDS);
      const snapshot = await store.snapshot(provider, id, now, REPORT_MEMORY_SECONDS);
      const decision = computeLease(capacity, config.policy, { ...snapshot, now }, request);
      const reported429 = (request.reported429s ?? 0) > 0;
      await store.commit({ provider, installationId: id, decision, now, reported429 });
      outage.succeeded();
      const { lease } = decision;
      logger.info('quota lease', {
        provider,
        sites: lease.sites,
        per_day: lease.perDay,
        per_minute: lease.perMinute,
        installations: snapshot.installations + (snapshot.previous ? 0 : 1),
        month_committed: Math.round(snapshot.monthCommitted + decision.charge - decision.refund),
        month_plan: capacity.perMonth,
        recent_429_reports: snapshot.recentReports + (request.reported429s ? 1 : 0),
      });
      return {
        provider,
        perDay: lease.perDay,
        perMinute: lease.perMinute,
        issuedAt: lease.issuedAt,
        renewAt: renewAtOf(lease),
        expiresAt: lease.expiresAt,
        fallback: false,
      };
    } catch (error) {
      if (!(error instanceof QuotaStoreUnavailableError)) throw error;
      outage.failed(error);
      return {
        provider,
        ...CONSERVATIVE_GRANT,
        issuedAt: now,
        renewAt: now + FALLBACK_RENEW_SECONDS,
        expiresAt: now + config.policy.leaseSeconds,
        fallback: true,
      };
    }
  }
}
