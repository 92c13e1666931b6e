/**
 * The one module that moves a connection between connected, needs_reauth and removed, and does
 * everything such a move implies, always together and in one order: the vault record, the live
 * providers (rebuilt, renewed or dropped), whatever remembers per-connection counts (budgets),
 * the status of the connection's site rows, the `connection-changed` event, and a refresh of
 * the connection's sites. Everybody else reports to it: the handlers (signed in, sites chosen,
 * disconnected), the scheduler (a grant refused mid-sync), the vault (a refused refresh or an
 * unreadable blob).
 */
import type { EventPayload } from '../../shared/contract';
import { InvalidRequestError } from '../errors';
import type { Logger } from '../ports';
import type { Message } from '../i18n/words';
import { accountLabelOf, type ProviderNames } from '../vault/problems';
import type { ConnectionRecord } from '../vault/records';
import type { TokenVault } from '../vault/vault';
import { releaseSites, setSitesStatus, type ConnectionCache } from './site-rows';

/** The live providers as the lifecycle drives them (providers/registry.ts). */
export interface LiveProviders {
  /** Matches the providers to the records; `renew` replaces that connection's provider. */
  reconcile(renew?: string): void;
  /** Stops using a connection's provider at once. */
  drop(connectionId: string): void;
}

/** Listens for "this connection's sites changed: list and sync them". */
export type SitesChangedListener = (connectionId: string) => void | Promise<void>;

/** A key pasted to reconnect one account opens another: nothing is saved. */
export class KeyOfOtherAccountError extends InvalidRequestError {
  constructor(connection: ConnectionRecord, providerName: string, accountId: string) {
    super({
      key: 'error.connection.otherAccount',
      params: {
        opened: accountLabelOf(providerName, accountId),
        label: accountLabelOf(providerName, connection.accountId),
      },
    });
    this.name = 'KeyOfOtherAccountError';
  }
}

/** What the lifecycle drives. */
export interface ConnectionLifecycleDeps {
  vault: Pick<
    TokenVault,
    'records' | 'markNeedsReauth' | 'forget' | 'onStateChange' | 'saveApiKey'
  > &
    Partial<Pick<TokenVault, 'revoke'>>;
  cache: ConnectionCache;
  providers: LiveProviders;
  /** Forgets remembered counts that depend on the connections (the budgets' memo). */
  invalidate: () => void;
  /** Pushes `connection-changed` (the core adds the status bar's new sentence). */
  emit: (payload: EventPayload<'connection-changed'>) => void;
  /** Provider names for the sentences (from the descriptors). */
  providerName: ProviderNames;
  log: Logger;
}

/** See the module comment. */
export class ConnectionLifecycle {
  private readonly listeners = new Set<SitesChangedListener>();
  private readonly unwatch: () => void;

  constructor(private readonly deps: ConnectionLifecycleDeps) {
    // The vault marks its own record needs_reauth (refused refresh, unreadable blob).
    this.unwatch = deps.vault.onStateChange((record) => {
      if (record.state === 'needs_reauth') this.applyLost(record);
    });
  }

  /** Subscribes to site changes (the scheduler refreshes the connection); returns the unsubscribe. */
  onSitesChanged(listener: SitesChangedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** → connected: a new sign-in, or a reconnect of an account that needed one. */
  async connected(record: ConnectionRecord, reconnected: boolean): Promise<void> {
    if (reconnected) setSitesStatus(this.deps.cache, record, 'normal', null, 'needs_reauth');
    this.deps.providers.reconcile(record.id);
    this.deps.invalidate();
    if (reconnected) await this.announceSites(record.id);
    this.deps.emit({ connectionId: record.id, state: 'connected' });
  }

  /**
   * → connected with a new key (Reconnect of a key account whose key was refused or replaced):
   * the key must open the same account; its record, chosen sites and cached data stay, only the
   * key changes, and the sites' needs_reauth status is cleared.
   */
  async keyReplaced(
    connection: ConnectionRecord,
    accountId: string,
    key: string,
  ): Promise<ConnectionRecord> {
    if (accountId !== connection.accountId) {
      const name = this.deps.providerName(connection.provider);
      throw new KeyOfOtherAccountError(connection, name, accountId);
    }
    const { record } = await this.deps.vault.saveApiKey(connection.provider, accountId, key);
    await this.connected(record, true);
    return record;
  }

  /** The connection's chosen sites changed (its state does not). */
  async sitesChanged(connectionId: string): Promise<void> {
    this.deps.providers.reconcile();
    this.deps.invalidate();
    await this.announceSites(connectionId);
    const record = this.deps.vault.records.get(connectionId);
    if (record) this.deps.emit({ connectionId, state: record.state });
  }

  /** The record changed without a transition (a test's result): tell the renderer. */
  touched(record: ConnectionRecord): void {
    this.deps.emit({ connectionId: record.id, state: record.state });
  }

  /**
   * → needs_reauth, reported by the scheduler: a call was refused although the vault held a
   * token it believed good (a 401 after a successful renewal never passes through the vault).
   */
  grantLost(connectionId: string): void {
    this.deps.providers.drop(connectionId);
    const record = this.deps.vault.records.get(connectionId);
    if (!record) return;
    const problem: Message = {
      key: 'notice.connection.refused',
      params: { provider: this.deps.providerName(record.provider) },
    };
    // Marking it in the vault comes back through onStateChange → applyLost.
    if (record.state !== 'needs_reauth') this.deps.vault.markNeedsReauth(connectionId, problem);
    else this.applyLost(record);
  }

  /**
   * → removed: the user disconnected; the grant is revoked where the provider can, the site
   * rows stay as cached data or go with it.
   */
  async removed(record: ConnectionRecord, keepData: boolean): Promise<void> {
    // The grant ends at the provider too (SolarEdge), not only on this computer.
    await this.deps.vault.revoke?.(record.id);
    this.deps.vault.forget(record.id);
    releaseSites(this.deps.cache, record, keepData);
    this.deps.providers.reconcile();
    this.deps.invalidate();
    this.deps.emit({ connectionId: record.id, state: 'removed' });
    await this.announceSites(record.id);
  }

  /** Stops following the vault. */
  stop(): void {
    this.unwatch();
    this.listeners.clear();
  }

  private applyLost(record: ConnectionRecord): void {
    this.deps.providers.drop(record.id);
    setSitesStatus(this.deps.cache, record, 'needs_reauth', record.problem);
    this.deps.invalidate();
    this.deps.emit({ connectionId: record.id, state: 'needs_reauth' });
  }

  private async announceSites(connectionId: string): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(connectionId);
      } catch (error) {
        this.deps.log.warn('could not start syncing changed sites', {
          connectionId,
          error: error instanceof Error ? error.name : 'unknown',
        });
      }
    }
  }
}
