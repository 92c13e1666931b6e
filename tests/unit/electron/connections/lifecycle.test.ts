/**
 * Every transition of a connection through its one owner: what each does to the vault record,
 * the live providers, the budgets' memo, the site rows, the event and the sites' refresh.
 */
import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../../shared/contract';
import { ConnectionLifecycle } from '../../../../electron/connections/lifecycle';
import { DISCONNECTED_DETAIL } from '../../../../electron/connections/site-rows';
import { ReauthRequiredError } from '../../../../electron/errors';
import { InvalidGrantError } from '../../../../electron/oauth/errors';
import { silentLogger } from '../../../../electron/ports';
import { ConnectionRecords } from '../../../../electron/vault/records';
import { TokenVault } from '../../../../electron/vault/vault';
import { FakeSites } from '../services/connections-fixtures';
import { FakeCipher, ManualClock, RecordingStore, tokenSet } from '../vault/fixtures';
import { providerNameOf } from '../../../../electron/providers/registry';
import { problemText, said } from '../../../harness/said';
import { inEnglish } from '../../../harness/words';

/** A vault with one connected account whose sites 101 and 102 are stored, and the lifecycle. */
async function rig() {
  const refresh = { next: () => Promise.resolve(tokenSet()) };
  const vault = new TokenVault({
    records: new ConnectionRecords(new RecordingStore(), silentLogger),
    cipher: new FakeCipher(),
    refreshers: { enphase: { refresh: () => refresh.next() } },
    clock: new ManualClock(),
    log: silentLogger,
    providerName: (provider) => providerNameOf(provider),
  });
  const sites = new FakeSites();
  const calls: string[] = [];
  const events: EventPayload<'connection-changed'>[] = [];
  const lifecycle = new ConnectionLifecycle({
    vault,
    cache: sites,
    providers: {
      reconcile: (renew) => calls.push(renew ? `reconcile ${renew}` : 'reconcile'),
      drop: (id) => calls.push(`drop ${id}`),
    },
    invalidate: () => calls.push('invalidate'),
    emit: (payload) => events.push(payload),
    providerName: (provider) => providerNameOf(provider),
    log: silentLogger,
  });
  const announced: string[] = [];
  lifecycle.onSitesChanged((id) => {
    announced.push(id);
  });
  const { record } = await vault.saveSignIn('enphase', tokenSet());
  const chosen = vault.records.update(record.id, (r) => ({
    ...r,
    siteExternalIds: ['101', '102'],
  }))!;
  sites.storeChosen(record.id, ['101', '102']);
  return { vault, sites, calls, events, lifecycle, announced, record: chosen, refresh };
}

describe('ConnectionLifecycle', () => {
  it('connected (new account): renews its provider, forgets budgets, tells the renderer', async () => {
    const { lifecycle, record, calls, events, announced } = await rig();
    await lifecycle.connected(record, false);
    expect(calls).toEqual([`reconcile ${record.id}`, 'invalidate']);
    expect(events).toEqual([{ connectionId: record.id, state: 'connected' }]);
    expect(announced).toEqual([]); // no sites yet: the user picks them next
  });

  it('needs_reauth → connected (reconnect): sites back to normal and refreshed', async () => {
    const { lifecycle, vault, record, sites, calls, events, announced } = await rig();
    vault.markNeedsReauth(record.id, said('Enphase asked to sign in again.'));
    expect(sites.getSite('enphase:101')?.status).toBe('needs_reauth');
    calls.length = 0;
    events.length = 0;
    const { record: again, reconnected } = await vault.saveSignIn('enphase', tokenSet());
    expect(reconnected).toBe(true);
    await lifecycle.connected(again, true);
    expect(sites.getSite('enphase:101')).toMatchObject({ status: 'normal', statusDetail: null });
    expect(calls).toEqual([`reconcile ${record.id}`, 'invalidate']);
    expect(announced).toEqual([record.id]);
    expect(events).toEqual([{ connectionId: record.id, state: 'connected' }]);
  });

  it('needs_reauth → connected with a new key: same record and sites, key replaced, statuses cleared', async () => {
    const { lifecycle, vault, record, sites, calls, events, announced } = await rig();
    vault.markNeedsReauth(record.id, said('Enphase no longer accepts the saved API key.'));
    calls.length = 0;
    events.length = 0;
    const saved = await lifecycle.keyReplaced(record, record.accountId, 'tk_new_key');
    expect(saved).toMatchObject({ id: record.id, state: 'connected', problem: null });
    expect(vault.records.all()).toHaveLength(1);
    expect(vault.records.get(record.id)?.siteExternalIds).toEqual(['101', '102']);
    expect(await vault.tokenSource(record.id).accessToken()).toBe('tk_new_key');
    for (const id of ['enphase:101', 'enphase:102']) {
      expect(sites.getSite(id)).toMatchObject({ status: 'normal', statusDetail: null });
    }
    expect(sites.deleted).toEqual([]);
    expect(calls).toEqual([`reconcile ${record.id}`, 'invalidate']);
    expect(announced).toEqual([record.id]);
    expect(events).toEqual([{ connectionId: record.id, state: 'connected' }]);
  });

  it('refuses a new key that opens another account, and changes nothing', async () => {
    const { lifecycle, vault, record, sites, calls, events } = await rig();
    vault.markNeedsReauth(record.id, said('Enphase no longer accepts the saved API key.'));
    calls.length = 0;
    events.length = 0;
    await expect(lifecycle.keyReplaced(record, 'someone-else', 'tk_other')).rejects.toThrow(
      `This key opens Enphase owner someone-else, not ${record.accountLabel}. Paste the key of ${record.accountLabel} to reconnect it; nothing was changed.`,
    );
    expect(vault.records.all()).toEqual([expect.objectContaining({ state: 'needs_reauth' })]);
    expect(sites.getSite('enphase:101')?.status).toBe('needs_reauth');
    expect(calls).toEqual([]);
    expect(events).toEqual([]);
  });

  it('sites changed: providers matched to the records, budgets forgotten, sites refreshed', async () => {
    const { lifecycle, record, calls, events, announced } = await rig();
    await lifecycle.sitesChanged(record.id);
    expect(calls).toEqual(['reconcile', 'invalidate']);
    expect(announced).toEqual([record.id]);
    expect(events).toEqual([{ connectionId: record.id, state: 'connected' }]);
  });

  it('connected → needs_reauth reported by the scheduler: vault marked, sites marked, provider dropped', async () => {
    const { lifecycle, vault, record, sites, calls, events } = await rig();
    lifecycle.grantLost(record.id);
    const stored = vault.records.get(record.id)!;
    expect(stored.state).toBe('needs_reauth');
    expect(stored.tokenBlob).toBeNull();
    expect(problemText(stored.problem)).toMatch(
      /^Enphase refused this account’s sign-in\. Reconnect/,
    );
    for (const id of ['enphase:101', 'enphase:102']) {
      expect(sites.getSite(id)).toMatchObject({ status: 'needs_reauth' });
      expect(inEnglish(sites.getSite(id)?.statusDetail)).toBe(problemText(stored.problem));
    }
    expect(calls).toEqual([`drop ${record.id}`, `drop ${record.id}`, 'invalidate']);
    expect(events).toEqual([{ connectionId: record.id, state: 'needs_reauth' }]);
    // Reported again (another instance's call): same state, no second vault write.
    lifecycle.grantLost(record.id);
    expect(vault.records.get(record.id)?.problem).toEqual(stored.problem);
  });

  it('connected → needs_reauth found by the vault (refused refresh): the same consequences', async () => {
    const { lifecycle, vault, record, sites, calls, events, refresh } = await rig();
    refresh.next = () => Promise.reject(new InvalidGrantError('invalid_grant', 400, 'Enphase'));
    const source = vault.tokenSource(record.id);
    await expect(source.renewAfterUnauthorized(await source.accessToken())).rejects.toBeInstanceOf(
      ReauthRequiredError,
    );
    expect(sites.getSite('enphase:102')?.status).toBe('needs_reauth');
    expect(calls).toEqual([`drop ${record.id}`, 'invalidate']);
    expect(events).toEqual([{ connectionId: record.id, state: 'needs_reauth' }]);
    lifecycle.stop();
  });

  it('→ removed keeping data: record gone, sites kept as disconnected cached data', async () => {
    const { lifecycle, vault, record, sites, calls, events, announced } = await rig();
    await lifecycle.removed(record, true);
    expect(vault.records.get(record.id)).toBeNull();
    expect(sites.getSite('enphase:101')).toMatchObject({
      connectionId: null,
      status: 'offline',
      statusDetail: DISCONNECTED_DETAIL,
    });
    expect(calls).toEqual(['reconcile', 'invalidate']);
    expect(events).toEqual([{ connectionId: record.id, state: 'removed' }]);
    expect(announced).toEqual([record.id]);
  });

  it('→ removed with its data: the site rows go with their history', async () => {
    const { lifecycle, record, sites } = await rig();
    await lifecycle.removed(record, false);
    expect(sites.deleted).toEqual([
      { siteId: 'enphase:101', withData: true },
      { siteId: 'enphase:102', withData: true },
    ]);
  });

  it('a failing site listener is logged, not thrown, and the event still goes out', async () => {
    const { lifecycle, record, events } = await rig();
    lifecycle.onSitesChanged(() => {
      throw new Error('scheduler stopped');
    });
    await lifecycle.sitesChanged(record.id);
    expect(events.at(-1)).toEqual({ connectionId: record.id, state: 'connected' });
  });
});
