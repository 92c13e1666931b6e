// settings.json is damaged while an Enphase account is connected: the file is moved aside, the
// lost connection comes back as "sign in again" with its site and cached data, and signing in
// with the same owner account takes the site over again: one connection, history intact.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_A } from '../../emulators/enphase';
import { ConfStore } from '../../harness/conf-store';
import { restoreLostConnections } from '../../../electron/vault/lost-records';
import { connectOneSite, passwordOf, signInOnPage, startOAuthRig, type OAuthRig } from './rig';
import { providerNameOf } from '../../../electron/providers/registry';

let rig: OAuthRig;
let oldConnectionId: string;
let siteId: string;

beforeAll(async () => {
  rig = await startOAuthRig();
  ({ connectionId: oldConnectionId, siteId } = await connectOneSite(rig, ACCOUNT_A));
});

afterAll(async () => {
  await rig?.stop();
});

describe('a NUL-filled settings.json', () => {
  it('is moved aside when the store opens, and the lost connection asks to sign in again', async () => {
    writeFileSync(rig.store.path, Buffer.alloc(2048));
    const reopened = new ConfStore(rig.dataDir, rig.clock);
    expect(reopened.recovery?.movedTo).toMatch(/settings\.json\.corrupt-\d{8}T\d{6}Z$/);

    const restored = restoreLostConnections(
      rig.connections.vault.records,
      rig.cache,
      rig.clock.now(),
      (provider) => providerNameOf(provider),
    );
    expect(restored.map((r) => r.id)).toEqual([oldConnectionId]);
    const { connections } = await rig.ask('connections.list');
    expect(connections).toHaveLength(1);
    expect(connections[0]).toMatchObject({
      id: oldConnectionId,
      state: 'needs_reauth',
      siteIds: [siteId],
    });
    expect(connections[0]?.problem).toMatch(/lost with Enalysis's damaged settings file/);
    expect(rig.cache.getSite(siteId)).toMatchObject({ status: 'needs_reauth' });
    expect(rig.cache.lastIntervalAt(siteId)).toBe(rig.clock.now() - 600);
  });

  it('signing in with the same owner account takes the site and its history over', async () => {
    const answer = rig.ask('connections.connect', { provider: 'enphase' });
    await signInOnPage(await rig.authWindow.nextPage(), ACCOUNT_A, passwordOf(ACCOUNT_A));
    const again = await answer;
    expect(again.reconnected).toBe(true);
    expect(again.connection.state).toBe('connected');
    expect(again.connection.siteIds).toEqual([siteId]);
    expect(again.systems.find((s) => `enphase:${s.externalId}` === siteId)?.selected).toBe(true);

    const { connections } = await rig.ask('connections.list');
    expect(connections.map((c) => c.id)).toEqual([again.connection.id]);
    expect(rig.cache.getSite(siteId)).toMatchObject({
      connectionId: again.connection.id,
      status: 'normal',
    });
    expect(rig.cache.lastIntervalAt(siteId)).toBe(rig.clock.now() - 600);
  });
});
