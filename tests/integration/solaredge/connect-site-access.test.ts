/**
 * SolarEdge Site Access through the real core, the REAL relay and the emulator, all over real
 * HTTP: the owner consents on SolarEdge's page (the consent form posted as a browser would),
 * the callback's `site_id` names the account, the relay redeems the code; the site is picked
 * and backfilled to the emulator's truth; an expired access token is refreshed through the
 * relay with rotation (the new refresh token saved, the old one dead); a grant the owner
 * revoked turns the connection to needs_reauth in words that say it lapsed; no token reaches
 * an answer, a settings file or a log line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthWindowPort } from '../../../electron/ports';
import { localDateOf } from '../../../shared/time';
import { OWNER_A, SITE } from '../../emulators/solaredge';
import { startSolarEdgeWorld, type SolarEdgeWorld } from '../../harness/solaredge-world';
import { EmulatorClock } from '../../emulators/enphase';
import { startCoreRig, type CoreRig } from './core-rig';

const NOON_MUNICH = Date.parse('2026-10-26T11:00:00Z') / 1000;

let world: SolarEdgeWorld;
let rig: CoreRig;
const ask: CoreRig['ask'] = (channel, payload) => rig.ask(channel, payload);
/** Every token the relay handed out. */
const issued: string[] = [];

/** The popup as a browser: posts the consent form, returns where SolarEdge redirects. */
const consentingWindow: AuthWindowPort = {
  async open(url, redirectUri) {
    const form = new URLSearchParams(new URL(url).searchParams);
    form.set('email', OWNER_A);
    form.set('password', 'sunny-se-a');
    form.set('action', 'signin');
    const response = await fetch(url.split('?')[0]!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
      redirect: 'manual',
    });
    const location = response.headers.get('location');
    expect(location?.startsWith(redirectUri)).toBe(true);
    return location;
  },
};

type Listed = { connections: { id: string; state: string; problem: string | null }[] };

beforeAll(async () => {
  world = await startSolarEdgeWorld({
    clock: new EmulatorClock(NOON_MUNICH),
    creditLimits: { perMinute: 100_000, perMonth: 1_000_000 },
  });
  const recordingFetch = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const response = await fetch(input, init);
    if (String(input).startsWith(world.relay.url)) {
      const body = (await response
        .clone()
        .json()
        .catch(() => ({}))) as Record<string, unknown>;
      for (const field of ['access_token', 'refresh_token'])
        if (typeof body[field] === 'string') issued.push(body[field]);
    }
    return response;
  }) as typeof fetch;
  rig = await startCoreRig({
    env: world.env,
    clock: world.emulator.clock,
    fetch: recordingFetch,
    authWindow: consentingWindow,
  });
});

afterAll(async () => {
  await rig?.stop();
  await world?.stop();
});

describe('SolarEdge Site Access', () => {
  it('signs in through the relay; the account is the site the owner granted', async () => {
    const result = await ask<{ systems: { externalId: string; name: string }[] }>(
      'connections.connect',
      { provider: 'solaredge' },
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        connection: { provider: 'solaredge', state: 'connected' },
        reconnected: false,
      },
    });
    expect(result.value.systems.map((s) => s.externalId)).toEqual([String(SITE.munich)]);
    expect(issued.length).toBeGreaterThanOrEqual(2);
  });

  it('backfills the granted site; today on the portfolio is the truth of its local day', async () => {
    const [connection] = (await ask<Listed>('connections.list')).value.connections;
    const chosen = await ask('connections.chooseSites', {
      connectionId: connection!.id,
      externalIds: [String(SITE.munich)],
    });
    expect(chosen.ok).toBe(true);
    await rig.core.scheduler.refreshNow();
    await rig.core.scheduler.whenIdle();
    const { rows } = (
      await ask<{ rows: { site: { id: string }; todayWh: number; localDate: string }[] }>(
        'portfolio.get',
      )
    ).value;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.localDate).toBe(localDateOf(NOON_MUNICH, 'Europe/Berlin'));
    expect(rows[0]!.todayWh).toBe(world.emulator.admin.dayWh(SITE.munich, rows[0]!.localDate));
    expect(rows[0]!.todayWh).toBeGreaterThan(0);
  });

  it('refreshes an expired access token through the relay, keeping the rotated refresh token', async () => {
    const before = issued.length;
    world.emulator.clock.set(NOON_MUNICH + 3 * 3600);
    await rig.core.scheduler.refreshNow();
    await rig.core.scheduler.whenIdle();
    // One refresh: a new access token and a new refresh token.
    expect(issued.length).toBe(before + 2);
    const [connection] = (await ask<Listed>('connections.list')).value.connections;
    expect(connection).toMatchObject({ state: 'connected', problem: null });
    // The old refresh token died with its use: only the saved new one can refresh again.
    const oldRefresh = issued[before - 1]!;
    const reuse = await fetch(`${world.relay.url}/oauth/solaredge/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refresh_token: oldRefresh }),
    });
    expect(reuse.status).toBe(400);
  });

  it('says plainly when the owner withdrew the access, and keeps the cached data', async () => {
    await fetch(`${world.emulator.url}/__admin/owners/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: OWNER_A }),
    });
    const [before] = (await ask<Listed>('connections.list')).value.connections;
    // The next call is refused: the vault's refresh through the relay is refused too.
    const test = await ask<{ ok: boolean; message: string }>('connections.test', {
      connectionId: before!.id,
    });
    expect(test.value.ok).toBe(false);
    const [connection] = (await ask<Listed>('connections.list')).value.connections;
    expect(connection).toMatchObject({
      state: 'needs_reauth',
      problem:
        'SolarEdge asked to sign in again: the access given to Enalysis was withdrawn or has lapsed. Reconnect to resume updates; cached data is kept.',
    });
    const { rows } = (await ask<{ rows: { todayWh: number }[] }>('portfolio.get')).value;
    expect(rows[0]!.todayWh).toBeGreaterThan(0);
  });

  it('reconnects the same site after the owner withdrew access', async () => {
    const result = await ask<{ systems: { externalId: string; selected: boolean }[] }>(
      'connections.connect',
      { provider: 'solaredge' },
    );
    expect(result).toMatchObject({
      ok: true,
      value: { connection: { state: 'connected', problem: null }, reconnected: true },
    });
    expect(result.value.systems).toEqual([
      expect.objectContaining({ externalId: String(SITE.munich), selected: true }),
    ]);
    // While connected, the record is in the settings file and none of the tokens is.
    const stored = rig.settingsFiles();
    expect(stored.some((text) => /"accountId":\s*"4101001"/.test(text))).toBe(true);
    for (const token of issued) for (const text of stored) expect(text).not.toContain(token);
  });

  it('disconnecting revokes the grant at SolarEdge through the relay', async () => {
    const access = issued.at(-2)!;
    const before = await fetch(`${world.emulator.url}/v2/sites/${SITE.munich}`, {
      headers: { authorization: `Bearer ${access}` },
    });
    expect(before.status).toBe(200);
    const [connection] = (await ask<Listed>('connections.list')).value.connections;
    const result = await ask('connections.disconnect', {
      connectionId: connection!.id,
      keepData: true,
    });
    expect(result).toMatchObject({ ok: true, value: { connections: [] } });
    const after = await fetch(`${world.emulator.url}/v2/sites/${SITE.munich}`, {
      headers: { authorization: `Bearer ${access}` },
    });
    expect(after.status).toBe(401);
    expect(world.relayLogs.join('\n')).toContain('upstream revoke succeeded');
  });

  it('keeps every token only encrypted: in no answer, settings file or log line', () => {
    expect(issued.length).toBeGreaterThanOrEqual(4);
    const stored = rig.settingsFiles();
    // The settings file (the records lived there until the disconnect) is among those read.
    expect(stored.some((text) => text.includes('solaredgeCreditsPerMonth'))).toBe(true);
    for (const token of issued) {
      for (const answer of rig.answers) expect(JSON.stringify(answer)).not.toContain(token);
      for (const text of stored) expect(text).not.toContain(token);
      expect(JSON.stringify(rig.log.lines)).not.toContain(token);
      expect(world.relayLogs.join('\n')).not.toContain(token);
    }
    expect(world.relayLogs.join('\n')).not.toContain(world.emulator.app.clientSecret);
  });
});
