/**
 * The registered Tesla provider (made by its descriptor, as the registry makes it) against the
 * emulator over real HTTP with a real SQLite cache as its ledger: sites described once (a
 * stored site costs no site_info again), intervals with flows for a Powerwall site and none for
 * a solar-only one, daily totals 31 days to a call, and the money budget: the ledger's spend
 * equals what Tesla billed, and once this installation's limit is reached no request leaves.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteCache } from '../../../electron/cache/cache';
import { loadConfig } from '../../../electron/config';
import { siteIdOf } from '../../../electron/model/site';
import { TeslaBudgetSource } from '../../../electron/providers/tesla/budget-source';
import { teslaDescriptor } from '../../../electron/providers/tesla/descriptor';
import { TeslaSpendingLimitError } from '../../../electron/providers/tesla/errors';
import { addDays, localDateOf, startOfLocalDay } from '../../../shared/time';
import { ENERGY_SITE, EU_OWNER, NA_OWNER, type TeslaEmulator } from '../../emulators/tesla';
import { MemoryLogger } from '../../harness/memory-logger';
import { openTestCache, tempFolder } from '../../unit/electron/cache/fixtures/cacheFixtures';
import { tokensFor } from '../../unit/emulators/tesla/session';
import { startTeslaEmulator } from '../../emulators/tesla';
import { EmulatorClock } from '../../emulators/enphase';
import { TeslaTokenSource } from './rig';
import { englishWords } from '../../../electron/i18n/words';
import { germanWords } from '../../harness/words';

/** 2026-09-16 17:00 UTC: daylight in California and Europe. */
const NOW = 1_789_578_000;
let tesla: TeslaEmulator;
let folder: ReturnType<typeof tempFolder>;
let cache: SqliteCache;
let limitUsd = 10;

beforeAll(async () => {
  tesla = await startTeslaEmulator({ clock: new EmulatorClock(NOW) });
});
afterAll(() => tesla.stop());
beforeEach(() => {
  folder = tempFolder();
  cache = openTestCache(folder.dir, { clock: tesla.clock });
  limitUsd = 10;
  tesla.admin.resetBilling();
});
afterEach(() => {
  cache.close();
  folder.cleanup();
});

const config = loadConfig({});
const budget = () =>
  new TeslaBudgetSource({
    cache,
    clock: tesla.clock,
    settings: () => ({ teslaSpendLimitUsd: limitUsd, refreshFloorMinutes: 15 }),
  });

async function providerFor(login: string, region: 'NA' | 'EU') {
  const tokens = await tokensFor(tesla, login);
  const source = budget();
  return teslaDescriptor.account!({
    connectionId: `tesla-${region}`,
    accountId: login,
    method: 'oauth-popup',
    tokens: new TeslaTokenSource(tesla, tokens.access, tokens.refresh),
    config: {
      ...config,
      tesla: { ...config.tesla, apiBases: { ...config.tesla.apiBases, ...tesla.regionBase } },
    },
    cache,
    clock: tesla.clock,
    log: new MemoryLogger(false),
    fetch: (input, init) => fetch(input, init),
    pacer: null,
    selected: () => null,
    region,
    mayCall: () => source.mayCall(),
  });
}

describe('the Tesla provider', () => {
  it('reads a Powerwall site with flows and a solar-only one without', async () => {
    const provider = await providerFor(EU_OWNER, 'EU');
    const sites = await provider.listSites();
    expect(sites.map((s) => s.externalId).sort()).toEqual(
      [String(ENERGY_SITE.munich), String(ENERGY_SITE.dublin)].sort(),
    );
    for (const site of sites)
      cache.upsertSite({
        ...site,
        id: siteIdOf('tesla', site.externalId),
        provider: 'tesla',
        externalId: site.externalId,
        connectionId: 'tesla-EU',
        addedAt: NOW,
      });
    const munich = sites.find((s) => s.externalId === String(ENERGY_SITE.munich))!;
    const dublin = sites.find((s) => s.externalId === String(ENERGY_SITE.dublin))!;
    expect(munich.timeZone).toBe('Europe/Berlin');
    const today = localDateOf(NOW, munich.timeZone);
    const since = NOW - 6 * 3600;
    const batch = await provider.fetchIntervals(munich, since);
    expect(batch.intervals.length).toBeGreaterThan(0);
    expect(batch.intervals.every((i) => i.flows !== undefined)).toBe(true);
    expect(batch.intervals.at(-1)?.flows?.socPercent).toEqual(expect.any(Number));
    const solarOnly = await provider.fetchIntervals(dublin, since);
    expect(solarOnly.intervals.length).toBeGreaterThan(0);
    expect(solarOnly.intervals.some((i) => i.flows !== undefined)).toBe(false);

    const truth = tesla.admin.dayTruth(ENERGY_SITE.munich, today);
    cache.upsertIntervals(
      siteIdOf('tesla', munich.externalId),
      (await provider.fetchIntervals(munich, 0)).intervals,
    );
    const rows = cache.flows(
      siteIdOf('tesla', munich.externalId),
      startOfLocalDay(today, munich.timeZone),
      NOW,
    );
    expect(rows.reduce((sum, r) => sum + (r.homeWh ?? 0), 0)).toBeCloseTo(truth.homeWh!, 3);

    // A day opened later (three days back) gets its own detail.
    const older = addDays(today, -3);
    const olderStart = startOfLocalDay(older, munich.timeZone);
    const olderBatch = await provider.fetchIntervals(munich, olderStart);
    const ofOlder = olderBatch.intervals.filter(
      (i) => i.endAt > olderStart && i.endAt <= startOfLocalDay(addDays(older, 1), munich.timeZone),
    );
    expect(ofOlder.reduce((sum, i) => sum + i.wh, 0)).toBeCloseTo(
      tesla.admin.dayTruth(ENERGY_SITE.munich, older).solarWh!,
      3,
    );

    const calls = tesla.admin.calls().length;
    await provider.listSites();
    // The stored sites are described from the cache: only the products list went out.
    expect(tesla.admin.calls().length - calls).toBe(1);
    const days = await provider.fetchDaily(munich, addDays(today, -40), addDays(today, -1));
    expect(days.length).toBeGreaterThan(0);
    expect(cache.spendMicroUsd('tesla', 0)).toBe(tesla.admin.billing().spentMicroUsd);
  });

  it('stops at this installation’s spending limit with a sentence, sending nothing more', async () => {
    limitUsd = 0.01; // five calls at $0.002
    const provider = await providerFor(NA_OWNER, 'NA');
    let refused = '';
    for (let i = 0; i < 10 && refused === ''; i++) {
      const result = await provider.testConnection();
      if (result && !result.ok) refused = englishWords.say(result.message);
    }
    expect(tesla.admin.billing().billedRequests).toBe(5);
    expect(cache.spendMicroUsd('tesla', 0)).toBe(10_000);
    expect(refused).toMatch(
      /spending limit of \$0\.01 is reached, so Tesla sites pause until 1 October/,
    );
    await expect(provider.listSites()).rejects.toBeInstanceOf(TeslaSpendingLimitError);
    expect(tesla.admin.billing().billedRequests).toBe(5);
    expect(budget().budget().explanation).toMatch(
      /paused, this month's \$0\.01 spending limit is reached/,
    );
    // In German the amount and the day are German too, not only the words around them.
    const german = new TeslaBudgetSource({
      cache,
      clock: tesla.clock,
      settings: () => ({ teslaSpendLimitUsd: limitUsd, refreshFloorMinutes: 15 }),
      words: germanWords,
    }).mayCall();
    expect(german).toBeInstanceOf(TeslaSpendingLimitError);
    expect(germanWords.say((german as TeslaSpendingLimitError).text)).toMatch(
      /Ausgabenlimit von 0,01\s\$ .* pausieren bis 1\. Oktober/,
    );
  });
  it('treats a 402 the same way for every connection, and asks again after six hours', async () => {
    tesla.admin.setBilling({ limitMicroUsd: 6_000 }); // Tesla stops after three calls
    try {
      const na = await providerFor(NA_OWNER, 'NA');
      const eu = await providerFor(EU_OWNER, 'EU');
      let refused = '';
      for (let i = 0; i < 5 && refused === ''; i++) {
        const result = await na.testConnection();
        if (result && !result.ok) refused = englishWords.say(result.message);
      }
      expect(refused).toMatch(/billing limit for this month is reached/);
      expect(tesla.admin.billing().refusedPaymentRequired).toBe(1);
      const calls = tesla.admin.calls().length;
      // The other account learns it from the ledger: nothing leaves.
      expect((await eu.testConnection())?.ok).toBe(false);
      expect(tesla.admin.calls().length).toBe(calls);
      expect(budget().budget().explanation).toMatch(
        /^0 Tesla sites: paused, Tesla answered that the platform's billing limit for this month is reached; the app asks again every 6 hours$/,
      );
      tesla.clock.advance(6 * 3600 + 1);
      expect(budget().mayCall()).toBeNull();
      tesla.clock.advance(-(6 * 3600 + 1));
    } finally {
      tesla.admin.setBilling({ limitMicroUsd: 10_000_000 });
    }
  });
});
