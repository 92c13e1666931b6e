/**
 * The scheduler's memory for connection-plan.ts: the sites each connection listed last, when,
 * whether it slept at its last tick, and which sites' last call brought nothing. It turns the
 * due connections of a tick into those to list and the sites to ask directly.
 */
import type { CacheStore } from '../cache/types';
import type { Provider } from '../providers/provider';
import { connectionKeyOf } from './connection-blocks';
import { planConnection, type KnownSiteState } from './connection-plan';
import type { ListedSite, SiteSync } from './site-sync';
import { INTERVALS_CURSOR, parseInstantCursor } from './site-records';

/** What one connection listed last. */
interface Known {
  listedAt: number;
  entries: ListedSite[];
  asleep: boolean;
}

/** A tick's work, connection by connection. */
export interface TickSplit {
  /** Connections to list (then fetch what moved). */
  toList: Provider[];
  /** Sites to ask directly, as last listed (no `lastEnergyAt`: nobody said). */
  direct: ListedSite[];
  /** Connections that sleep this tick (no call at all). */
  asleep: Provider[];
}

/** See the module comment. */
export class ConnectionPlanner {
  private readonly known = new Map<string, Known>();
  private readonly quiet = new Set<string>();

  constructor(
    private readonly deps: {
      sites: SiteSync;
      cache: Pick<CacheStore, 'getSite' | 'getCursor'>;
      /** The refresh interval of a provider kind (s). */
      intervalSeconds: (provider: Provider['id']) => number;
    },
  ) {}

  /** Decides, for each due connection, how it learns what is new at `now`. */
  split(providers: readonly Provider[], now: number): TickSplit {
    const out: TickSplit = { toList: [], direct: [], asleep: [] };
    for (const provider of providers) {
      const known = this.known.get(connectionKeyOf(provider));
      const entries = known ? this.current(known.entries, provider) : null;
      const interval = this.deps.intervalSeconds(provider.id);
      const sites = entries?.map((entry) => this.stateOf(entry, now, interval)) ?? null;
      const work = planConnection({
        sites,
        lastListedAt: known?.listedAt ?? null,
        wasAsleep: known?.asleep ?? false,
        sitesPerCall: provider.listing?.sitesPerCall ?? null,
        now,
      });
      if (known) known.asleep = work === 'asleep';
      if (work === 'list') out.toList.push(provider);
      else if (work === 'asleep') out.asleep.push(provider);
      else {
        const ask = (_: ListedSite, i: number) => sites![i]!.expectedToMove || sites![i]!.uploadDue;
        out.direct.push(...entries!.filter(ask));
      }
    }
    return out;
  }

  /** Sites a list showed idle brought nothing new either. */
  idle(siteId: string): void {
    this.quiet.add(siteId);
  }

  /** Remembers what the listed connections returned (a failed list remembers none). */
  listed(providers: readonly Provider[], listed: readonly ListedSite[], now: number): void {
    for (const provider of providers) {
      const key = connectionKeyOf(provider);
      const entries = listed.filter((entry) => entry.provider === provider);
      this.known.set(key, { listedAt: now, entries, asleep: false });
    }
  }

  /** A site's call brought news (new intervals) or not. */
  fetched(siteId: string, news: boolean): void {
    if (news) this.quiet.delete(siteId);
    else this.quiet.add(siteId);
  }

  /** Forgets a connection (its sites changed, it was reconnected or removed): list it next. */
  forget(connectionKey: string): void {
    this.known.delete(connectionKey);
  }

  /** The entries whose site is still stored for the connection, with today's row and provider. */
  private current(entries: readonly ListedSite[], provider: Provider): ListedSite[] {
    const out: ListedSite[] = [];
    for (const entry of entries) {
      const record = this.deps.cache.getSite(entry.record.id);
      if (!record || record.connectionId !== provider.connectionId) continue;
      out.push({ provider, site: { ...entry.site, lastEnergyAt: null }, record });
    }
    return out;
  }

  private stateOf(entry: ListedSite, now: number, interval: number): KnownSiteState {
    const uploads = entry.site.uploadEverySeconds ?? Number.POSITIVE_INFINITY;
    const cursor = parseInstantCursor(this.deps.cache.getCursor(entry.record.id, INTERVALS_CURSOR));
    const lag = entry.provider.dataLagSeconds?.(entry.site) ?? 0;
    return {
      sleeps: this.deps.sites.sleeps(entry, now),
      wouldCall: this.deps.sites.plan(entry, now).kind !== 'skip',
      expectedToMove: uploads <= interval && !this.quiet.has(entry.record.id),
      uploadDue: cursor === null || now - cursor >= lag,
    };
  }
}
