import { describe, expect, it } from 'vitest';
import { NotFoundError, ReauthRequiredError, UnavailableError } from '../../../../electron/errors';
import { InvalidGrantError, RelayUnreachableError } from '../../../../electron/oauth/errors';
import type { TokenRefresher } from '../../../../electron/oauth/relay-client';
import type { TokenSet } from '../../../../electron/oauth/token-set';
import { silentLogger } from '../../../../electron/ports';
import { ConnectionRecords, type ConnectionRecord } from '../../../../electron/vault/records';
import { openTokens } from '../../../../electron/vault/token-blob';
import { REFRESH_AHEAD_SECONDS, TokenVault } from '../../../../electron/vault/vault';
import { deferred, FakeCipher, ManualClock, RecordingStore, tokenSet } from './fixtures';
import { providerNameOf } from '../../../../electron/providers/registry';
import { problemText, said } from '../../../harness/said';

/** A relay refresh the test can slow down, fail, or count. */
class FakeRefresher implements TokenRefresher {
  readonly spent: string[] = [];
  issued: TokenSet[] = [];
  next: (() => Promise<TokenSet>) | null = null;
  async refresh(refreshToken: string): Promise<TokenSet> {
    this.spent.push(refreshToken);
    const tokens = this.next ? await this.next() : tokenSet();
    this.issued.push(tokens);
    return tokens;
  }
}

async function setup() {
  const store = new RecordingStore();
  const cipher = new FakeCipher();
  const clock = new ManualClock();
  const refresher = new FakeRefresher();
  const make = () =>
    new TokenVault({
      records: new ConnectionRecords(store, silentLogger),
      cipher,
      refreshers: { enphase: refresher },
      clock,
      log: silentLogger,
      providerName: (provider) => providerNameOf(provider),
    });
  const vault = make();
  const first = tokenSet();
  const { record } = await vault.saveSignIn('enphase', first);
  const changes: ConnectionRecord[] = [];
  vault.onStateChange((r) => changes.push(r));
  return { store, cipher, clock, refresher, vault, first, record, changes, make };
}

/** Every secret the test has seen, to prove none is stored in plain text. */
function secretsOf(...sets: TokenSet[]): string[] {
  return sets.flatMap((t) => [t.accessToken, t.refreshToken]);
}

describe('TokenVault: storing a sign-in', () => {
  it('stores one record per owner account with the tokens only as an encrypted blob', async () => {
    const { store, record, first, clock } = await setup();
    expect(record).toMatchObject({
      provider: 'enphase',
      accountId: '2310001',
      accountLabel: 'Enphase owner 2310001',
      expiresAt: clock.now() + 86_393,
      scope: 'read write',
      createdAt: clock.now(),
      refreshedAt: null,
      state: 'connected',
      problem: null,
      siteExternalIds: [],
    });
    expect(record.tokenBlob).toMatch(/^[A-Za-z0-9+/]+=*$/);
    for (const secret of secretsOf(first)) expect(store.raw()).not.toContain(secret);
  });

  it('signing in to the same account again updates that record and clears needs_reauth', async () => {
    const { vault, record } = await setup();
    vault.records.update(record.id, (r) => ({ ...r, siteExternalIds: ['1', '2'] }));
    vault.markNeedsReauth(record.id, said('gone'));
    const again = await vault.saveSignIn('enphase', tokenSet());
    expect(again.reconnected).toBe(true);
    expect(again.record).toMatchObject({
      id: record.id,
      state: 'connected',
      problem: null,
      siteExternalIds: ['1', '2'],
    });
    expect(vault.records.all()).toHaveLength(1);
    await expect(vault.tokenSource(record.id).accessToken()).resolves.toBeTypeOf('string');
  });

  it('another account becomes another connection', async () => {
    const { vault } = await setup();
    const other = await vault.saveSignIn('enphase', tokenSet({ accountId: '2310002' }));
    expect(other.reconnected).toBe(false);
    expect(vault.records.all().map((r) => r.accountId)).toEqual(['2310001', '2310002']);
  });
});

describe('TokenVault: access tokens', () => {
  it('hands out the stored access token while it is fresh, decrypting once', async () => {
    const { vault, record, first, refresher, cipher } = await setup();
    const source = vault.tokenSource(record.id);
    expect(await source.accessToken()).toBe(first.accessToken);
    expect(await source.accessToken()).toBe(first.accessToken);
    expect(refresher.spent).toEqual([]);
    expect(cipher.decryptions).toBe(0);
  });

  it('a new vault (app restart) decrypts the stored blob', async () => {
    const { make, record, first, cipher } = await setup();
    expect(await make().tokenSource(record.id).accessToken()).toBe(first.accessToken);
    expect(cipher.decryptions).toBe(1);
  });

  it(`refreshes ${REFRESH_AHEAD_SECONDS / 60} minutes before expiry with the stored refresh token`, async () => {
    const { vault, record, first, refresher, clock, store } = await setup();
    clock.advance(86_393 - REFRESH_AHEAD_SECONDS - 1);
    expect(await vault.tokenSource(record.id).accessToken()).toBe(first.accessToken);
    clock.advance(1);
    const token = await vault.tokenSource(record.id).accessToken();
    const rotated = refresher.issued[0]!;
    expect(token).toBe(rotated.accessToken);
    expect(refresher.spent).toEqual([first.refreshToken]);
    expect(vault.records.get(record.id)).toMatchObject({
      refreshedAt: clock.now(),
      expiresAt: clock.now() + rotated.expiresIn,
      state: 'connected',
    });
    for (const secret of secretsOf(first, rotated)) expect(store.raw()).not.toContain(secret);
  });

  it('saves the rotated refresh token BEFORE anyone gets the new access token', async () => {
    const { vault, record, refresher, clock, store, cipher } = await setup();
    cipher.encryptDelayMs = 20;
    clock.advance(86_393);
    const token = await vault.tokenSource(record.id).accessToken();
    store.handedOut(token);
    const rotated = refresher.issued[0]!;
    const handedAt = store.timeline.findIndex((h) => h.kind === 'handed-out');
    const savedAt = await (async () => {
      for (const [index, happening] of store.timeline.entries()) {
        if (happening.kind !== 'write') continue;
        const [saved] = JSON.parse(happening.json) as ConnectionRecord[];
        if (!saved?.tokenBlob) continue;
        const { tokens } = await openTokens(cipher, saved.tokenBlob);
        if (tokens.refreshToken === rotated.refreshToken) return index;
      }
      return -1;
    })();
    expect(savedAt).toBeGreaterThanOrEqual(0);
    expect(savedAt).toBeLessThan(handedAt);
  });

  it.each([
    ['tokens already in memory', false],
    ['right after a restart (every caller decrypts first)', true],
  ])('ten callers during expiry share ONE refresh (%s)', async (_label, restart) => {
    const { vault: running, record, refresher, clock, make } = await setup();
    clock.advance(86_393);
    const slow = deferred<TokenSet>();
    refresher.next = () => slow.promise;
    const vault = restart ? make() : running;
    const callers = Array.from({ length: 10 }, () => vault.tokenSource(record.id).accessToken());
    await new Promise((resolve) => setTimeout(resolve, 10));
    slow.resolve(tokenSet());
    const tokens = await Promise.all(callers);
    expect(refresher.spent).toHaveLength(1);
    expect(new Set(tokens)).toEqual(new Set([refresher.issued[0]!.accessToken]));
  });

  it('after a 401 it refreshes once; a caller holding the old token then gets the new one without another refresh', async () => {
    const { vault, record, first, refresher } = await setup();
    const source = vault.tokenSource(record.id);
    const [a, b] = await Promise.all([
      source.renewAfterUnauthorized(first.accessToken),
      source.renewAfterUnauthorized(first.accessToken),
    ]);
    expect(a).toBe(b);
    expect(refresher.spent).toHaveLength(1);
    expect(await source.renewAfterUnauthorized(first.accessToken)).toBe(a);
    expect(refresher.spent).toHaveLength(1);
    // The new token itself rejected: that is worth one more refresh.
    await source.renewAfterUnauthorized(a);
    expect(refresher.spent).toHaveLength(2);
  });
});

describe('TokenVault: when the grant is gone', () => {
  it('invalid_grant makes the connection needs_reauth, drops the tokens and throws ReauthRequiredError', async () => {
    const { vault, record, refresher, clock, changes } = await setup();
    clock.advance(86_393);
    refresher.next = () => Promise.reject(new InvalidGrantError('invalid_grant', 400, 'Enphase'));
    const error = await vault
      .tokenSource(record.id)
      .accessToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReauthRequiredError);
    expect((error as ReauthRequiredError).connectionId).toBe(record.id);
    const after = vault.records.get(record.id)!;
    expect(after.state).toBe('needs_reauth');
    expect(problemText(after.problem)).toMatch(/^Enphase asked to sign in again/);
    expect(after.tokenBlob).toBeNull();
    expect(changes.map((c) => c.state)).toEqual(['needs_reauth']);
    // No further relay calls: the answer is known.
    await expect(vault.tokenSource(record.id).accessToken()).rejects.toBeInstanceOf(
      ReauthRequiredError,
    );
    expect(refresher.spent).toHaveLength(1);
  });

  it('a blob that no longer decrypts makes the connection needs_reauth without calling the relay', async () => {
    const { make, record, cipher, refresher } = await setup();
    cipher.failDecrypt = true;
    const vault = make();
    const changes: ConnectionRecord[] = [];
    vault.onStateChange((r) => changes.push(r));
    await expect(vault.tokenSource(record.id).accessToken()).rejects.toBeInstanceOf(
      ReauthRequiredError,
    );
    expect(vault.records.get(record.id)).toMatchObject({ state: 'needs_reauth', tokenBlob: null });
    expect(problemText(vault.records.get(record.id)?.problem)).toContain(
      'can no longer be read on this computer',
    );
    expect(changes).toHaveLength(1);
    expect(refresher.spent).toEqual([]);
  });

  it('keeps the site choice and everything else of the record', async () => {
    const { vault, record, cipher, make } = await setup();
    vault.records.update(record.id, (r) => ({ ...r, siteExternalIds: ['4303302'] }));
    cipher.failDecrypt = true;
    await make()
      .tokenSource(record.id)
      .accessToken()
      .catch(() => {});
    expect(vault.records.get(record.id)).toMatchObject({
      siteExternalIds: ['4303302'],
      createdAt: record.createdAt,
    });
  });
});

describe('TokenVault: other failures', () => {
  it('re-encrypts and saves when the cipher asks for it', async () => {
    const { make, record, cipher, first } = await setup();
    cipher.shouldReEncrypt = true;
    const vault = make();
    expect(await vault.tokenSource(record.id).accessToken()).toBe(first.accessToken);
    const saved = vault.records.get(record.id)!;
    expect(saved.tokenBlob).not.toBe(record.tokenBlob);
    cipher.shouldReEncrypt = false;
    expect((await openTokens(cipher, saved.tokenBlob!)).tokens.accessToken).toBe(first.accessToken);
  });

  it('a refresh that starts with a re-encryption still saves its rotation (the blob it started from is the re-encrypted one)', async () => {
    const { make, record, cipher, refresher, first } = await setup();
    cipher.shouldReEncrypt = true;
    const vault = make();
    const next = tokenSet();
    refresher.next = async () => next;
    // A 401 on a fresh start: the refresh itself is the first to open (and re-encrypt) the blob.
    const renewed = await vault.tokenSource(record.id).renewAfterUnauthorized(first.accessToken);
    expect(renewed).toBe(next.accessToken);
    cipher.shouldReEncrypt = false;
    const saved = vault.records.get(record.id)!;
    expect((await openTokens(cipher, saved.tokenBlob!)).tokens.refreshToken).toBe(
      next.refreshToken,
    );
  });

  it('a relay outage leaves the connection connected, and the next call tries again', async () => {
    const { vault, record, refresher, clock } = await setup();
    clock.advance(86_393);
    refresher.next = () => Promise.reject(new RelayUnreachableError());
    await expect(vault.tokenSource(record.id).accessToken()).rejects.toBeInstanceOf(
      RelayUnreachableError,
    );
    expect(vault.records.get(record.id)?.state).toBe('connected');
    refresher.next = null;
    const token = await vault.tokenSource(record.id).accessToken();
    expect(token).toBe(refresher.issued[0]!.accessToken);
  });

  it('a rotation the disk refused is kept in memory and saved before it is used', async () => {
    const { vault, record, refresher, clock, store } = await setup();
    clock.advance(86_393);
    store.failWrites = true;
    await expect(vault.tokenSource(record.id).accessToken()).rejects.toBeInstanceOf(
      UnavailableError,
    );
    store.failWrites = false;
    const token = await vault.tokenSource(record.id).accessToken();
    expect(token).toBe(refresher.issued[0]!.accessToken);
    expect(refresher.spent).toHaveLength(1);
    expect(vault.records.get(record.id)?.refreshedAt).toBe(clock.now());
  });

  it('a connection removed during a refresh stays removed', async () => {
    const { vault, record, refresher, clock } = await setup();
    clock.advance(86_393);
    const slow = deferred<TokenSet>();
    refresher.next = () => slow.promise;
    const pending = vault.tokenSource(record.id).accessToken();
    await new Promise((resolve) => setTimeout(resolve, 5));
    vault.forget(record.id);
    slow.resolve(tokenSet());
    await expect(pending).rejects.toBeInstanceOf(NotFoundError);
    expect(vault.records.all()).toEqual([]);
  });

  /** A refresh held in flight while the owner signs in to the same account again. */
  async function reconnectDuringRefresh() {
    const rig = await setup();
    rig.clock.advance(86_393);
    const slow = deferred<TokenSet>();
    rig.refresher.next = () => slow.promise;
    const pending = rig.vault.tokenSource(rig.record.id).accessToken();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const fresh = tokenSet();
    const { record: reconnected } = await rig.vault.saveSignIn('enphase', fresh);
    expect(reconnected.id).toBe(rig.record.id);
    return { ...rig, slow, pending, fresh, reconnected };
  }

  it('reconnect during a refresh, then invalid_grant for the OLD token: the new sign-in stays', async () => {
    const { vault, record, changes, slow, pending, fresh, reconnected } =
      await reconnectDuringRefresh();
    slow.reject(new InvalidGrantError('invalid_grant', 400, 'Enphase'));
    // The caller gets a working token: the one from the new sign-in.
    await expect(pending).resolves.toBe(fresh.accessToken);
    const after = vault.records.get(record.id)!;
    expect(after).toMatchObject({ state: 'connected', problem: null });
    expect(after.tokenBlob).toBe(reconnected.tokenBlob);
    expect(changes).toEqual([]);
    await expect(vault.tokenSource(record.id).accessToken()).resolves.toBe(fresh.accessToken);
  });

  it('reconnect during a refresh, then the OLD refresh succeeds: it does not overwrite the new sign-in', async () => {
    const { vault, record, cipher, slow, pending, fresh, reconnected } =
      await reconnectDuringRefresh();
    const stale = tokenSet();
    slow.resolve(stale);
    await expect(pending).resolves.toBe(fresh.accessToken);
    const after = vault.records.get(record.id)!;
    expect(after.tokenBlob).toBe(reconnected.tokenBlob);
    const stored = await openTokens(cipher, after.tokenBlob!);
    expect(stored.tokens).toEqual({
      accessToken: fresh.accessToken,
      refreshToken: fresh.refreshToken,
    });
    await expect(vault.tokenSource(record.id).accessToken()).resolves.toBe(fresh.accessToken);
  });

  it('an unknown connection is NotFound', async () => {
    const { vault } = await setup();
    await expect(vault.tokenSource('nope').accessToken()).rejects.toBeInstanceOf(NotFoundError);
  });
});
