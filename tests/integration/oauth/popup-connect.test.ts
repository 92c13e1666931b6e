// Connecting an Enphase account through the popup, over real HTTP: the emulator's login form in
// Chromium, the real relay exchanging the code, the app storing one connection per owner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_A, ACCOUNT_B } from '../../emulators/enphase';
import { passwordOf, signInOnPage, startOAuthRig, type OAuthRig } from './rig';

let rig: OAuthRig;

beforeAll(async () => {
  rig = await startOAuthRig();
});

afterAll(async () => {
  await rig?.stop();
});

async function connectAs(login: string) {
  const answer = rig.ask('connections.connect', { provider: 'enphase' });
  const page = await rig.authWindow.nextPage();
  await signInOnPage(page, login, passwordOf(login));
  return answer;
}

describe('connecting through the popup', () => {
  it('signing in on the login form stores a connection and lists the account’s systems', async () => {
    const first = await connectAs(ACCOUNT_A);
    expect(first.reconnected).toBe(false);
    expect(first.connection).toMatchObject({
      provider: 'enphase',
      accountLabel: 'Enphase owner 2310001',
      state: 'connected',
      problem: null,
    });
    expect(first.systems).toHaveLength(3);
    expect(first.systems.every((s) => !s.selected)).toBe(true);
    expect(rig.events).toContainEqual({ connectionId: first.connection.id, state: 'connected' });
    expect(await rig.ask('connections.list')).toMatchObject({ keyringProtected: true });
    // The relay's callback page was never loaded: the popup caught the redirect first.
    expect(rig.authWindow.intercepted).toHaveLength(1);
    expect(rig.relayLogs.join('\n')).not.toContain('/oauth/enphase/callback');
  });

  it('connecting the same account again updates that connection instead of adding one', async () => {
    const before = await rig.ask('connections.list');
    const again = await connectAs(ACCOUNT_A);
    expect(again.reconnected).toBe(true);
    expect(again.connection.id).toBe(before.connections[0]?.id);
    expect((await rig.ask('connections.list')).connections).toHaveLength(1);
  });

  it('every attempt signs in from a fresh browser context', () => {
    const [first, second] = rig.authWindow.contexts;
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(first).not.toBe(second);
  });

  it('another owner account becomes a second connection, with its own systems', async () => {
    const other = await connectAs(ACCOUNT_B);
    expect(other.reconnected).toBe(false);
    expect(other.systems).toHaveLength(2);
    const { connections } = await rig.ask('connections.list');
    expect(connections.map((c) => c.accountLabel)).toEqual([
      'Enphase owner 2310001',
      'Enphase owner 2310002',
    ]);
  });

  it('the stored tokens work: choosing sites and a test call', async () => {
    const id = (await rig.ask('connections.list')).connections[0]!.id;
    const { systems } = await rig.ask('connections.systems', { connectionId: id });
    const chosen = systems.slice(0, 2).map((s) => s.externalId);
    const connection = await rig.ask('connections.chooseSites', {
      connectionId: id,
      externalIds: chosen,
    });
    expect(connection.siteIds).toEqual(chosen.map((e) => `enphase:${e}`));
    expect(await rig.ask('connections.test', { connectionId: id })).toEqual({
      ok: true,
      message: 'Enphase answered: the connection works.',
    });
  });
});
