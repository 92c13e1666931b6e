import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../../electron/errors';
import { InvalidGrantError } from '../../../../electron/oauth/errors';
import { DISCONNECTED_DETAIL } from '../../../../electron/connections/site-rows';
import { createWords } from '../../../../electron/i18n/words';
import { setup, answer } from './connections-fixtures';
import { problemText, said } from '../../../harness/said';

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
    test.result = { ok: false, message: said('Enphase is not answering.') };
    expect(await handlers['connections.test']({ connectionId: connection.id })).toEqual({
      ok: false,
      message: 'Enphase is not answering.',
    });
    expect(problemText(vault.records.get(connection.id)?.problem)).toBe(
      'The last test failed: Enphase is not answering.',
    );
    test.result = { ok: true, message: said('Connected: 3 systems visible.') };
    expect(await handlers['connections.test']({ connectionId: connection.id })).toEqual({
      ok: true,
      message: 'Enphase answered: the connection works.',
    });
    expect(vault.records.get(connection.id)?.problem).toBeNull();
  });

  it('a test and the problem it leaves are said in the language in force', async () => {
    let language: 'en' | 'de' = 'de';
    const words = createWords(() => ({ language, formats: language === 'de' ? 'de-DE' : 'en-US' }));
    const { handlers, test } = setup({ words });
    const { connection } = await handlers['connections.connect']({
      provider: 'enphase',
      method: 'popup',
    });
    test.result = {
      ok: false,
      message: { key: 'error.provider.timeout', params: { provider: 'Enphase' } },
    };
    expect(await handlers['connections.test']({ connectionId: connection.id })).toEqual({
      ok: false,
      message: 'Enphase hat nicht rechtzeitig geantwortet',
    });
    const listed = async () =>
      (await handlers['connections.list']({})).connections.find((c) => c.id === connection.id);
    expect((await listed())?.problem).toBe(
      'Der letzte Test ist fehlgeschlagen: Enphase hat nicht rechtzeitig geantwortet',
    );
    language = 'en';
    expect((await listed())?.problem).toBe('The last test failed: Enphase did not answer in time');
    language = 'de';
    test.result = { ok: true, message: said('Connected: 3 systems visible.') };
    expect(await handlers['connections.test']({ connectionId: connection.id })).toEqual({
      ok: true,
      message: 'Enphase hat geantwortet: Die Verbindung funktioniert.',
    });
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
