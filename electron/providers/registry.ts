/**
 * Which providers are live right now: the demo fleet when it is shown, and one EnphaseProvider
 * per connected owner account. Rebuilt from the vault's records whenever a connection changes,
 * so a reconnected account gets a fresh provider and a lost grant stops all calls at once.
 */
import type { AppConfig } from '../config';
import type { CacheStore } from '../cache/types';
import type { Clock, Logger } from '../ports';
import { siteIdOf } from '../model/site';
import type { RequestPacer } from './enphase';
import type { ConnectionRecords } from '../vault/records';
import type { TokenSource } from '../vault/types';
import { EnphaseProvider } from './enphase';
import type { Provider } from './provider';

/** What the registry needs. */
export interface ProviderRegistryOptions {
  config: AppConfig;
  cache: CacheStore;
  clock: Clock;
  log: Logger;
  demo: Provider;
  /** Whether the demo fleet is shown now. */
  demoShown: () => boolean;
  records: () => ConnectionRecords | null;
  tokenSource: (connectionId: string) => TokenSource;
  /** Shared by every Enphase connection: the quota is per application. */
  pacer: RequestPacer;
  fetch?: typeof fetch;
}

/** See the module comment. */
export class ProviderRegistry {
  private readonly enphase = new Map<string, EnphaseProvider>();

  constructor(private readonly options: ProviderRegistryOptions) {}

  /** Every provider the scheduler should sync now. */
  active(): Provider[] {
    return [...(this.options.demoShown() ? [this.options.demo] : []), ...this.enphase.values()];
  }

  /** The provider that serves a site, or null (disconnected, needs re-auth, demo hidden). */
  forSite(site: { provider: string; connectionId: string | null }): Provider | null {
    if (site.provider === 'demo') return this.options.demo;
    return site.connectionId ? (this.enphase.get(site.connectionId) ?? null) : null;
  }

  /** How many Enphase accounts are usable now (each lists its systems every refresh). */
  enphaseCount(): number {
    return this.enphase.size;
  }

  /**
   * Matches the providers to the stored connections. `renew` replaces a connection's provider
   * even if it exists (after a reconnect, the old instance stays blocked by design).
   */
  reconcile(renew?: string): void {
    const records = this.options.records()?.all() ?? [];
    const connected = new Set(records.filter((r) => r.state === 'connected').map((r) => r.id));
    for (const id of this.enphase.keys())
      if (!connected.has(id) || id === renew) this.enphase.delete(id);
    for (const record of records) {
      if (record.provider !== 'enphase' || !connected.has(record.id) || this.enphase.has(record.id))
        continue;
      this.enphase.set(record.id, this.createEnphase(record.id, true));
    }
  }

  /** Drops a connection's provider at once (its grant is gone). */
  drop(connectionId: string): void {
    this.enphase.delete(connectionId);
  }

  /** An Enphase provider over one connection; `selectedOnly` false lists every system (site picker). */
  createEnphase(connectionId: string, selectedOnly: boolean): EnphaseProvider {
    const { config, cache } = this.options;
    return new EnphaseProvider({
      connectionId,
      apiBase: config.enphase.apiBase,
      apiKey: config.enphase.apiKey,
      tokens: this.options.tokenSource(connectionId),
      clock: this.options.clock,
      log: this.options.log,
      fetch: this.options.fetch,
      pacer: this.options.pacer,
      ledger: cache,
      selected: selectedOnly
        ? () => new Set(this.options.records()?.get(connectionId)?.siteExternalIds ?? [])
        : () => null,
      knownCapacity: (externalId) =>
        cache.getSite(siteIdOf('enphase', externalId))?.capacityW || null,
    });
  }
}
