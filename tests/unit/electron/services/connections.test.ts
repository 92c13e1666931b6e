import { describe, expect, it } from 'vitest';
import {
  invokeContract,
  type EventPayload,
  type InvokeChannel,
  type ResponseOf,
} from '../../../../shared/contract';
import type { SiteRecord } from '../../../../electron/cache/types';
import { InvalidRequestError, NotFoundError, UnavailableError } from '../../../../electron/errors';
import { InvalidGrantError, OAuthCancelledError } from '../../../../electron/oauth/errors';
import type { SignedInTokens } from '../../../../electron/oauth/flow';
import { silentLogger } from '../../../../electron/ports';
import type { RemoteSystemInfo } from '../../../../electron/providers/provider';
import {
  createConnectionHandlers,
  type AccountApi,
  type ConnectionCache,
} from '../../../../electron/services/connections';
import { DISCONNECTED_DETAIL } from '../../../../electron/services/connections/sites';
import { watchConnectionStates } from '../../../../electron/services/connections/state-watch';
import { ConnectionRecords } from '../../../../electron/vault/records';
import { TokenVault } from '../../../../electron/vault/vault';
import { FakeCipher, ManualClock, RecordingStore, tokenSet } from '../vault/fixtures';

function system(externalId: string, name = `System ${externalId}`): RemoteSystemInfo {
  return {
    externalId,
    name,
    city: 'Denver',
    timeZone: 'America/Denver',
    capacityW: 10_000,
    status: 'normal',
  };
}

/** The cache rows the handlers touch, in memory, with every delete noted. */
class FakeSites implements ConnectionCache {
  readonly rows = new Map<string, SiteRecord>();
  readonly deleted: { siteId: string; withData: boolean }[] = [];
  getSite(siteId: string) {
    return this.rows.get(siteId) ?? null;
  }
  upsertSite(site: SiteRecord) {
    this.rows.set(site.id, site);
  }
  deleteSite(siteId: string, withData: boolean) {
    this.deleted.push({ siteId, withData });
    this.rows.delete(siteId);
  }
  setSiteStatus(siteId: string, status: SiteRecord['status'], detail: string | null) {
    const row = this.rows.get(siteId);
    if (row) this.rows.set(siteId, { ...row, status, statusDetail: detail });
  }
  /** What the core does when told the sites changed: store the chosen systems as sites. */
  storeChosen(connectionId: string, externalIds: string[]) {
    for (const externalId of externalIds) {
      const id = `enphase:${externalId}`;
      if (this.rows.has(id)) continue;
      this.rows.set(id, {
        id,
        provider: 'enphase',
        externalId,
        connectionId,
        name: externalId,
        city: 'Denver',
        country: 'US',
        timeZone: 'America/Denver',
        latitude: 39.7,
        longitude: -105,
        capacityW: 10_000,
        status: 'normal',
        statusDetail: null,
        addedAt: 0,
      });
    }
  }
}

function setup(options: { listing?: () => Promise<RemoteSystemInfo[]> } = {}) {
  const store = new RecordingStore();
  const cipher = new FakeCipher();
  const clock = new ManualClock();
  const refresh = { next: () => Promise.resolve(tokenSet()) };
  const vault = new TokenVault({
    records: new ConnectionRecords(store, silentLogger),
    cipher,
    refreshers: { enphase: { refresh: () => refresh.next() } },
    clock,
    log: silentLogger,
  });
  const sites = new FakeSites();
  const events: EventPayload<'connection-changed'>[] = [];
  const sitesChanged: string[] = [];
  const signIns: SignedInTokens[] = [];
  let nextSignIn: () => Promise<SignedInTokens> = async () => tokenSet();
  let listCalls = 0;
  const test: { result: Awaited<ReturnType<AccountApi['testConnection']>> } = {
    result: { ok: true, message: 'Connected: 3 systems visible.' },
  };
  const listing = options.listing ?? (async () => [system('101'), system('102'), system('103')]);
  const handlers = createConnectionHandlers({
    vault,
    signIn: async () => {
      const tokens = await nextSignIn();
      signIns.push(tokens);
      return tokens;
    },
    accounts: (connection, tokens) => ({
      listSystems: async () => {
        listCalls += 1;
        await tokens.accessToken();
        return listing();
      },
      testConnection: async () => {
        await tokens.accessToken();
        return test.result;
      },
    }),
    cache: sites,
    onSitesChanged: (connectionId) => {
      sitesChanged.push(connectionId);
      const record = vault.records.get(connectionId);
      if (record) sites.storeChosen(connectionId, record.siteExternalIds);
    },
    budgets: () => [],
    emit: (payload) => events.push(payload),
    keyringProtected: true,
    clock,
    log: silentLogger,
  });
  return {
    store,
    cipher,
    clock,
    vault,
    sites,
    events,
    sitesChanged,
    signIns,
    handlers,
    test,
    refresh,
    listCalls: () => listCalls,
    signInWith: (fn: () => Promise<SignedInTokens>) => {
      nextSignIn = fn;
    },
  };
}

/** Parses a handler's answer with the contract, as the dispatcher would. */
async function answer<C extends InvokeChannel>(channel: C, value: unknown): Promise<ResponseOf<C>> {
  return invokeContract[channel].response.parse(await value) as ResponseOf<C>;
}

describe('connections.connect', () => {
  it('signs in, stores one connection, lists the systems unselected and says it is new', async () => {
    const { handlers, events, vault, store, signIns } = setup();
    const result = await answer(
      'connections.connect',
      handlers['connections.connect']({ provider: 'enphase', method: 'popup' }),
    );
    expect(result.reconnected).toBe(false);
    expect(result.connection).toMatchObject({
      provider: 'enphase',
      accountLabel: 'Enphase owner 2310001',
      state: 'connected',
      siteIds: [],
      problem: null,
    });
    expect(result.systems.map((s) => [s.externalId, s.selected])).toEqual([
      ['101', false],
      ['102', false],
      ['103', false],
    ]);
    expect(vault.records.all()).toHaveLength(1);
    expect(events).toEqual([{ connectionId: result.connection.id, state: 'connected' }]);
    const secrets = [signIns[0]!.accessToken, signIns[0]!.refreshToken];
    for (const secret of secrets) {
      expect(JSON.stringify(result)).not.toContain(secret);
      expect(store.raw()).not.toContain(secret);
    }
  });

  it('connecting the same account again updates it (Reconnect): one connection, sites back from needs_reauth', async () => {
    const { handlers, vault, sites, sitesChanged } = setup();
    const first = await handlers['connections.connect']({ provider: 'enphase', method: 'popup' });
    await handlers['connections.chooseSites']({
      connectionId: first.connection.id,
      externalIds: ['101'],
    });
    vault.markNeedsReauth(first.connection.id, 'Enphase asked to sign in again.');
    sites.setSiteStatus('enphase:101', 'needs_reauth', 'Enphase asked to sign in again.');

    const second = await handlers['connections.connect']({ provider: 'enphase', method: 'popup' });
    expect(second.reconnected).toBe(true);
    expect(second.connection).toMatchObject({
      id: first.connection.id,
      state: 'connected',
      problem: null,
      siteIds: ['enphase:101'],
    });
    expect(second.systems.find((s) => s.externalId === '101')?.selected).toBe(true);
    expect(vault.records.all()).toHaveLength(1);
    expect(sites.getSite('enphase:101')).toMatchObject({ status: 'normal', statusDetail: null });
    expect(sitesChanged.filter((id) => id === first.connection.id).length).toBeGreaterThanOrEqual(
      2,
    );
  });

  it('another owner account becomes a second connection', async () => {
    const { handlers, signInWith, vault } = setup();
    await handlers['connections.connect']({ provider: 'enphase', method: 'popup' });
    signInWith(async () => tokenSet({ accountId: '2310002' }));
    const other = await handlers['connections.connect']({ provider: 'enphase', method: 'browser' });
    expect(other.reconnected).toBe(false);
    expect(vault.records.all()).toHaveLength(2);
  });

  it('a cancelled sign-in stores nothing and passes the calm error through', async () => {
    const { handlers, signInWith, vault, events } = setup();
    signInWith(() => Promise.reject(new OAuthCancelledError()));
    await expect(
      handlers['connections.connect']({ provider: 'enphase', method: 'popup' }),
    ).rejects.toBeInstanceOf(OAuthCancelledError);
    expect(vault.records.all()).toEqual([]);
    expect(events).toEqual([]);
  });

  it('when the systems cannot be listed, the account is still connected and the problem says why', async () => {
    const { handlers, vault } = setup({
      listing: () => Promise.reject(new UnavailableError('Enphase is not answering.')),
    });
    const result = await answer(
      'connections.connect',
      handlers['connections.connect']({ provider: 'enphase', method: 'popup' }),
    );
    expect(result.systems).toEqual([]);
    expect(result.connection.problem).toBe(
      'Connected, but the list of systems could not be loaded: Enphase is not answering.',
    );
    expect(vault.records.all()).toHaveLength(1);
  });
});

describe('connections.chooseSites', () => {
  async function connected() {
    const context = setup();
    const { connection } = await context.handlers['connections.connect']({
      provider: 'enphase',
      method: 'popup',
    });
    return { ...context, id: connection.id };
  }

  it('makes exactly the chosen systems sites, and the core stores them', async () => {
    const { handlers, id, sites, sitesChanged, events, listCalls } = await connected();
    const result = await answer(
      'connections.chooseSites',
      handlers['connections.chooseSites']({ connectionId: id, externalIds: ['101', '103', '101'] }),
    );
    expect(result.siteIds).toEqual(['enphase:101', 'enphase:103']);
    expect(sitesChanged).toContain(id);
    expect([...sites.rows.keys()].sort()).toEqual(['enphase:101', 'enphase:103']);
    expect(events.at(-1)).toEqual({ connectionId: id, state: 'connected' });
    // The systems listed by connect were enough to check the choice: no second API call.
    expect(listCalls()).toBe(1);
  });

  it('removing a site deletes its row but keeps its cached data', async () => {
    const { handlers, id, sites } = await connected();
    await handlers['connections.chooseSites']({ connectionId: id, externalIds: ['101', '102'] });
    await handlers['connections.chooseSites']({ connectionId: id, externalIds: ['102'] });
    expect(sites.deleted).toEqual([{ siteId: 'enphase:101', withData: false }]);
    expect([...sites.rows.keys()]).toEqual(['enphase:102']);
  });

  it('an empty choice removes every site', async () => {
    const { handlers, id, sites } = await connected();
    await handlers['connections.chooseSites']({ connectionId: id, externalIds: ['101'] });
    const result = await handlers['connections.chooseSites']({ connectionId: id, externalIds: [] });
    expect(result.siteIds).toEqual([]);
    expect(sites.rows.size).toBe(0);
  });

  it('refuses a system the account cannot see, after listing again once', async () => {
    const { handlers, id, listCalls } = await connected();
    await expect(
      handlers['connections.chooseSites']({ connectionId: id, externalIds: ['999'] }),
    ).rejects.toThrow(
      new InvalidRequestError('System 999 is not visible to Enphase owner 2310001.'),
    );
    expect(listCalls()).toBe(2);
  });

  it('refuses a malformed id and a system that is already another connection’s site', async () => {
    const { handlers, id, signInWith } = await connected();
    await expect(
      handlers['connections.chooseSites']({ connectionId: id, externalIds: ['../etc'] }),
    ).rejects.toBeInstanceOf(InvalidRequestError);
    await handlers['connections.chooseSites']({ connectionId: id, externalIds: ['101'] });
    signInWith(async () => tokenSet({ accountId: '2310002' }));
    const other = await handlers['connections.connect']({ provider: 'enphase', method: 'popup' });
    await expect(
      handlers['connections.chooseSites']({
        connectionId: other.connection.id,
        externalIds: ['101'],
      }),
    ).rejects.toThrow('System 101 is already a site of Enphase owner 2310001.');
  });

  it('an unknown connection is NotFound', async () => {
    const { handlers } = setup();
    await expect(
      handlers['connections.chooseSites']({ connectionId: 'x', externalIds: [] }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('connections.systems, connections.test, connections.list, budget.get', () => {
  it('lists the systems with the current choice marked', async () => {
    const { handlers } = setup();
    const { connection } = await handlers['connections.connect']({
      provider: 'enphase',
      method: 'popup',
    });
    await handlers['connections.chooseSites']({
      connectionId: connection.id,
      externalIds: ['102'],
    });
    const { systems } = await handlers['connections.systems']({ connectionId: connection.id });
    expect(systems.filter((s) => s.selected).map((s) => s.externalId)).toEqual(['102']);
  });

  it('a working test says so and clears an old problem; a failing one keeps the reason', async () => {
    const { handlers, test, vault } = setup();
    const { connection } = await handlers['connections.connect']({
      provider: 'enphase',
      method: 'popup',
    });
    test.result = { ok: false, message: 'Enphase is not answering.' };
    expect(await handlers['connections.test']({ connectionId: connection.id })).toEqual({
      ok: false,
      message: 'Enphase is not answering.',
    });
    expect(vault.records.get(connection.id)?.problem).toBe(
      'The last test failed: Enphase is not answering.',
    );
    test.result = { ok: true, message: 'Connected: 3 systems visible.' };
    expect(await handlers['connections.test']({ connectionId: connection.id })).toEqual({
      ok: true,
      message: 'Enphase answered: the connection works.',
    });
    expect(vault.records.get(connection.id)?.problem).toBeNull();
  });

  it('a test that finds the grant gone reports needs_reauth in the vault’s words', async () => {
    const { handlers, refresh, clock, vault } = setup();
    const { connection } = await handlers['connections.connect']({
      provider: 'enphase',
      method: 'popup',
    });
    clock.advance(90_000);
    refresh.next = () => Promise.reject(new InvalidGrantError('invalid_grant', 400, 'Enphase'));
    const result = await handlers['connections.test']({ connectionId: connection.id });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Enphase asked to sign in again/);
    expect(vault.records.get(connection.id)?.state).toBe('needs_reauth');
    // Asking again makes no call at all.
    expect(await handlers['connections.test']({ connectionId: connection.id })).toEqual(result);
  });

  it('lists connections with whether the keyring protects them', async () => {
    const { handlers } = setup();
    await handlers['connections.connect']({ provider: 'enphase', method: 'popup' });
    const list = await answer('connections.list', handlers['connections.list']({}));
    expect(list.keyringProtected).toBe(true);
    expect(list.connections).toHaveLength(1);
  });

  it('passes budgets through', async () => {
    const { handlers } = setup();
    expect(await handlers['budget.get']({})).toEqual({ budgets: [] });
  });
});

describe('connections.disconnect', () => {
  async function withSites() {
    const context = setup();
    const { connection } = await context.handlers['connections.connect']({
      provider: 'enphase',
      method: 'popup',
    });
    await context.handlers['connections.chooseSites']({
      connectionId: connection.id,
      externalIds: ['101', '102'],
    });
    return { ...context, id: connection.id };
  }

  it('keeping data: forgets the tokens, keeps the sites as offline cached sites without a connection', async () => {
    const { handlers, id, sites, store, signIns, events, vault } = await withSites();
    const result = await handlers['connections.disconnect']({ connectionId: id, keepData: true });
    expect(result.connections).toEqual([]);
    expect(vault.records.all()).toEqual([]);
    for (const siteId of ['enphase:101', 'enphase:102']) {
      expect(sites.getSite(siteId)).toMatchObject({
        connectionId: null,
        status: 'offline',
        statusDetail: DISCONNECTED_DETAIL,
      });
    }
    expect(sites.deleted).toEqual([]);
    expect(store.raw()).not.toContain('tokenBlob');
    expect(store.raw()).not.toContain(signIns[0]!.refreshToken);
    expect(events.at(-1)).toEqual({ connectionId: id, state: 'removed' });
    await expect(vault.tokenSource(id).accessToken()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('deleting data: removes the sites with their history', async () => {
    const { handlers, id, sites } = await withSites();
    await handlers['connections.disconnect']({ connectionId: id, keepData: false });
    expect(sites.deleted).toEqual([
      { siteId: 'enphase:101', withData: true },
      { siteId: 'enphase:102', withData: true },
    ]);
    expect(sites.rows.size).toBe(0);
  });
});

describe('watchConnectionStates', () => {
  it('a grant lost during sync marks the sites needs_reauth and tells the renderer', async () => {
    const { handlers, vault, sites, events } = setup();
    const { connection } = await handlers['connections.connect']({
      provider: 'enphase',
      method: 'popup',
    });
    await handlers['connections.chooseSites']({
      connectionId: connection.id,
      externalIds: ['101'],
    });
    const stop = watchConnectionStates(vault, sites, (payload) => events.push(payload));
    vault.markNeedsReauth(connection.id, 'Enphase asked to sign in again.');
    expect(sites.getSite('enphase:101')).toMatchObject({
      status: 'needs_reauth',
      statusDetail: 'Enphase asked to sign in again.',
    });
    expect(events.at(-1)).toEqual({ connectionId: connection.id, state: 'needs_reauth' });
    stop();
  });
});

describe('without the sign-in pieces', () => {
  it('lists nothing and says connecting is not available', async () => {
    const handlers = createConnectionHandlers();
    expect(await handlers['connections.list']({})).toEqual({
      connections: [],
      keyringProtected: true,
    });
    expect(() => handlers['connections.connect']({ provider: 'enphase' })).toThrow(
      UnavailableError,
    );
  });
});
