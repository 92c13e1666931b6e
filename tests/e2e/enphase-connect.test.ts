/**
 * Issue 4's scenario end to end: the real core and renderer (harness), the real relay and the
 * Enphase emulator over loopback HTTP, sign-in through the emulator's login page in a popup.
 * Two owner accounts are connected, one is revoked and reconnected, a burst of 429s is waited
 * out, and a restart without network still shows everything from the cache.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf } from '../../shared/time';
import { ACCOUNT_A, ACCOUNT_C, defaultAccounts } from '../emulators/enphase';
import { startEnphaseWorld, type EnphaseWorld } from '../harness/enphase-world';
import { launchApp, type AppHandle } from '../harness/launch';

const shots = resolve('test-results/screenshots');
/** Mid-afternoon on the US east coast, evening in Europe: most systems are producing. */
const start = Math.floor(Date.parse('2026-06-17T19:00:00Z') / 1000);

let world: EnphaseWorld;
let app: AppHandle;
const issued: string[] = [];

/** Records every token the relay hands out, to prove none of them is ever stored or shown. */
const recordingFetch = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
  const response = await fetch(input, init);
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    try {
      const body = (await response.clone().json()) as Record<string, unknown>;
      for (const key of ['access_token', 'refresh_token'])
        if (typeof body[key] === 'string') issued.push(body[key]);
    } catch {
      // not JSON after all
    }
  }
  return response;
}) as typeof fetch;

function password(login: string): string {
  const account = defaultAccounts.find((a) => a.login === login);
  if (!account) throw new Error(`no account ${login}`);
  return account.password;
}

function systemsOf(login: string): number[] {
  return defaultAccounts.find((a) => a.login === login)?.systems.map((s) => s.systemId) ?? [];
}

async function launch(online = true): Promise<AppHandle> {
  return launchApp({
    env: world.env,
    dataDir: app?.dataDir,
    clock: world.clock,
    fetch: recordingFetch,
    online,
  });
}

/** Signs in through the popup the app opened. */
async function signIn(login: string): Promise<void> {
  const popup: Page = await app.authWindow.nextPage();
  await popup.fill('#email', login);
  await popup.fill('#password', password(login));
  await popup.click('#signin');
}

/** Waits for the background sync to settle, as a user would wait for the spinner. */
async function settle(): Promise<void> {
  await app.core.scheduler.refreshNow();
}

/** Moves both clocks (app and emulator share one) and refreshes. */
async function advance(seconds: number): Promise<void> {
  world.clock.advance(seconds);
  await app.page.clock.setFixedTime(world.clock.now() * 1000);
  await settle();
}

function enphaseSites(login?: string) {
  const ids = login ? new Set(systemsOf(login).map(String)) : null;
  return app.core.cache
    .listSites()
    .filter((s) => s.provider === 'enphase' && (!ids || ids.has(s.externalId)));
}

/** The portfolio's today-energy for a site, as the page shows it (raw Wh). */
async function shownTodayWh(siteId: string): Promise<number> {
  const cell = app.page.locator(
    `[data-testid="site-row"][data-site-id="${siteId}"] [data-testid="today-energy"]`,
  );
  return Number(await cell.getAttribute('data-value'));
}

beforeAll(async () => {
  world = await startEnphaseWorld({ clock: undefined });
  world.clock.set(start);
  app = await launch();
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await world?.stop();
});

describe('connecting Enphase accounts', () => {
  it('connects account A through the popup and adds all its systems', async () => {
    await app.goto('#/connections');
    await app.page.click('[data-testid="connect-enphase"]');
    await signIn(ACCOUNT_A);
    await app.page.waitForSelector('[data-testid="system-picker"]');
    await app.page.screenshot({ path: join(shots, 'connections-picker-a.png') });
    await app.page.click('[data-testid="select-all"]');
    await app.page.click('[data-testid="add-sites"]');
    await expect.poll(() => enphaseSites(ACCOUNT_A).length, { timeout: 30_000 }).toBe(3);
    await settle();
  });

  it('connects account C (two pages of systems) and picks 5 of its 12', async () => {
    await app.goto('#/connections');
    await app.page.click('[data-testid="connect-enphase"]');
    await signIn(ACCOUNT_C);
    await app.page.waitForSelector('[data-testid="system-picker"]');
    const options = app.page.locator('[data-testid="system-option"]');
    await expect.poll(() => options.count()).toBe(12);
    for (let i = 0; i < 5; i++) await options.nth(i).locator('input[type=checkbox]').check();
    await app.page.screenshot({ path: join(shots, 'connections-picker-c.png') });
    await app.page.click('[data-testid="add-sites"]');
    await expect.poll(() => enphaseSites(ACCOUNT_C).length, { timeout: 30_000 }).toBe(5);
    await settle();
    const cards = app.page.locator('[data-testid="connection-card"]');
    await expect.poll(() => cards.count()).toBe(2);
    await app.page.screenshot({
      path: join(shots, 'connections-two-accounts.png'),
      fullPage: true,
    });
  });

  it("shows every site's energy today exactly as the emulator totals that local day", async () => {
    await app.goto('#/');
    await app.page.waitForSelector('[data-testid="site-row"]');
    const sites = enphaseSites();
    expect(sites).toHaveLength(8);
    for (const site of sites) {
      const expected = world.emulator.admin.expectedDailyWh(
        Number(site.externalId),
        localDateOf(world.clock.now(), site.timeZone),
      );
      await expect
        .poll(() => shownTodayWh(site.id), { message: site.name })
        .toBeCloseTo(expected, 3);
    }
    // Connected accounts replace the demo fleet.
    await expect.poll(() => app.page.locator('[data-testid="site-row"]').count()).toBe(8);
    await app.page.screenshot({ path: join(shots, 'portfolio-enphase.png'), fullPage: true });
  });
});

describe('a revoked grant', () => {
  it("marks A's sites for reconnect, keeps their charts, while C keeps updating", async () => {
    const aSite = enphaseSites(ACCOUNT_A)[0];
    const cSite = enphaseSites(ACCOUNT_C)[0];
    if (!aSite || !cSite) throw new Error('sites missing');
    const cBefore = app.core.cache.lastIntervalAt(cSite.id) ?? 0;
    world.emulator.admin.revokeAccount(ACCOUNT_A);
    // Past the access token's life, so the next call must refresh (and learn of the revocation).
    await advance(25 * 3600);
    await advance(30 * 60);
    await expect
      .poll(() =>
        enphaseSites(ACCOUNT_A).every(
          (s) => app.core.cache.getSite(s.id)?.status === 'needs_reauth',
        ),
      )
      .toBe(true);
    expect(app.core.cache.lastIntervalAt(cSite.id) ?? 0).toBeGreaterThan(cBefore);

    await app.goto('#/');
    const row = app.page.locator(`[data-testid="site-row"][data-site-id="${aSite.id}"]`);
    await row.locator('[data-testid="row-reconnect"]').waitFor();
    await app.page.screenshot({
      path: join(shots, 'portfolio-needs-reconnect.png'),
      fullPage: true,
    });
    await app.goto(`#/site/${encodeURIComponent(aSite.id)}?range=week`);
    await app.page.waitForSelector('[data-testid="site-chart"] svg');
    expect(
      Number(await app.page.locator('[data-testid="series-total"]').getAttribute('data-value')),
    ).toBeGreaterThan(0);
  });

  it('reconnects A through the same popup; the connection is updated, not duplicated', async () => {
    world.emulator.admin.restoreAccount(ACCOUNT_A);
    await app.goto('#/connections');
    const card = app.page.locator('[data-testid="connection-card"][data-state="needs_reauth"]');
    await card.locator('[data-testid="reconnect"]').click();
    await signIn(ACCOUNT_A);
    await app.page.waitForSelector('[data-testid="system-picker"]');
    await app.page.click('[data-testid="add-sites"]');
    await expect.poll(() => app.page.locator('[data-testid="connection-card"]').count()).toBe(2);
    await expect
      .poll(() =>
        app.page.locator('[data-testid="connection-card"][data-state="connected"]').count(),
      )
      .toBe(2);
    await advance(60);
    await expect
      .poll(() =>
        enphaseSites(ACCOUNT_A).every(
          (s) => app.core.cache.getSite(s.id)?.status !== 'needs_reauth',
        ),
      )
      .toBe(true);
  });
});

describe('quota', () => {
  it('waits out a burst of 429s until period_end and loses no data', async () => {
    await advance(30 * 60);
    world.clock.advance(30 * 60);
    await app.page.clock.setFixedTime(world.clock.now() * 1000);
    // Other installations used up the application's shared minute: Enphase answers 429 with the
    // end of the window in the body and no Retry-After header.
    const now = world.clock.now();
    const count429 = () => world.emulator.admin.calls().filter((c) => c.status === 429).length;
    const before = count429();
    world.emulator.admin.injectFault({
      path: 'production_micro',
      status: 429,
      times: 3,
      body: {
        message: 'Too Many Requests',
        details: 'Usage limit exceeded for plan Kilowatt',
        code: 429,
        period: 'minute',
        period_start: now - 58,
        period_end: now + 2,
        limit: 50,
      },
    });
    const tick = app.core.scheduler.refreshNow();
    await expect.poll(count429, { timeout: 30_000 }).toBe(before + 3);
    // Until period_end nothing more goes out, however long we wait.
    const telemetryCalls = () =>
      world.emulator.admin.calls().filter((c) => c.path.includes('production_micro')).length;
    const held = telemetryCalls();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(telemetryCalls()).toBe(held);
    // The window ends; the held requests go out and the refused sites are fetched again.
    world.clock.advance(5);
    await tick;
    await advance(61);
    for (const site of enphaseSites()) {
      const expected = world.emulator.admin.expectedDailyWh(
        Number(site.externalId),
        localDateOf(world.clock.now(), site.timeZone),
      );
      const snap = app.core.cache.snapshot(world.clock.now()).find((s) => s.siteId === site.id);
      expect(snap?.todayWh ?? -1, site.name).toBeCloseTo(expected, 3);
    }
  });
});

describe('secrecy and restarts', () => {
  it('never stores, logs or shows a token', async () => {
    expect(issued.length).toBeGreaterThan(0);
    const settingsFile = readFileSync(app.settingsStore.path, 'utf8');
    const logs = app.log.text();
    const ipc = app.ipcResponses.join('\n');
    for (const token of issued) {
      expect(settingsFile).not.toContain(token);
      expect(logs).not.toContain(token);
      expect(ipc).not.toContain(token);
    }
    for (const secret of [world.emulator.app.clientSecret, world.emulator.app.apiKey]) {
      expect(settingsFile).not.toContain(secret);
      expect(logs).not.toContain(secret);
      expect(ipc).not.toContain(secret);
    }
  });

  it('restarts on the same data folder with the network cut and shows everything from cache', async () => {
    const expected = app.core.cache.snapshot(world.clock.now());
    await app.stop();
    world.clock.advance(3 * 3600);
    app = await launch(false);
    await app.goto('#/');
    await app.page.waitForSelector('[data-testid="offline-banner"]');
    await expect.poll(() => app.page.locator('[data-testid="site-row"]').count()).toBe(8);
    for (const site of enphaseSites()) {
      const before = expected.find((s) => s.siteId === site.id);
      const lastShown = await app.page
        .locator(`[data-testid="site-row"][data-site-id="${site.id}"] [data-testid="updated"]`)
        .textContent();
      expect(lastShown, site.name).toMatch(/ago|yesterday/);
      expect(before).toBeDefined();
    }
    await app.page.screenshot({
      path: join(shots, 'portfolio-offline-restart.png'),
      fullPage: true,
    });
  });
});
