/**
 * SolarEdge by fleet API key through the real core against the emulator over real HTTP, on
 * Europe's autumn daylight-saving day: a wrong key is refused in words and stores nothing; the
 * fleet's key is checked with one call and lists its five sites; three are picked and
 * backfilled; every site's today on the portfolio equals the emulator's truth for its local
 * day (Berlin's 25-hour day included); each request is in the ledger; the key is in no answer,
 * settings file or log line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf } from '../../../shared/time';
import { FLEET_KEY, SITE, type SolarEdgeEmulator } from '../../emulators/solaredge';
import { startAt } from '../../unit/emulators/solaredge/session';
import { startCoreRig, type CoreRig } from './core-rig';

/** Europe's autumn clock change, 16:00 in Berlin (after the repeated hour). */
const DST_AFTERNOON = Date.parse('2026-10-25T15:00:00Z') / 1000;

let se: SolarEdgeEmulator;
let rig: CoreRig;
const ask: CoreRig['ask'] = (channel, payload) => rig.ask(channel, payload);

type Listed = { connections: { id: string }[] };

/** The emulator's log of API calls (path and status). */
async function calls(): Promise<{ path: string; status: number }[]> {
  return (await (await fetch(`${se.url}/__admin/calls`)).json()) as {
    path: string;
    status: number;
  }[];
}

/** One admin request to the emulator. */
async function admin(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${se.url}/__admin/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

beforeAll(async () => {
  // Three sites a page at most: the five of the fleet come in two pages.
  se = await startAt(DST_AFTERNOON, { dialect: { sitesPageCap: 3 } });
  rig = await startCoreRig({
    env: { SOLAREDGE_API_BASE: se.url, SOLAREDGE_AUTH_BASE: se.url },
    clock: se.clock,
  });
});

afterAll(async () => {
  await rig?.stop();
  await se?.stop();
});

describe('SolarEdge connected with a fleet API key', () => {
  it('refuses a wrong key in words and stores nothing', async () => {
    const result = await ask('connections.connectKey', {
      provider: 'solaredge',
      key: 'se-fleet-key-wrong-9999',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'SolarEdge refused this API key (a V1 key does not work with V2)',
      },
    });
    expect((await ask<Listed>('connections.list')).value.connections).toEqual([]);
  });

  it('checks the key with one call, then lists all five sites of two pages for the picker', async () => {
    await fetch(`${se.url}/__admin/calls`, { method: 'DELETE' });
    const result = await ask<{ systems: { externalId: string }[] }>('connections.connectKey', {
      provider: 'solaredge',
      key: FLEET_KEY,
    });
    expect(result).toMatchObject({
      ok: true,
      value: { connection: { provider: 'solaredge', state: 'connected' }, reconnected: false },
    });
    expect(result.value.systems.map((s) => s.externalId)).toEqual(
      [SITE.berlin, SITE.newYork, SITE.sydney, SITE.phoenix, SITE.leeds].map(String),
    );
    const calls = (await (await fetch(`${se.url}/__admin/calls`)).json()) as {
      path: string;
    }[];
    // The key check, then both pages of the fleet for the picker.
    expect(calls.map((call) => call.path)).toEqual(['/v2/sites', '/v2/sites', '/v2/sites']);
  });

  it('backfills three picked sites; today on the portfolio is the truth of each local day', async () => {
    const [connection] = (await ask<Listed>('connections.list')).value.connections;
    const picked = [SITE.berlin, SITE.newYork, SITE.leeds].map(String);
    const chosen = await ask('connections.chooseSites', {
      connectionId: connection!.id,
      externalIds: picked,
    });
    expect(chosen.ok).toBe(true);
    await rig.core.scheduler.refreshNow();
    await rig.core.scheduler.whenIdle();
    type Row = {
      site: { id: string; timeZone: string; capacityW: number };
      todayWh: number;
      localDate: string;
    };
    const portfolio = (await ask<{ rows: Row[] }>('portfolio.get')).value;
    expect(portfolio.rows.map((row) => row.site.id).sort()).toEqual(
      picked.map((id) => `solaredge:${id}`).sort(),
    );
    for (const row of portfolio.rows) {
      const siteId = Number(row.site.id.split(':')[1]);
      expect(row.localDate).toBe(localDateOf(DST_AFTERNOON, row.site.timeZone));
      expect(row.todayWh, row.site.id).toBe(se.admin.dayWh(siteId, row.localDate) ?? 0);
      expect(row.site.capacityW).toBeGreaterThan(0);
    }
    const berlin = portfolio.rows.find((row) => row.site.id === `solaredge:${SITE.berlin}`)!;
    expect(berlin.localDate).toBe('2026-10-25');
    expect(berlin.todayWh).toBeGreaterThan(0);
  });

  it('writes every request to the ledger and explains the credit budget', async () => {
    const calls = (await (await fetch(`${se.url}/__admin/calls`)).json()) as unknown[];
    // The key check is the one call before a connection exists to charge it to.
    expect(rig.core.cache.countRequests('solaredge', 0)).toBe(calls.length - 1);
    const { budgets } = (
      await ask<{
        budgets: {
          provider: string;
          perMonthLimit: number;
          explanation: string;
        }[];
      }>('budget.get')
    ).value;
    const budget = budgets.find((b) => b.provider === 'solaredge')!;
    expect(budget.perMonthLimit).toBe(100_000);
    expect(budget.explanation).toMatch(
      /^3 SolarEdge sites on 100,000 credits a month: refreshed every 15 min in daylight/,
    );
  });

  it('stops every SolarEdge call when the month’s credits are gone, and says until when', async () => {
    await admin('credits/exhaust-month', { payer: { apiKey: FLEET_KEY } });
    se.clock.advance(20 * 60);
    await rig.core.scheduler.refreshNow();
    await rig.core.scheduler.whenIdle();
    const afterRefusal = (await calls()).length;
    // The refusal was one call; nothing else leaves, however often the app refreshes.
    expect((await calls()).slice(-1)[0]).toMatchObject({ status: 429 });
    se.clock.advance(20 * 60);
    await rig.core.scheduler.refreshNow();
    await rig.core.scheduler.whenIdle();
    const [connection] = (await ask<Listed>('connections.list')).value.connections;
    await ask('connections.test', { connectionId: connection!.id });
    expect(await calls()).toHaveLength(afterRefusal);
    const { budgets } = (
      await ask<{ budgets: { provider: string; explanation: string; intervalSeconds: number }[] }>(
        'budget.get',
      )
    ).value;
    expect(budgets.find((b) => b.provider === 'solaredge')!.explanation).toBe(
      'SolarEdge’s credits for this month are used up: no SolarEdge call until 1 November. Cached data stays on screen.',
    );
    // The cached day is still there.
    const { rows } = (await ask<{ rows: { todayWh: number }[] }>('portfolio.get')).value;
    expect(rows.every((row) => row.todayWh > 0)).toBe(true);
  });

  it('keeps the key only encrypted: in no answer, settings file or log line', () => {
    for (const answer of rig.answers) expect(JSON.stringify(answer)).not.toContain(FLEET_KEY);
    const stored = rig.settingsFiles();
    expect(stored.some((text) => text.includes('fleet-3101001'))).toBe(true);
    for (const text of stored) expect(text).not.toContain(FLEET_KEY);
    expect(JSON.stringify(rig.log.lines)).not.toContain(FLEET_KEY);
  });
});
