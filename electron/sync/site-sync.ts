/**
 * The provider-facing half of the scheduler: list sites and store them, plan each site, and do
 * the planned calls, writing what comes back into the cache and moving the cursors. Every call
 * goes through the RequestGate; every failure lands in the BackoffBook for that site only,
 * except a lost grant, which stops the whole connection (ConnectionBlocks) and is reported to
 * the connection lifecycle, which marks its sites `needs_reauth`.
 */
import type { ProviderId } from '../../shared/domain';
import type { LocalDate } from '../../shared/time';
import { isLocalDate } from '../../shared/time';
import type { CacheStore, SiteRecord } from '../cache/types';
import { InvalidRequestError, UnavailableError } from '../errors';
import type { Message } from '../i18n/words';

import type { Clock, Logger } from '../ports';
import type { IntervalBatch, Provider, ProviderSite } from '../providers/provider';
import type { BackoffBook } from './backoff-book';
import { connectionKeyOf, type ConnectionBlocks } from './connection-blocks';
import { DaylightBook } from './daylight-book';
import { reportConnectionLost } from './connection-loss';
import { providerLabel } from './explain';
import { errorNameOf, needsReauth, retryAtOf, safeTextOf, statusOf } from './failure';
import type { RequestGate } from './gate';
import { SyncPausedError } from './gate';
import type { BackfillWindow, SitePlanInput, SiteWork } from './plan';
import { callsOf, planSite, sleepsAt } from './plan';
import {
  DAILY_CURSOR,
  INTERVALS_CURSOR,
  isUsableExternalId,
  parseInstantCursor,
  siteChanged,
  siteIdOf,
  toProviderSite,
  toSiteRecord,
} from './site-records';

/** What failed, as a sentence still missing its `{reason}`. */
type SyncFailure = {
  key: 'error.sync.listingFailed' | 'error.sync.siteFailed';
  params: Record<string, string>;
};

/** A site listed this tick, with the provider that listed it and its stored row. */
export interface ListedSite {
  provider: Provider;
  site: ProviderSite;
  record: SiteRecord;
}

/** What SiteSync works with. */
export interface SiteSyncDeps {
  cache: CacheStore;
  clock: Clock;
  log: Logger;
  gate: RequestGate;
  backoff: BackoffBook;
  backfillWindow: BackfillWindow;
  pauseAtNight: (provider: ProviderId) => boolean;
  blocks: ConnectionBlocks;
  /** Told once per connection whose grant is gone (the lifecycle marks its sites). */
  onConnectionLost: (connectionId: string, message: string) => void;
}

/** See the module comment. */
export class SiteSync {
  /** Each site's own mornings and evenings, for the night rules. */
  private readonly daylight: DaylightBook;

  constructor(private readonly deps: SiteSyncDeps) {
    this.daylight = new DaylightBook(deps.cache);
  }

  /**
   * Lists each provider's sites (one call each) and stores new or changed ones in `updated`.
   * A site two connections both list stays with the connection it already belongs to.
   */
  async listAndStore(providers: Iterable<Provider>, updated: Set<string>): Promise<ListedSite[]> {
    const lists = await Promise.all([...providers].map((provider) => this.listProvider(provider)));
    const { cache, clock, log } = this.deps;
    const now = clock.now();
    const chosen = new Map<string, { provider: Provider; site: ProviderSite }>();
    for (const [provider, sites] of lists) {
      for (const site of sites) {
        if (!isUsableExternalId(site.externalId)) {
          log.warn('site with unusable id skipped', { provider: provider.id });
          continue;
        }
        const id = siteIdOf(provider.id, site.externalId);
        const first = chosen.get(id);
        if (first === undefined) {
          chosen.set(id, { provider, site });
        } else if (this.owner(id) === provider.connectionId) {
          chosen.set(id, { provider, site });
        }
      }
    }
    const listed: ListedSite[] = [];
    for (const [id, { provider, site }] of chosen) {
      try {
        const existing = cache.getSite(id);
        const record = toSiteRecord(provider.id, site, existing, now, provider.connectionId);
        if (siteChanged(existing, record)) {
          cache.upsertSite(record);
          updated.add(id);
        }
        listed.push({ provider, site, record });
      } catch (error) {
        this.logFailure('site not stored', id, provider.id, error);
      }
    }
    return listed;
  }

  /** The connection a stored site belongs to (undefined when it is not stored). */
  private owner(siteId: string): string | null | undefined {
    try {
      return this.deps.cache.getSite(siteId)?.connectionId;
    } catch {
      return undefined;
    }
  }

  private async listProvider(provider: Provider): Promise<[Provider, ProviderSite[]]> {
    const key = `provider:${connectionKeyOf(provider)}`;
    const now = this.deps.clock.now();
    const retryAt = this.deps.backoff.retryAt(key, now);
    if (retryAt !== null && retryAt > now) return [provider, []];
    try {
      const sites = await this.call(provider, null, 'listSites', () => provider.listSites());
      this.deps.backoff.succeed(key);
      return [provider, sites];
    } catch (error) {
      if (error instanceof SyncPausedError) return [provider, []];
      if (needsReauth(error) && provider.connectionId !== null) {
        this.connectionLost(provider, error);
      } else {
        const what: SyncFailure = {
          key: 'error.sync.listingFailed',
          params: { provider: providerLabel(provider.id) },
        };
        this.recordFailure(key, what, provider.id, error);
      }
      return [provider, []];
    }
  }

  /** One provider call through the gate, unless its connection was lost meanwhile. */
  private call<T>(
    provider: Provider,
    siteId: string | null,
    endpoint: string,
    run: () => Promise<T>,
  ): Promise<T> {
    const label = {
      provider: provider.id,
      connectionId: provider.connectionId,
      siteId,
      endpoint,
      record: provider.recordsOwnRequests !== true,
    };
    return this.deps.gate.call(label, run, () => !this.deps.blocks.isBlocked(provider));
  }

  private connectionLost(provider: Provider, error: unknown): void {
    reportConnectionLost(this.deps, provider, error);
  }

  /** The work a listed site needs at `now` (see plan.ts). */
  plan(entry: ListedSite, now: number): SiteWork {
    return planSite(this.planInput(entry, now), now, this.deps.backfillWindow);
  }

  /** True when the site's only possible work now is the night's nothing (see plan.ts). */
  sleeps(entry: ListedSite, now: number): boolean {
    return sleepsAt(this.planInput(entry, now), now, this.deps.backfillWindow);
  }

  private planInput({ provider, site, record }: ListedSite, now: number): SitePlanInput {
    const { cache, backoff } = this.deps;
    const pauseAtNight = this.deps.pauseAtNight(provider.id);
    return {
      siteId: record.id,
      timeZone: record.timeZone,
      latitude: record.latitude,
      longitude: record.longitude,
      lastEnergyAt: site.lastEnergyAt,
      cursor: parseInstantCursor(cache.getCursor(record.id, INTERVALS_CURSOR)),
      dailyThrough: readDateCursor(cache.getCursor(record.id, DAILY_CURSOR)),
      retryAt: backoff.retryAt(record.id, now),
      pauseAtNight,
      dataLagSeconds: provider.dataLagSeconds?.(site),
      ...(pauseAtNight && { daylightShift: this.daylight.shiftOf(record, now) }),
    };
  }

  /**
   * Does one site's planned work; a failure backs off this site only. `onCalls` hears about
   * every call that is over (made, failed, or given up after an earlier failure). Resolves
   * whether the site's data moved (new intervals), so the scheduler learns which sites are
   * worth asking directly; null when a call failed and nothing was learnt.
   */
  async perform(
    entry: ListedSite,
    work: SiteWork,
    updated: Set<string>,
    onCalls: (count: number) => void,
  ): Promise<boolean | null> {
    if (work.kind === 'skip') return null;
    const { provider, site, record } = entry;
    const { cache } = this.deps;
    const call = <T>(endpoint: string, run: () => Promise<T>): Promise<T> =>
      this.call(provider, record.id, endpoint, run);
    let callsLeft = callsOf(work);
    const callDone = () => {
      callsLeft -= 1;
      onCalls(1);
    };
    try {
      const since = work.kind === 'intervals' ? work.since : work.intervalsSince;
      if (work.kind === 'backfill' && work.daily) {
        const { from, to } = work.daily;
        const days = await call('fetchDaily', () => provider.fetchDaily(site, from, to));
        callDone();
        if (cache.upsertDailyReported(record.id, days) > 0) updated.add(record.id);
        cache.setCursor(record.id, DAILY_CURSOR, to);
      }
      if (work.kind === 'backfill' && work.finishDay) {
        const { since: from, until } = work.finishDay;
        const rest = await call('fetchIntervals', () => provider.fetchIntervals(site, from));
        callDone();
        const ofDay = rest.intervals.filter((i) => i.endAt > from && i.endAt <= until);
        if (ofDay.length > 0 && cache.upsertIntervals(record.id, ofDay) > 0) updated.add(record.id);
      }
      const batch = await call('fetchIntervals', () => provider.fetchIntervals(site, since));
      callDone();
      const fresh = batch.intervals.filter((i) => i.endAt > since);
      if (fresh.length > 0 && cache.upsertIntervals(record.id, fresh) > 0) updated.add(record.id);
      const newest = fresh.reduce((max, i) => Math.max(max, i.endAt), since);
      // A backfill that found nothing still marks the site as no longer new.
      if (newest > since || work.kind === 'backfill') {
        cache.setCursor(record.id, INTERVALS_CURSOR, String(newest));
      }
      this.deps.backoff.succeed(record.id);
      return newest > since;
    } catch (error) {
      if (callsLeft > 0) onCalls(callsLeft);
      if (error instanceof SyncPausedError) return null;
      if (needsReauth(error) && provider.connectionId !== null) {
        this.connectionLost(provider, error);
        return null;
      }
      // A provider without a connection has no grant to lose: its refusal is a failure like any.
      const what: SyncFailure = { key: 'error.sync.siteFailed', params: { site: record.name } };
      this.recordFailure(record.id, what, provider.id, error);
      return null;
    }
  }

  /**
   * Fetches one older local day's intervals (one call) and stores only that day's, so no
   * neighbouring day is left with a partial interval total.
   */
  async fetchDay(
    provider: Provider,
    site: SiteRecord,
    date: LocalDate,
    start: number,
    end: number,
  ): Promise<void> {
    const offline: Message = { key: 'error.sync.dayOffline', params: { date } };
    let batch: IntervalBatch;
    try {
      batch = await this.call(provider, site.id, 'fetchIntervals', () =>
        provider.fetchIntervals(toProviderSite(site), start),
      );
    } catch (error) {
      if (error instanceof SyncPausedError) throw new UnavailableError(offline);
      if (needsReauth(error) && provider.connectionId !== null) {
        this.connectionLost(provider, error);
        throw error;
      }
      this.logFailure('day fetch failed', site.id, provider.id, error);
      // A refusal (422: dates out of range) stays one, so the day fetcher can remember it.
      if (error instanceof InvalidRequestError) throw error;
      throw new UnavailableError({
        key: 'error.sync.dayFailed',
        params: { date, site: site.name, reason: safeTextOf(error) },
      });
    }
    const ofDay = batch.intervals.filter((i) => i.endAt > start && i.endAt <= end);
    this.deps.cache.upsertIntervals(site.id, ofDay);
  }

  private recordFailure(
    key: string,
    what: SyncFailure,
    provider: ProviderId,
    error: unknown,
  ): void {
    const now = this.deps.clock.now();
    const message: Message = {
      key: what.key,
      params: { ...what.params, reason: safeTextOf(error) },
    };
    const decision = this.deps.backoff.fail(key, now, message, {
      notBefore: retryAtOf(error),
      longest: needsReauth(error),
    });
    this.deps.log.warn('sync call failed', {
      key,
      provider,
      error: errorNameOf(error),
      status: statusOf(error),
      failures: decision.failures,
      retryInSeconds: decision.retryAt - now,
    });
  }

  private logFailure(message: string, siteId: string, provider: ProviderId, error: unknown): void {
    this.deps.log.warn(message, {
      siteId,
      provider,
      error: errorNameOf(error),
      status: statusOf(error),
    });
  }
}

function readDateCursor(value: string | null): LocalDate | null {
  return value !== null && isLocalDate(value) ? value : null;
}
