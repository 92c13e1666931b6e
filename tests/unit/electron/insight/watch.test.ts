import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredAlert } from '../../../../electron/cache/alerts';
import type { SqliteCache } from '../../../../electron/cache/cache';
import { createWords } from '../../../../electron/i18n/words';
import { FleetWatch } from '../../../../electron/insight/watch';
import { MemoryLogger } from '../../../harness/memory-logger';
import type { FleetAlertState } from '../../../../shared/alerts';
import type { Language } from '../../../../shared/locale';
import { makeSite, manualClock, openTestCache, tempFolder } from '../cache/fixtures/cacheFixtures';

let folder: ReturnType<typeof tempFolder>;
let cache: SqliteCache;
let watch: FleetWatch;
let states: FleetAlertState[];
let raised: StoredAlert[];
let connectionState = 'connected';
let language: Language = 'en';
const words = createWords(() => ({ language, formats: language === 'de' ? 'de-DE' : 'en-US' }));
const clock = manualClock(Date.parse('2026-06-15T18:00:00Z') / 1000);

beforeEach(() => {
  folder = tempFolder();
  cache = openTestCache(folder.dir, { clock });
  cache.upsertSite(makeSite({ id: 'enphase:1', provider: 'enphase', connectionId: 'c1' }));
  states = [];
  raised = [];
  connectionState = 'connected';
  language = 'en';
  watch = new FleetWatch({
    cache,
    clock,
    log: new MemoryLogger(),
    sites: () => cache.listSites(),
    connections: () => [{ id: 'c1', accountLabel: 'owner@example.com', state: connectionState }],
    budgets: () => [],
    emit: (state) => states.push(state),
    words,
  });
  watch.listen({ raised: (a) => raised.push(...a) });
});
afterEach(() => {
  watch.stop();
  cache.close();
  folder.cleanup();
});

describe('fleet watch', () => {
  it('a lost sign-in is raised once, pushed as a warning, and listed as open', async () => {
    connectionState = 'needs_reauth';
    watch.evaluate();
    watch.evaluate();
    expect(raised.map((a) => a.rule)).toEqual(['needs_sign_in']);
    expect(raised[0]!.summary).toEqual({
      key: 'alert.needsSignIn',
      params: { account: 'owner@example.com', count: 1 },
    });
    expect(states.at(-1)).toEqual({ state: 'warning', unseen: 1, open: 1 });
    const handlers = watch.handlers();
    const open = await handlers['alerts.list']({ scope: 'open' });
    expect(open.alerts.map((a) => a.summary)).toEqual([
      'owner@example.com needs to be signed in again: 1 site stopped updating.',
    ]);
    expect((await handlers['alerts.list']({ scope: 'past' })).alerts).toHaveLength(0);
  });

  it('acknowledging clears the fleet state; the condition ending closes the alert', async () => {
    connectionState = 'needs_reauth';
    watch.evaluate();
    const handlers = watch.handlers();
    const [alert] = (await handlers['alerts.list']({ scope: 'open' })).alerts;
    expect(await handlers['alerts.acknowledge']({ id: alert!.id })).toEqual({
      state: 'fine',
      unseen: 0,
      open: 1,
    });
    connectionState = 'connected';
    watch.evaluate();
    expect((await handlers['alerts.list']({ scope: 'past' })).alerts.map((a) => a.rule)).toEqual([
      'needs_sign_in',
    ]);
    expect(states.at(-1)).toEqual({ state: 'fine', unseen: 0, open: 0 });
  });

  it('answers the same stored alert in German as soon as the language changes', async () => {
    connectionState = 'needs_reauth';
    watch.evaluate();
    const list = async () =>
      (await watch.handlers()['alerts.list']({ scope: 'open' })).alerts.map((a) => a.summary);
    expect(await list()).toEqual([
      'owner@example.com needs to be signed in again: 1 site stopped updating.',
    ]);
    language = 'de';
    expect(await list()).toEqual([
      'owner@example.com muss neu angemeldet werden: 1 Anlage wird nicht mehr aktualisiert.',
    ]);
    expect(raised).toHaveLength(1);
  });

  it('an alert stored as English text before messages keeps its text in any language', async () => {
    cache.alerts.write(
      {
        rule: 'cache_rebuilt',
        subject: 'app',
        siteId: null,
        severity: 'info',
        startAt: 100,
        endAt: null,
        summary: 'The local cache was damaged and has been rebuilt.',
        evidence: {},
        lostWh: 0,
        lostWindow: 0,
      },
      100,
    );
    language = 'de';
    const listed = await watch.handlers()['alerts.list']({ scope: 'all' });
    expect(listed.alerts.map((a) => a.summary)).toEqual([
      'The local cache was damaged and has been rebuilt.',
    ]);
  });

  it('muting a subject keeps new alerts from being raised; unmuting lets them through', async () => {
    const handlers = watch.handlers();
    await handlers['alerts.silence']({ subject: 'connection:c1', rule: '*', until: null });
    connectionState = 'needs_reauth';
    watch.evaluate();
    expect(raised).toEqual([]);
    await handlers['alerts.unsilence']({ subject: 'connection:c1', rule: '*' });
    watch.evaluate();
    expect(raised.map((a) => a.rule)).toEqual(['needs_sign_in']);
  });

  it('judges silence by the site’s own upload cadence when its provider knows it', () => {
    // 10:00 to 14:00 local (New York) silent after a morning of uploads: 4 daylight hours.
    const silentFrom = clock.now() - 4 * 3600;
    const rows = [];
    for (let endAt = silentFrom - 5 * 3600; endAt <= silentFrom; endAt += 300) {
      rows.push({ endAt, wh: 500, w: 6000 });
    }
    cache.upsertIntervals('enphase:1', rows);
    const noData = () => cache.alerts.list().filter((a) => a.rule === 'no_data');
    // Unknown connection: a cellular gateway's 6 h is assumed, so 4 h is not yet a fault.
    watch.evaluate();
    expect(noData()).toEqual([]);
    // The gateway is on Wi-Fi (15 min): 4 silent hours are a fault.
    const wifi = new FleetWatch({
      cache,
      clock,
      log: new MemoryLogger(),
      sites: () => cache.listSites(),
      connections: () => [{ id: 'c1', accountLabel: 'owner@example.com', state: 'connected' }],
      budgets: () => [],
      cadenceOf: (site) => (site.id === 'enphase:1' ? 15 * 60 : null),
      emit: () => {},
      words,
    });
    wifi.evaluate();
    expect(noData().map((a) => a.siteId)).toEqual(['enphase:1']);
    expect(noData()[0]!.evidence.cadenceMinutes).toBe(15);
    wifi.stop();
  });
});
