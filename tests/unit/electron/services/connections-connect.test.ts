import { describe, expect, it } from 'vitest';
import { InvalidRequestError, NotFoundError, UnavailableError } from '../../../../electron/errors';
import { OAuthCancelledError } from '../../../../electron/oauth/errors';
import { tokenSet } from '../vault/fixtures';
import { answer, setup } from './connections-fixtures';
import { said } from '../../../harness/said';

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
    vault.markNeedsReauth(first.connection.id, said('Enphase asked to sign in again.'));
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
      listing: () => Promise.reject(new UnavailableError(said('Enphase is not answering.'))),
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
    ).rejects.toThrow('System 999 is not visible to Enphase owner 2310001.');
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
