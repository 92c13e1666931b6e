/**
 * A fleet too large to render whole (300 sites, real cache, real renderer in Chromium): the
 * table keeps only the lines near the window in the DOM yet tells assistive technology the
 * whole size (aria-rowcount, aria-rowindex), the keyboard reaches its last site, scrolling
 * brings lines in, and the sidebar shows a capped list with a search that reaches every site.
 * Kiosk tiles keep cut names whole in a tooltip (a kiosk app of its own, at the end).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portfolio } from '../../shared/domain';
import { DEFAULT_SORT, sortRows } from '../../renderer/src/model/portfolioSort';
import { SIDEBAR_CAP } from '../../renderer/src/shell/SidebarSites';
import { axeViolations } from '../harness/axe';
import { useColorScheme } from '../harness/color-scheme';
import { longSiteName, seedLargeFleet } from '../harness/large-fleet';
import { launchApp, type AppHandle } from '../harness/launch';

const now = Math.floor(Date.parse('2026-06-17T14:00:00Z') / 1000);
const shots = resolve('test-results/screenshots');
const count = 300;

let app: AppHandle;
/** The table's order of site ids, from main's own answer and the renderer's sort. */
let order: string[];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'enalysis-windowed-'));
  seedLargeFleet(dataDir, count, now, (i) => (i % 10 === 0 ? ['Depots'] : []));
  app = await launchApp({
    dataDir,
    clock: { now: () => now },
    startSync: false,
    viewport: { width: 1280, height: 800 },
  });
  const answer = await app.core.dispatch('portfolio.get', {});
  if (!answer.ok) throw new Error(answer.error.message);
  order = sortRows((answer.value as Portfolio).rows, DEFAULT_SORT).map((r) => r.site.id);
  await app.goto('#/');
  await app.page.waitForSelector('[data-testid="site-row"]', { timeout: 120_000 });
}, 240_000);

afterAll(async () => {
  await app?.stop();
});

const rows = () => app.page.locator('[data-testid="site-row"]');
const rowIndexes = () =>
  rows().evaluateAll((els) => els.map((e) => Number(e.getAttribute('aria-rowindex'))));
const focusedRow = () =>
  app.page.evaluate(() => {
    const row = document.activeElement?.closest('tr');
    return {
      id: row?.getAttribute('data-site-id') ?? null,
      rowIndex: Number(row?.getAttribute('aria-rowindex') ?? 0),
    };
  });

describe('a windowed table of 300 sites', () => {
  it('renders a window of lines but announces every site, numbered in order', async () => {
    expect(await app.page.getAttribute('[data-testid="portfolio-table"]', 'aria-rowcount')).toBe(
      String(count + 1),
    );
    const indexes = await rowIndexes();
    expect(indexes.length).toBeGreaterThan(5);
    expect(indexes.length).toBeLessThan(60);
    expect(indexes).toEqual(indexes.map((_, i) => i + 2));
    const ids = await rows().evaluateAll((els) => els.map((e) => e.getAttribute('data-site-id')));
    expect(ids).toEqual(order.slice(0, ids.length));
    // The header is line 1.
    expect(await app.page.getAttribute('thead tr', 'aria-rowindex')).toBe('1');
    expect(await axeViolations(app.page)).toEqual([]);
  });

  it('reaches the last site with End and the first with Home, focus and line in view', async () => {
    await rows().first().locator('a.site-name').focus();
    await app.page.keyboard.press('End');
    await expect.poll(focusedRow).toEqual({ id: order[count - 1], rowIndex: count + 1 });
    const inView = () =>
      app.page.evaluate(() => {
        const box = document.activeElement?.closest('tr')?.getBoundingClientRect();
        // Aligned to the window's bottom edge, give or take a sub-pixel.
        return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight + 1;
      });
    await expect.poll(inView).toBe(true);
    // Only a window is in the DOM down there too.
    await expect.poll(async () => (await rowIndexes()).length).toBeLessThan(80);
    await app.page.screenshot({ path: join(shots, 'portfolio-windowed-end-light.png') });
    await app.page.keyboard.press('PageUp');
    const afterPageUp = await focusedRow();
    expect(afterPageUp.rowIndex).toBeLessThan(count + 1);
    expect(afterPageUp.id).toBe(order[afterPageUp.rowIndex - 2]);
    await app.page.keyboard.press('Home');
    await expect.poll(focusedRow).toEqual({ id: order[0], rowIndex: 2 });
  });

  it('brings lines in as the page scrolls, the last one at the bottom', async () => {
    await app.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await rowIndexes()).at(-1)).toBe(count + 1);
    const last = await rows().last().getAttribute('data-site-id');
    expect(last).toBe(order[count - 1]);
    await app.page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(async () => (await rowIndexes())[0]).toBe(2);
  });

  it('counts group headings among the lines when grouped by tag', async () => {
    await app.page.getByTestId('group-by-tag').check();
    // 30 sites carry "Depots": one heading for them and one for the 270 without a tag.
    await expect
      .poll(() => app.page.getAttribute('[data-testid="portfolio-table"]', 'aria-rowcount'))
      .toBe(String(count + 2 + 1));
    expect(
      await app.page.locator('[data-testid="group-row"]').first().getAttribute('aria-rowindex'),
    ).toBe('2');
    expect(await axeViolations(app.page)).toEqual([]);
    await app.page.getByTestId('group-by-tag').uncheck();
  });
});

describe('the sidebar with 300 sites', () => {
  it(`lists ${SIDEBAR_CAP} sites, says so, and finds any site by search`, async () => {
    const links = app.page.locator('.site-list a.site-link');
    expect(await links.count()).toBe(SIDEBAR_CAP);
    expect(await app.page.getByTestId('sidebar-more').textContent()).toContain(
      `${SIDEBAR_CAP} of ${count} shown.`,
    );
    // The last site by name is far beyond the cap; search reaches it.
    const names = await app.core.cache.listSites().map((s) => s.name);
    const lastName =
      [...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).at(-1) ?? '';
    await app.page.getByTestId('sidebar-search').fill(lastName.slice(-12));
    await expect.poll(() => links.allTextContents()).toContain(lastName);
    for (const theme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, theme);
      await app.page.screenshot({ path: join(shots, `sidebar-search-${theme}.png`) });
    }
    await useColorScheme(app.page, 'light');
    await app.page.getByTestId('sidebar-search').fill('');
  });
});

describe('kiosk tiles', () => {
  let kiosk: AppHandle;
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'enalysis-kiosk-names-'));
    seedLargeFleet(dataDir, 12, now);
    kiosk = await launchApp({
      dataDir,
      clock: { now: () => now },
      startSync: false,
      kiosk: true,
      viewport: { width: 1280, height: 800 },
    });
    await kiosk.goto('#/');
    await kiosk.page.waitForSelector('.kiosk-tile');
  }, 120_000);
  afterAll(async () => {
    await kiosk?.stop();
  });

  it('keep a cut name whole in the tooltip and the accessible text', async () => {
    const tile = kiosk.page.locator('.kiosk-tile-name', { hasText: longSiteName });
    const name = (await tile.textContent())?.trim() ?? '';
    expect(name.startsWith(longSiteName)).toBe(true);
    expect(await tile.getAttribute('title')).toBe(name);
    expect(
      await tile.locator('span:last-child').evaluate((e) => e.scrollWidth > e.clientWidth),
    ).toBe(true);
    const titles = await kiosk.page
      .locator('.kiosk-tile-name')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('title'), e.textContent?.trim()]));
    for (const [title, text] of titles) expect(title).toBe(text);
    await kiosk.page.screenshot({ path: join(shots, 'kiosk-long-names-light.png') });
  });
});
