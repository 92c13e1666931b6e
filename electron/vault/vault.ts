/**
 * The token vault: encrypted token records per owner account, and a TokenSource for each that
 * keeps its access token valid. Refreshes happen ahead of expiry and once after a 401, one at a
 * time per connection (concurrent callers share the refresh in flight), and the rotated refresh
 * token is encrypted and saved BEFORE the new access token is handed to anyone: Enphase kills the
 * old refresh token on use, so an unsaved rotation would strand the grant. A refused grant or a
 * blob that no longer decrypts turns the connection to `needs_reauth`; cached data is untouched.
 */
import { randomUUID } from 'node:crypto';
import type { ProviderId } from '../../shared/domain';
import { NotFoundError, ReauthRequiredError, UnavailableError } from '../errors';
import { englishWords, type Message } from '../i18n/words';
import { InvalidGrantError } from '../oauth/errors';
import type { SignedInTokens } from '../oauth/flow';
import type { TokenRefresher } from '../oauth/relay-client';
import type { Cipher, Clock, Logger } from '../ports';
import {
  accountLabelOf,
  grantGoneProblem,
  problemMessage,
  keyRefusedProblem,
  type ProviderNames,
  sessionEndedProblem,
  unreadableProblem,
} from './problems';
import type { ConnectionRecord, ConnectionRecords } from './records';
import { isSessionBlob } from './session-cipher';
import { openTokens, sealTokens, TokenBlobUnreadableError, type StoredTokens } from './token-blob';
import type { TokenSource } from './types';

/** Refresh this long before the access token expires, so no API call races the expiry. */
export const REFRESH_AHEAD_SECONDS = 5 * 60;

/** The scope a pasted API key's record carries (keys have no OAuth scope). */
export const API_KEY_SCOPE = 'api-key';

/** A key lives until the person replaces or removes it: ten years stands for "no expiry". */
const API_KEY_LIFETIME_SECONDS = 10 * 365 * 24 * 3600;

/** What the vault needs. */
export interface TokenVaultOptions {
  records: ConnectionRecords;
  cipher: Cipher;
  /** The relay client of each provider that refreshes tokens. */
  refreshers: Partial<Record<ProviderId, TokenRefresher>>;
  clock: Clock;
  log: Logger;
  /** Provider names for the sentences records carry (from the descriptors). */
  providerName: ProviderNames;
  refreshAheadSeconds?: number;
}

/** Told when a connection's state changes underneath (a refused grant, an unreadable blob). */
export type ConnectionStateListener = (record: ConnectionRecord) => void;

/** A refreshed token set on its way to the store. */
interface Rotation {
  /** The stored blob the refresh started from: the rotation applies only while it is still there. */
  basedOn: string;
  tokens: StoredTokens;
  expiresAt: number;
  scope: string;
  at: number;
}

/** Keeps every connection's tokens encrypted, fresh and single-flight. */
export class TokenVault {
  private readonly ahead: number;
  private readonly listeners = new Set<ConnectionStateListener>();
  /** Refreshes in flight, one per connection. */
  private readonly inflight = new Map<string, Promise<string>>();
  /** Rotations the store refused to take yet: retried before anything else is handed out. */
  private readonly unsaved = new Map<string, Rotation>();
  /** Decrypted tokens, keyed to the blob they came from so a new blob is never shadowed. */
  private readonly decrypted = new Map<string, { blob: string; tokens: StoredTokens }>();

  constructor(private readonly options: TokenVaultOptions) {
    this.ahead = options.refreshAheadSeconds ?? REFRESH_AHEAD_SECONDS;
  }

  /** The records (read-only use by the connection service). */
  get records(): ConnectionRecords {
    return this.options.records;
  }

  /** Subscribes to state changes the vault makes on its own; returns the unsubscribe. */
  onStateChange(listener: ConnectionStateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The TokenSource providers use for one connection. */
  tokenSource(connectionId: string): TokenSource {
    return {
      accessToken: () => this.accessToken(connectionId),
      renewAfterUnauthorized: (rejected) => this.refreshOnce(connectionId, rejected),
    };
  }

  /**
   * Stores a sign-in: updates the record of that owner account if there is one (reconnect: the
   * `needs_reauth` state and problem are cleared) or adds a new record.
   */
  async saveSignIn(
    provider: ProviderId,
    tokens: SignedInTokens,
  ): Promise<{ record: ConnectionRecord; reconnected: boolean }> {
    const now = this.options.clock.now();
    const stored = { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken };
    const tokenBlob = await sealTokens(this.options.cipher, stored);
    const fields = {
      tokenBlob,
      expiresAt: now + tokens.expiresIn,
      scope: tokens.scope,
      refreshedAt: null,
      state: 'connected' as const,
      problem: null,
      ...(tokens.region ? { region: tokens.region } : {}),
    };
    // Looked up after the await: another sign-in of the same account may have landed meanwhile.
    const existing = this.records.byAccount(provider, tokens.accountId);
    const record: ConnectionRecord = existing
      ? { ...existing, ...fields }
      : {
          id: `${provider}-${randomUUID()}`,
          provider,
          accountId: tokens.accountId,
          accountLabel: englishWords.say(
            accountLabelOf(this.options.providerName(provider), tokens.accountId),
          ),
          createdAt: now,
          siteExternalIds: [],
          ...fields,
        };
    this.records.save(record);
    this.unsaved.delete(record.id);
    this.decrypted.set(record.id, { blob: tokenBlob, tokens: stored });
    return { record, reconnected: existing !== null };
  }

  /**
   * Stores an API key the person pasted, once a real call accepted it: the same encrypted
   * record and blob as a sign-in (the key is the blob's only secret), so reconnecting the same
   * account replaces its key and nothing about keys is written twice. A key does not expire
   * and is never refreshed.
   */
  saveApiKey(
    provider: ProviderId,
    accountId: string,
    key: string,
  ): Promise<{ record: ConnectionRecord; reconnected: boolean }> {
    return this.saveSignIn(provider, {
      accountId,
      accessToken: key,
      refreshToken: key,
      expiresIn: API_KEY_LIFETIME_SECONDS,
      scope: API_KEY_SCOPE,
    });
  }

  /**
   * Ends a connection's grant at the provider before it is forgotten (disconnect), where the
   * provider can (SolarEdge; Enphase has no revoke endpoint, a pasted key is the owner's to
   * delete). Best effort: resolves false when it could not, and the disconnect goes on.
   */
  async revoke(connectionId: string): Promise<boolean> {
    const record = this.records.get(connectionId);
    const revoker = record ? this.options.refreshers[record.provider]?.revoke : undefined;
    if (!record || !revoker || record.tokenBlob === null || record.scope === API_KEY_SCOPE)
      return false;
    try {
      const tokens = await this.open({ ...record, tokenBlob: record.tokenBlob });
      // Revoking the refresh token ends the whole grant (RFC 7009 § 2.1).
      await revoker.call(this.options.refreshers[record.provider], tokens.refreshToken);
      return true;
    } catch (error) {
      this.options.log.warn('a grant could not be revoked', {
        connectionId,
        provider: record.provider,
        error: error instanceof Error ? error.name : 'unknown',
      });
      return false;
    }
  }

  /** Forgets a connection and its tokens (disconnect). Enphase has no revoke endpoint to call. */
  forget(connectionId: string): void {
    this.records.remove(connectionId);
    this.decrypted.delete(connectionId);
    this.unsaved.delete(connectionId);
  }

  /** Marks a connection as needing a new sign-in and drops its dead tokens. */
  markNeedsReauth(
    connectionId: string,
    problem: Message,
    onlyIfBlob?: string,
  ): ConnectionRecord | null {
    const current = this.records.get(connectionId);
    if (!current) return null;
    // A decrypt failure of an old blob must not undo a newer sign-in saved meanwhile.
    if (onlyIfBlob !== undefined && current.tokenBlob !== onlyIfBlob) return current;
    const next: ConnectionRecord = { ...current, state: 'needs_reauth', problem, tokenBlob: null };
    this.records.save(next);
    this.decrypted.delete(connectionId);
    this.unsaved.delete(connectionId);
    this.options.log.warn('connection needs a new sign-in', {
      connectionId,
      provider: current.provider,
    });
    for (const listener of this.listeners) listener(next);
    return next;
  }

  private async accessToken(id: string): Promise<string> {
    if (this.inflight.has(id) || this.unsaved.has(id)) return this.refreshOnce(id, null);
    const record = this.usable(id);
    const tokens = await this.open(record);
    if (this.options.clock.now() < record.expiresAt - this.ahead) return tokens.accessToken;
    return this.refreshOnce(id, null);
  }

  /** Joins the refresh in flight for this connection, or starts one. */
  private refreshOnce(id: string, rejected: string | null): Promise<string> {
    const running = this.inflight.get(id);
    if (running) return running;
    const started = this.refreshNow(id, rejected).finally(() => this.inflight.delete(id));
    this.inflight.set(id, started);
    return started;
  }

  private async refreshNow(id: string, rejected: string | null): Promise<string> {
    const pending = this.unsaved.get(id);
    if (pending) {
      if (await this.persist(id, pending)) return pending.tokens.accessToken;
      return this.currentAccessToken(id);
    }
    const record = this.usable(id);
    const current = await this.open(record);
    // The blob this refresh starts from (open() may have re-encrypted it): compare-and-set key.
    const basedOn = this.decrypted.get(id)?.blob ?? record.tokenBlob;
    const fresh = this.options.clock.now() < record.expiresAt - this.ahead;
    // Someone refreshed since the caller read its token: that one is good to use.
    if (rejected === null ? fresh : current.accessToken !== rejected) return current.accessToken;

    if (record.scope === API_KEY_SCOPE) {
      // A key is not refreshed: refused once, it needs a new one from the person.
      const problem = keyRefusedProblem(this.nameOf(record));
      this.markNeedsReauth(id, problem, basedOn);
      throw new ReauthRequiredError(id, problem);
    }
    const refresher = this.options.refreshers[record.provider];
    if (!refresher)
      throw new UnavailableError({
        key: 'error.vault.noRefresher',
        params: { provider: this.nameOf(record) },
      });
    let next;
    try {
      next = await refresher.refresh(
        current.refreshToken,
        record.region ? { region: record.region } : {},
      );
    } catch (error) {
      if (error instanceof InvalidGrantError) {
        const problem = grantGoneProblem(this.nameOf(record));
        // Compare-and-set: a reconnect during the refresh replaced the blob; its sign-in stands.
        const after = this.markNeedsReauth(id, problem, basedOn);
        if (after?.tokenBlob) return this.currentAccessToken(id);
        throw new ReauthRequiredError(id, problem);
      }
      throw error;
    }
    const now = this.options.clock.now();
    const rotation: Rotation = {
      basedOn,
      tokens: { accessToken: next.accessToken, refreshToken: next.refreshToken },
      expiresAt: now + next.expiresIn,
      scope: next.scope || record.scope,
      at: now,
    };
    this.options.log.info('tokens refreshed', { connectionId: id, provider: record.provider });
    if (await this.persist(id, rotation)) return rotation.tokens.accessToken;
    return this.currentAccessToken(id);
  }

  /** The access token of the record as stored now (a sign-in that replaced the one refreshed). */
  private async currentAccessToken(id: string): Promise<string> {
    return (await this.open(this.usable(id))).accessToken;
  }

  /**
   * Encrypts and saves a rotation; until that succeeds, nobody gets its access token. False when
   * the record no longer holds the blob the refresh started from (a reconnect replaced it): the
   * newer sign-in is kept and the rotation dropped.
   */
  private async persist(id: string, rotation: Rotation): Promise<boolean> {
    this.unsaved.set(id, rotation);
    let saved: ConnectionRecord | null;
    let tokenBlob: string;
    let applied = false;
    try {
      tokenBlob = await sealTokens(this.options.cipher, rotation.tokens);
      saved = this.records.update(id, (record) => {
        if (record.tokenBlob !== rotation.basedOn) return record;
        applied = true;
        return {
          ...record,
          tokenBlob,
          expiresAt: rotation.expiresAt,
          scope: rotation.scope,
          refreshedAt: rotation.at,
          state: 'connected',
          problem: null,
        };
      });
    } catch (error) {
      this.options.log.error('refreshed tokens could not be saved', {
        connectionId: id,
        error: error instanceof Error ? error.name : 'unknown',
      });
      throw new UnavailableError({ key: 'error.vault.refreshNotSaved' });
    }
    this.unsaved.delete(id);
    if (!saved) throw new NotFoundError({ key: 'error.connectionGone' });
    if (!applied) {
      this.options.log.info(
        'refresh outcome dropped: the connection was signed in again meanwhile',
        {
          connectionId: id,
        },
      );
      return false;
    }
    this.decrypted.set(id, { blob: tokenBlob, tokens: rotation.tokens });
    return true;
  }

  private nameOf(record: ConnectionRecord): string {
    return this.options.providerName(record.provider);
  }

  /** The record, if its tokens can be used at all. */
  private usable(id: string): ConnectionRecord & { tokenBlob: string } {
    const record = this.records.get(id);
    if (!record) throw new NotFoundError({ key: 'error.connectionGone' });
    if (record.state === 'needs_reauth' || record.tokenBlob === null) {
      const problem = record.problem ?? grantGoneProblem(this.nameOf(record));
      throw new ReauthRequiredError(id, problemMessage(problem));
    }
    return { ...record, tokenBlob: record.tokenBlob };
  }

  /** Decrypts a record's tokens (once per blob); unreadable → needs_reauth. */
  private async open(record: ConnectionRecord & { tokenBlob: string }): Promise<StoredTokens> {
    const blob = record.tokenBlob;
    const cached = this.decrypted.get(record.id);
    if (cached && cached.blob === blob) return cached.tokens;
    let opened;
    try {
      opened = await openTokens(this.options.cipher, blob);
    } catch (error) {
      if (!(error instanceof TokenBlobUnreadableError)) throw error;
      const problem = isSessionBlob(blob)
        ? sessionEndedProblem(this.nameOf(record))
        : unreadableProblem(this.nameOf(record));
      const after = this.markNeedsReauth(record.id, problem, blob);
      throw new ReauthRequiredError(record.id, problemMessage(after?.problem ?? problem));
    }
    let current = blob;
    if (opened.shouldReEncrypt) current = await this.reEncrypt(record.id, blob, opened.tokens);
    this.decrypted.set(record.id, { blob: current, tokens: opened.tokens });
    return opened.tokens;
  }

  /** safeStorage asked for a fresh encryption (key rotated): save it, best effort. */
  private async reEncrypt(id: string, blob: string, tokens: StoredTokens): Promise<string> {
    try {
      const fresh = await sealTokens(this.options.cipher, tokens);
      const saved = this.records.update(id, (r) =>
        r.tokenBlob === blob ? { ...r, tokenBlob: fresh } : r,
      );
      return saved?.tokenBlob === fresh ? fresh : blob;
    } catch (error) {
      this.options.log.warn('could not re-encrypt a saved sign-in', {
        connectionId: id,
        error: error instanceof Error ? error.name : 'unknown',
      });
      return blob;
    }
  }
}
