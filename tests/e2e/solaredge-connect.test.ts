/**
 * Issue 9's scenario end to end: the real core and renderer (harness), the REAL relay and the
 * SolarEdge emulator over loopback HTTP, on Europe's autumn daylight-saving day. A homeowner
 * grants Site Access through SolarEdge's consent page in the popup; a wrong fleet key is
 * refused in words; the fleet key's five sites (two pages of /sites) are offered and three are
 * picked; every site's today on the portfolio equals the emulator's truth for its local day;
 * a grant the owner withdrew gets "Reconnect" and reconnects; the month's credits run out:
 * Connections says so, no further call leaves, cached figures stay. No key or token is shown,
 * stored in plain text or logged.
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf } from '../../shared/time';
import { EmulatorClock } from '../emulators/enphase';
import { FLEET_KEY, OWNER_B, SITE } from '../emulators/solaredge';
import { useColorScheme } from '../harness/color-scheme';
import { launchApp, type AppHandle } from '../harness/launch';
import { startSolarEdgeWorld, type SolarEdgeWorld } from '../harness/solaredge-world';

const shots = resolve('test-results/screenshots');
/** 16:00 in Berlin and 15:00 in Leeds on the day their clocks went back; 11:00 in Toronto. */
const start = Date.parse('2026-10-25T15:00:00Z') / 1000;

let world: SolarEdgeWorld;
let app: AppHandle;
const issued: string[] = [];

/** Records every token the relay hands out, to prove none is ever stored or shown. */
const recordingFetch = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
  const response = await fetch(input, init);
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    const body = (await response
      .clone()
      .json()
      .catch(() => ({}))) as Record<string, unknown>;
    for (const key of ['access_token', 'refresh_token'])
      if (typeof body[key] === 'string') issued.push(body[key]);
  }
  return response;
}) as typeof fetch;

/** The emulator's log of API calls. */
async function apiCalls(): Promise<{ path: string; status: number }[]> {
  const calls = (await (await fetch(`${world.emulator.url}/__admin/calls`)).json()) as {
    path: string;
    status: number;
  }[];
  return calls.filter((call) => call.path.startsWith('/v2/sites'));
}

async function admin(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${world.emulator.url}/__admin/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

/** Owner B consents in the popup the app opened and shares Toronto. */
async function consentAsOwnerB(): Promise<void> {
  const popup: Page = await app.authWindow.nextPage();
  await popup.fill('#email', OWNER_B);
  await popup.fill('#password', 'sunny-se-b');
  await popup.click('#signin');
  await popup.selectOption('#site', String(SITE.toronto));
  await popup.click('#allow');
}

function solarEdgeSites() {
  return app.core.cache.listSites().filter((s) => s.provider === 'solaredge');
}

async function settle(): Promise<void> {
  await app.core.scheduler.refreshNow();
  await app.core.scheduler.whenIdle();
}

async function advance(seconds: number): Promise<void> {
  world.emulator.clock.advance(seconds);
  await app.page.clock.setFixedTime(world.emulator.clock.now() * 1000);
  await settle();
}

const keyCard = () => app.page.locator('[data-testid="connect-panel"][data-provider="solaredge"]');

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  world = await startSolarEdgeWorld({
    clock: new EmulatorClock(start),
    creditLimits: { perMinute: 100_000, perMonth: 1_000_000 },
    dialect: { sitesPageCap: 3 },
  });
  app = await launchApp({ env: world.env, clock: world.emulator.clock, fetch: recordingFetch });
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await world?.stop();
});

describe('the SolarEdge plan', () => {
  it('is the free tier until set in Settings; Connections explains the credits', async () => {
    await app.goto('#/connections');
    const sentence = app.page
      .getByTestId('quota-sentence')
      .filter({ hasText: 'SolarEdge call costs one credit' });
    await expect
      .poll(() => sentence.textContent())
      .toContain('2,000 credits a month (the free tier) and 10 a minute');
    // A paid plan: the clocks stand still here, so the free tier's 10 a minute would never pass.
    await app.goto('#/settings');
    const section = app.page.getByTestId('settings-solaredge');
    await section.getByTestId('setting-solaredge-month').fill('100000');
    await section.getByTestId('setting-solaredge-minute').fill('100000');
    await section.getByTestId('setting-solaredge-save').click();
    await expect.poll(() => app.core.settings.get().solaredgeCreditsPerMinute).toBe(100_000);
    await section.screenshot({ path: join(shots, 'settings-solaredge-light.png') });
    await useColorScheme(app.page, 'dark');
    await section.screenshot({ path: join(shots, 'settings-solaredge-dark.png') });
    await useColorScheme(app.page, 'light');
    expect(app.core.settings.get().solaredgeCreditsPerMonth).toBe(100_000);
    await app.goto('#/connections');
    await expect
      .poll(() => sentence.textContent())
      .toContain('100,000 credits a month and 100,000 a minute');
  });
});

describe('connecting SolarEdge both ways', () => {
  it('grants Site Access for one site through SolarEdge’s consent page', async () => {
    await app.goto('#/connections');
    await keyCard().getByTestId('connect-solaredge').click();
    await consentAsOwnerB();
    await app.page.getByTestId('system-picker').waitFor();
    await expect.poll(() => app.page.getByTestId('system-option').count()).toBe(1);
    await app.page.click('[data-testid="select-all"]');
    await app.page.click('[data-testid="add-sites"]');
    await expect.poll(() => solarEdgeSites().length, { timeout: 30_000 }).toBe(1);
  });

  it('refuses a wrong fleet key in words and stores nothing', async () => {
    await app.goto('#/connections');
    await keyCard().getByTestId('connect-solaredge-key-input').fill('se-fleet-key-wrong-9999');
    await keyCard().getByTestId('connect-solaredge-key').click();
    const notice = keyCard().getByRole('alert');
    await expect
      .poll(() => notice.textContent())
      .toContain('SolarEdge refused this API key (a V1 key does not work with V2)');
    expect(app.core.connections.vault.records.all()).toHaveLength(1);
  });

  it('offers the five sites of the fleet key (two pages) and adds three of them', async () => {
    await keyCard().getByTestId('connect-solaredge-key-input').fill(FLEET_KEY);
    await keyCard().getByTestId('connect-solaredge-key').click();
    await app.page.getByTestId('system-picker').waitFor();
    const options = app.page.getByTestId('system-option');
    await expect.poll(() => options.count()).toBe(5);
    for (const name of ['Berlin Logistics Hub', 'Brooklyn Navy Yard Annex', 'Leeds Medical Centre'])
      await options.filter({ hasText: name }).locator('input[type=checkbox]').check();
    await app.page.screenshot({ path: join(shots, 'solaredge-picker-light.png'), fullPage: true });
    await useColorScheme(app.page, 'dark');
    await app.page.screenshot({ path: join(shots, 'solaredge-picker-dark.png'), fullPage: true });
    await useColorScheme(app.page, 'light');
    await app.page.click('[data-testid="add-sites"]');
    await expect.poll(() => solarEdgeSites().length, { timeout: 30_000 }).toBe(4);
    await expect.poll(() => app.page.getByTestId('connection-card').count()).toBe(2);
  });

  it('shows every site’s energy today as the emulator totals its local day, DST days included', async () => {
    await settle();
    await app.goto('#/');
    const sites = solarEdgeSites();
    expect(sites.map((s) => s.externalId).sort()).toEqual(
      [SITE.berlin, SITE.newYork, SITE.leeds, SITE.toronto].map(String).sort(),
    );
    for (const site of sites) {
      const date = localDateOf(world.emulator.clock.now(), site.timeZone);
      const expected = world.emulator.admin.dayWh(Number(site.externalId), date) ?? 0;
      const cell = app.page.locator(
        `[data-testid="site-row"][data-site-id="${site.id}"] [data-testid="today-energy"]`,
      );
      await expect
        .poll(async () => Number(await cell.getAttribute('data-value')), { message: site.name })
        .toBe(expected);
      expect(expected).toBeGreaterThan(0);
    }
    expect(localDateOf(start, 'Europe/Berlin')).toBe('2026-10-25');
    await app.page.screenshot({ path: join(shots, 'portfolio-solaredge.png'), fullPage: true });
  });
});

describe('a withdrawn grant', () => {
  it('turns the Site Access connection to Reconnect, and reconnects through the popup', async () => {
    await admin('owners/revoke', { login: OWNER_B });
    await app.goto('#/connections');
    const siteAccess = app.page
      .getByTestId('connection-card')
      .filter({ hasText: String(SITE.toronto) });
    await siteAccess.getByTestId('test-connection').click();
    await expect
      .poll(() => siteAccess.getByTestId('connection-problem').textContent())
      .toContain('the access given to Enalysis was withdrawn or has lapsed');
    await siteAccess.getByTestId('reconnect').click();
    await consentAsOwnerB();
    await app.page.getByTestId('system-picker').waitFor();
    await app.page.click('[data-testid="add-sites"]');
    await expect
      .poll(() =>
        app.page.locator('[data-testid="connection-card"][data-state="connected"]').count(),
      )
      .toBe(2);
  });
});

describe('credits', () => {
  it('when the month’s credits run out: Connections says so, no call leaves, figures stay', async () => {
    await admin('credits/exhaust-month', { payer: { apiKey: FLEET_KEY } });
    await admin('credits/exhaust-month', { payer: 'oauth' });
    await advance(20 * 60);
    const afterRefusal = (await apiCalls()).length;
    expect((await apiCalls()).at(-1)?.status).toBe(429);
    await advance(20 * 60);
    await advance(20 * 60);
    expect(await apiCalls()).toHaveLength(afterRefusal);
    await app.goto('#/connections');
    const budget = app.page.locator('[data-testid="budget"][data-provider="solaredge"]');
    await expect
      .poll(() => budget.getByTestId('budget-explanation').textContent())
      .toBe(
        'SolarEdge’s credits for this month are used up: no SolarEdge call until 1 November. Cached data stays on screen.',
      );
    await app.page.screenshot({
      path: join(shots, 'solaredge-credits-out-light.png'),
      fullPage: true,
    });
    await useColorScheme(app.page, 'dark');
    await app.page.screenshot({
      path: join(shots, 'solaredge-credits-out-dark.png'),
      fullPage: true,
    });
    await useColorScheme(app.page, 'light');
    await app.goto('#/');
    for (const site of solarEdgeSites()) {
      const cell = app.page.locator(
        `[data-testid="site-row"][data-site-id="${site.id}"] [data-testid="today-energy"]`,
      );
      expect(Number(await cell.getAttribute('data-value'))).toBeGreaterThan(0);
    }
  });

  it('never shows, stores in plain text or logs the key or a token', async () => {
    const secrets = [FLEET_KEY, ...issued];
    expect(issued.length).toBeGreaterThanOrEqual(4);
    const files = readdirSync(app.dataDir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => readFileSync(join(app.dataDir, file), 'utf8'));
    const logs = JSON.stringify(app.log.lines);
    await app.goto('#/connections');
    const page = await app.page.content();
    for (const secret of secrets) {
      for (const text of files) expect(text).not.toContain(secret);
      expect(logs).not.toContain(secret);
      expect(page).not.toContain(secret);
      expect(world.relayLogs.join('\n')).not.toContain(secret);
    }
  });
});
