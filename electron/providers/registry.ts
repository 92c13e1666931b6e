/**
 * The providers the app knows (one line each below) and which of them are live right now: the
 * demo fleet when it is shown, and one provider instance per connected owner account, made by
 * that provider's descriptor. Rebuilt from the vault's records whenever a connection changes,
 * so a reconnected account gets a fresh instance and a lost grant stops all calls at once.
 */
import type { ProviderId } from '../../shared/domain';
import type { AppConfig } from '../config';
import type { CacheStore } from '../cache/types';
import type { Clock, Logger } from '../ports';
import type { ConnectionRecords } from '../vault/records';
import type { TokenSource } from '../vault/types';
import { demoDescriptor } from './demo/descriptor';
import type { AccountApi, KeyAccount, ProviderDescriptor } from './descriptor';
import { InvalidRequestError } from '../errors';
import { enphaseDescriptor } from './enphase/descriptor';
import { teslaDescriptor } from './tesla/descriptor';
import { solarEdgeDescriptor } from './solaredge/descriptor';
import { API_KEY_SCOPE } from '../vault/vault';
import type { RequestPacer } from './pacer';
import type { Provider } from './provider';

/** Every registered provider: adding one is one folder and one line here. */
export const PROVIDERS: readonly ProviderDescriptor[] = [
  demoDescriptor,
  enphaseDescriptor,
  solarEdgeDescriptor,
  teslaDescriptor,
];

/** Raised when a connection names a provider no descriptor declares (or one without accounts). */
export class UnknownProviderError extends Error {
  constructor(provider: string) {
    super(`No registered provider reads ${provider} accounts.`);
    this.name = 'UnknownProviderError';
  }
}

/** Raised when a request names a provider this app has no descriptor for. */
export class UnregisteredProviderError extends InvalidRequestError {
  constructor(provider: string) {
    super({ key: 'error.provider.unregistered', params: { provider } });
    this.name = 'UnregisteredProviderError';
  }
}

/** Raised when a key is pasted for a provider that is not connected with a key. */
export class NotKeyProviderError extends InvalidRequestError {
  constructor(name: string) {
    super({ key: 'error.provider.notKey', params: { name } });
  }
}

/** The descriptor of a provider among `descriptors`, or null. */
export function descriptorOf(
  provider: ProviderId,
  descriptors: readonly ProviderDescriptor[] = PROVIDERS,
): ProviderDescriptor | null {
  return descriptors.find((descriptor) => descriptor.id === provider) ?? null;
}

/** The name people know a provider by (its descriptor's); its id when none declares it. */
export function providerNameOf(
  provider: ProviderId,
  descriptors: readonly ProviderDescriptor[] = PROVIDERS,
): string {
  return descriptorOf(provider, descriptors)?.name ?? provider;
}

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
  /** The pacer of a provider whose per-minute quota all its connections share (Enphase). */
  pacerFor: (provider: ProviderId) => RequestPacer | null;
  /** The spending check of a provider that bills per request (Tesla), or null. */
  guardFor?: (provider: ProviderId) => (() => Error | null) | null;
  /** The registered providers (PROVIDERS unless a test adds one). */
  descriptors?: readonly ProviderDescriptor[];
  fetch?: typeof fetch;
}

/** See the module comment. */
export class ProviderRegistry {
  private readonly live = new Map<string, Provider>();

  constructor(private readonly options: ProviderRegistryOptions) {}

  /** Every provider the scheduler should sync now. */
  active(): Provider[] {
    return [...(this.options.demoShown() ? [this.options.demo] : []), ...this.live.values()];
  }

  /** The provider that serves a site, or null (disconnected, needs re-auth, demo hidden). */
  forSite(site: { provider: string; connectionId: string | null }): Provider | null {
    if (site.provider === 'demo') return this.options.demo;
    return site.connectionId ? (this.live.get(site.connectionId) ?? null) : null;
  }

  /**
   * Matches the providers to the stored connections. `renew` replaces a connection's provider
   * even if it exists (after a reconnect, the old instance stays blocked by design).
   */
  reconcile(renew?: string): void {
    const records = this.options.records()?.all() ?? [];
    const connected = new Set(records.filter((r) => r.state === 'connected').map((r) => r.id));
    for (const id of this.live.keys()) if (!connected.has(id) || id === renew) this.live.delete(id);
    for (const record of records) {
      if (!connected.has(record.id) || this.live.has(record.id)) continue;
      try {
        this.live.set(record.id, this.account(record, true));
      } catch (error) {
        this.options.log.warn('a connection of an unregistered provider is skipped', {
          provider: record.provider,
          error: error instanceof Error ? error.name : 'unknown',
        });
      }
    }
  }

  /** Drops a connection's provider at once (its grant is gone). */
  drop(connectionId: string): void {
    this.live.delete(connectionId);
  }

  /** Checks a pasted key with one real call (the provider's `validateKey`). */
  validateKey(provider: ProviderId, key: string): Promise<KeyAccount> {
    const descriptor = descriptorOf(provider, this.options.descriptors);
    if (!descriptor) return Promise.reject(new UnregisteredProviderError(provider));
    if (!descriptor.validateKey || !descriptor.connect.includes('api-key'))
      return Promise.reject(new NotKeyProviderError(descriptor.name));
    const { config, clock, log } = this.options;
    return descriptor.validateKey(key, { config, clock, log, fetch: this.options.fetch });
  }

  /**
   * One connected account read through its provider's descriptor; `selectedOnly` false lists
   * every site the account can see (the site picker).
   */
  account(
    connection: { id: string; provider: ProviderId },
    selectedOnly: boolean,
  ): Provider & AccountApi {
    const descriptor = descriptorOf(connection.provider, this.options.descriptors);
    if (!descriptor?.account) throw new UnknownProviderError(connection.provider);
    const { config, cache, clock, log } = this.options;
    const record = this.options.records()?.get(connection.id) ?? null;
    return descriptor.account({
      connectionId: connection.id,
      accountId: record?.accountId ?? '',
      method: record?.scope === API_KEY_SCOPE ? 'api-key' : 'oauth-popup',
      tokens: this.options.tokenSource(connection.id),
      config,
      cache,
      clock,
      log,
      fetch: this.options.fetch,
      pacer: this.options.pacerFor(connection.provider),
      region: this.options.records()?.get(connection.id)?.region ?? null,
      mayCall: this.options.guardFor?.(connection.provider) ?? null,
      selected: selectedOnly
        ? () => new Set(this.options.records()?.get(connection.id)?.siteExternalIds ?? [])
        : () => null,
    });
  }
}
