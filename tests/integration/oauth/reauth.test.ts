// The owner withdraws the app's access in Enphase: the next API call gets 401, the vault's one
// renewal gets invalid_grant from Enphase through the relay, and the connection becomes
// needs_reauth with its sites marked and their data kept. Signing in again reconnects it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_A } from '../../emulators/enphase';
import { connectOneSite, passwordOf, signInOnPage, startOAuthRig, type OAuthRig } from './rig';

let rig: OAuthRig;
let connectionId: string;
let siteId: string;

beforeAll(async () => {
  rig = await startOAuthRig();
  ({ connectionId, siteId } = await connectOneSite(rig, ACCOUNT_A));
});

afterAll(async () => {
  await rig?.stop();
});

describe('a grant revoked in Enphase', () => {
  it('turns the connection to needs_reauth on the next call, in words the owner understands', async () => {
    rig.emulator.admin.revokeAccount(ACCOUNT_A);
    const test = await rig.ask('connections.test', { connectionId });
    expect(test.ok).toBe(false);
    expect(test.message).toMatch(/^Enphase asked to sign in again/);

    const [connection] = (await rig.ask('connections.list')).connections;
    expect(connection).toMatchObject({ id: connectionId, state: 'needs_reauth' });
    expect(connection?.problem).toMatch(/^Enphase asked to sign in again/);
    expect(rig.events).toContainEqual({ connectionId, state: 'needs_reauth' });
  });

  it('marks its sites and keeps their cached data', () => {
    expect(rig.cache.getSite(siteId)).toMatchObject({ status: 'needs_reauth', connectionId });
    expect(rig.cache.lastIntervalAt(siteId)).toBe(rig.clock.now() - 600);
  });

  it('forgets the dead tokens and asks Enphase nothing more', async () => {
    const record = rig.connections.vault.records.get(connectionId);
    expect(record?.tokenBlob).toBeNull();
    const calls = rig.emulator.admin.calls().length;
    await expect(rig.connections.tokenSource(connectionId).accessToken()).rejects.toMatchObject({
      name: 'ReauthRequiredError',
    });
    expect(rig.emulator.admin.calls()).toHaveLength(calls);
  });

  it('Reconnect: signing in again restores the same connection and its sites', async () => {
    const answer = rig.ask('connections.connect', { provider: 'enphase' });
    await signInOnPage(await rig.authWindow.nextPage(), ACCOUNT_A, passwordOf(ACCOUNT_A));
    const again = await answer;
    expect(again.reconnected).toBe(true);
    expect(again.connection).toMatchObject({
      id: connectionId,
      state: 'connected',
      problem: null,
      siteIds: [siteId],
    });
    expect(rig.cache.getSite(siteId)?.status).toBe('normal');
    expect(await rig.ask('connections.test', { connectionId })).toMatchObject({ ok: true });
  });

  it('a refresh token that lapsed (revoked, then the access token expires) also ends in needs_reauth', async () => {
    rig.emulator.admin.revokeAccount(ACCOUNT_A);
    rig.clock.seconds += 2 * 86_400;
    await expect(rig.connections.tokenSource(connectionId).accessToken()).rejects.toMatchObject({
      name: 'ReauthRequiredError',
      code: 'needs_reauth',
    });
    expect(rig.connections.vault.records.get(connectionId)?.state).toBe('needs_reauth');
  });
});
