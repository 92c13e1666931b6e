/**
 * The demo app end to end: real core in Node, real renderer in Chromium, real SQLite. What the
 * page shows is compared with what the cache holds, number for number.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSiteSpecs } from '../../electron/providers/demo';
import { invokeContract } from '../../shared/contract';
import {
  addDays,
  eachDay,
  endOfLocalDay,
  localDateOf,
  startOfLocalDay,
  startOfWeek,
} from '../../shared/time';
import { launchApp, type AppHandle } from '../harness/launch';
import { useColorScheme } from '../harness/color-scheme';

/** Midsummer afternoon in Berlin: most demo sites have data for today, some are in their night. */
const now = Math.floor(Date.parse('2026-06-17T14:00:00Z') / 1000);
const clock = { now: () => now };
const shots = resolve('test-results/screenshots');

let app: AppHandle;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await launchApp({ clock });
  await app.goto('#/');
  await app.page.waitForSelector('[data-testid="site-row"]');
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

async function attribute(selector: string, name: string): Promise<string | null> {
  return app.page.locator(selector).first().getAttribute(name);
}

describe('demo portfolio', () => {
  it('lists every demo site with exactly the numbers in the cache', async () => {
    const rows = app.page.locator('[data-testid="site-row"]');
    await expect.poll(() => rows.count()).toBe(demoSiteSpecs.length);
    const snapshots = new Map(app.core.cache.snapshot(now).map((s) => [s.siteId, s]));
    for (const spec of demoSiteSpecs) {
      const id = `demo:${spec.slug}`;
      const row = app.page.locator(`[data-testid="site-row"][data-site-id="${id}"]`);
      const snap = snapshots.get(id);
      expect(snap, id).toBeDefined();
      expect(
        Number(await row.locator('[data-testid="today-energy"]').getAttribute('data-value')),
      ).toBe(snap?.todayWh);
      expect(
        Number(await row.locator('[data-testid="current-power"]').getAttribute('data-value')),
      ).toBe(snap?.currentW);
      await expect.poll(() => row.textContent()).toContain(spec.name);
    }
    const berlin = app.core.cache
      .snapshot(now)
      .find((s) => s.siteId === 'demo:berlin-spreebogen-office');
    expect(berlin?.todayWh).toBeGreaterThan(0);
  });

  it('marks the faulty site and labels the data as demo data', async () => {
    const statuses = await app.page
      .locator('[data-testid="site-row"] [data-testid="status"]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')));
    expect(statuses).toContain('fault');
    await expect
      .poll(() => app.page.locator('[data-testid="demo-label"]').first().isVisible())
      .toBe(true);
  });

  it('saves portfolio screenshots in light and dark', async () => {
    await useColorScheme(app.page, 'light');
    await app.page.screenshot({ path: join(shots, 'portfolio-light.png'), fullPage: true });
    await useColorScheme(app.page, 'dark');
    await app.page.screenshot({ path: join(shots, 'portfolio-dark.png'), fullPage: true });
    await useColorScheme(app.page, 'light');
  });
});

describe('site page', () => {
  const siteId = 'demo:berlin-spreebogen-office';
  const zone = 'Europe/Berlin';
  const today = localDateOf(now, zone);

  async function total(): Promise<number> {
    await app.page.waitForSelector('[data-testid="series-total"]');
    return Number(await attribute('[data-testid="series-total"]', 'data-value'));
  }

  it('opens from the portfolio and shows today’s power curve with the cached energy', async () => {
    await app.goto('#/');
    await app.page.locator(`[data-testid="site-row"][data-site-id="${siteId}"]`).click();
    await app.page.waitForSelector('[data-testid="site-chart"] svg');
    const intervals = app.core.cache.intervals(
      siteId,
      startOfLocalDay(today, zone),
      endOfLocalDay(today, zone),
    );
    const expected = intervals.reduce((sum, i) => sum + i.wh, 0);
    await expect.poll(total).toBeCloseTo(expected, 6);
    await app.page.screenshot({ path: join(shots, 'site-day-light.png'), fullPage: true });
    await useColorScheme(app.page, 'dark');
    await app.page.screenshot({ path: join(shots, 'site-day-dark.png'), fullPage: true });
    await useColorScheme(app.page, 'light');
  });

  it('switches to the week and steps back one week', async () => {
    await app.page.click('[data-testid="range-week"]');
    const monday = startOfWeek(today);
    const thisWeek = app.core.cache.daily(siteId, monday, today).reduce((s, d) => s + d.wh, 0);
    await expect.poll(total).toBeCloseTo(thisWeek, 6);
    await app.page.screenshot({ path: join(shots, 'site-week-light.png'), fullPage: true });

    await app.page.click('[data-testid="range-prev"]');
    const previousMonday = addDays(monday, -7);
    const lastWeek = app.core.cache
      .daily(siteId, previousMonday, addDays(previousMonday, 6))
      .reduce((s, d) => s + d.wh, 0);
    await expect.poll(total).toBeCloseTo(lastWeek, 6);
  });

  it('shows a year by month and the lifetime', async () => {
    await app.page.click('[data-testid="range-year"]');
    await app.page.waitForSelector('[data-testid="site-chart"] svg');
    const year = app.core.cache
      .monthly(siteId, `${today.slice(0, 4)}-01-01`, today)
      .reduce((s, m) => s + m.wh, 0);
    await expect.poll(total).toBeCloseTo(year, 6);
    await app.page.screenshot({ path: join(shots, 'site-year-light.png'), fullPage: true });
    await app.page.click('[data-testid="range-lifetime"]');
    await expect.poll(total).toBeCloseTo(app.core.cache.lifetimeWh(siteId), 6);
  });

  it('exports what the chart shows as CSV', async () => {
    await app.page.click('[data-testid="range-month"]');
    await app.page.waitForSelector('[data-testid="site-chart"] svg');
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.click('[data-testid="export-csv"]'),
    ]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
    const monthStart = `${today.slice(0, 8)}01`;
    expect(lines.length).toBe(eachDay(monthStart, today).length + 1);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  });
});

describe('freshness', () => {
  it('shows the offline banner while the services report offline, and hides it after', async () => {
    await app.goto('#/');
    app.network.set(false);
    await app.page.waitForSelector('[data-testid="offline-banner"]');
    await app.page.screenshot({ path: join(shots, 'portfolio-offline.png') });
    app.network.set(true);
    await app.page.waitForSelector('[data-testid="offline-banner"]', { state: 'detached' });
  });
});

describe('settings agree with the app', () => {
  it('shows demo mode on, and why, beside the demo banner; counts the actual fleet', async () => {
    await app.goto('#/settings');
    const toggle = app.page.getByTestId('setting-demo-mode');
    await expect
      .poll(() => app.page.getByTestId('demo-mode-state').textContent())
      .toBe('On — no account connected yet');
    expect(await toggle.isChecked()).toBe(true);
    expect(await app.page.getByTestId('demo-label').first().isVisible()).toBe(true);
    const settings = await app.page.locator('.settings-page').textContent();
    expect(settings).toContain(`Shows ${demoSiteSpecs.length} simulated buildings`);
    await app.page.screenshot({ path: join(shots, 'settings-light.png'), fullPage: true });
    await useColorScheme(app.page, 'dark');
    await app.page.screenshot({ path: join(shots, 'settings-dark.png'), fullPage: true });
    await useColorScheme(app.page, 'light');
  });

  it('refreshes the demo at the interval the refresh field shows, and says so once', async () => {
    const minutes = Number(await app.page.getByTestId('setting-refresh-floor').inputValue());
    expect(app.core.scheduler.intervalSecondsFor('demo')).toBe(minutes * 60);
    await expect
      .poll(() => app.page.getByTestId('sync-explanation').textContent())
      .toBe(`${demoSiteSpecs.length} demo sites: refreshed every ${minutes} min`);
  });
});

describe('not found', () => {
  it('names an unknown address and leads back, without “Try again”', async () => {
    await app.goto('#/reportz');
    const page = app.page.getByTestId('not-found');
    await expect.poll(() => page.getAttribute('data-kind')).toBe('page');
    expect(await page.textContent()).toContain('“#/reportz” is not a page of Enalysis');
    expect(await app.page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await app.page.getByTestId('not-found-back').click();
    await app.page.waitForSelector('[data-testid="site-row"]');
  });

  it('names an unknown site id instead of offering a retry', async () => {
    await app.goto(`#/site/${encodeURIComponent('demo:gone')}`);
    const page = app.page.getByTestId('not-found');
    await expect.poll(() => page.getAttribute('data-kind')).toBe('site');
    expect(await page.textContent()).toContain('No site with the id “demo:gone”');
    expect(await app.page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await useColorScheme(app.page, 'dark');
    await app.page.screenshot({ path: join(shots, 'site-not-found-dark.png') });
    await useColorScheme(app.page, 'light');
  });
});

describe('settings: the Enphase plan is platform configuration', () => {
  const sentence = () => app.page.locator('[data-testid="settings-enphase-quota"]').textContent();

  it('states the configured plan and share read-only, and lets an operator override them', async () => {
    await app.goto('#/settings');
    await expect
      .poll(sentence)
      .toBe(
        'Enalysis runs on Enphase’s Kilowatt plan (50,000 calls a month for all installations together); this installation may use 100 % of it: 50,000 calls a month, 50 a minute.',
      );
    // The overrides are folded away until an operator opens them.
    expect(await app.page.locator('[data-testid="setting-enphase-plan"]').isVisible()).toBe(false);
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, scheme);
      await app.page.screenshot({
        path: join(shots, `settings-enphase-${scheme}.png`),
        fullPage: true,
      });
    }
    await app.page.locator('[data-testid="settings-enphase-advanced"] summary').click();
    await app.page.locator('[data-testid="setting-enphase-plan"]').selectOption('watt');
    await app.page.locator('[data-testid="setting-enphase-share"]').fill('40');
    await app.page.locator('[data-testid="setting-enphase-share-save"]').click();
    await expect
      .poll(sentence)
      .toBe(
        'Enalysis runs on Enphase’s Watt plan (1,000 calls a month for all installations together); this installation may use 40 % of it: 400 calls a month, 4 a minute (set by an operator on this computer).',
      );
    const stored = await app.page.evaluate(async () =>
      JSON.parse(await window.__enalysisInvoke('settings.get', {})),
    );
    expect(stored).toMatchObject({
      ok: true,
      value: { enphasePlan: 'watt', enphaseSharePercent: 40 },
    });
    await app.page.screenshot({
      path: join(shots, 'settings-enphase-advanced-dark.png'),
      fullPage: true,
    });
    await useColorScheme(app.page, 'light');
    // Back to the platform's configuration: empty share, the platform's plan.
    await app.page.locator('[data-testid="setting-enphase-plan"]').selectOption('');
    await app.page.locator('[data-testid="setting-enphase-share"]').fill('');
    await app.page.locator('[data-testid="setting-enphase-share-save"]').click();
    await expect.poll(sentence).toContain('Kilowatt plan');
    await expect.poll(sentence).not.toContain('operator');
  });
});

describe('bridge security', () => {
  it('refuses calls from any other origin', async () => {
    const other = await app.context.newPage();
    await other.goto('data:text/html,<p>elsewhere</p>');
    const result = await other.evaluate(async () =>
      JSON.parse(await window.__enalysisInvoke('settings.get', {})),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await other.close();
  });
});

describe('the Connections page renders what the providers declare', () => {
  it('shows one connect card per connectable provider, with its sign-in and quota sentence', async () => {
    await app.goto('#/connections');
    const answer = await app.core.dispatch('providers.list', {});
    if (!answer.ok) throw new Error('providers.list failed');
    const { providers } = invokeContract['providers.list'].response.parse(answer.value);
    const connectable = providers.filter((p) => p.connect.length > 0);
    const cards = app.page.getByTestId('connect-panel');
    await expect.poll(() => cards.count()).toBe(connectable.length);
    for (const provider of connectable) {
      const card = app.page.locator(
        `[data-testid="connect-panel"][data-provider="${provider.id}"]`,
      );
      expect(await card.getByRole('heading').textContent()).toBe(
        `Connect your ${provider.name} account`,
      );
      expect(await card.locator('.connect-intro').textContent()).toBe(provider.intro);
      expect(await card.getByTestId(`connect-${provider.id}`).textContent()).toBe(
        `Connect ${provider.name}`,
      );
    }
    const sentences = await app.page.getByTestId('quota-sentence').allTextContents();
    expect(sentences).toEqual(
      providers.filter((p) => p.quota.kind !== 'none').map((p) => p.quota.sentence),
    );
    await app.page.screenshot({ path: join(shots, 'connections-light.png'), fullPage: true });
    await useColorScheme(app.page, 'dark');
    await app.page.screenshot({ path: join(shots, 'connections-dark.png'), fullPage: true });
    await useColorScheme(app.page, 'light');
  });
});
