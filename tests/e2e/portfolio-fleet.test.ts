/**
 * A 40-site fleet end to end (real core, real cache, real renderer in Chromium): the sites come
 * first at 1280×800, cut names stay readable whole, search / status / provider filters and tag
 * grouping show exactly the sites the cache says they should, tags are edited from the table
 * and the site page, and the keyboard reaches the table in a few Tab presses.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteRecord } from '../../electron/cache/types';
import { axeViolations, focused } from '../harness/axe';
import { useColorScheme } from '../harness/color-scheme';
import { largeFleetSite, longSiteName, seedLargeFleet } from '../harness/large-fleet';
import { launchApp, type AppHandle } from '../harness/launch';

const now = Math.floor(Date.parse('2026-06-17T14:00:00Z') / 1000);
const shots = resolve('test-results/screenshots');
const count = 40;
/** Every third site starts in "North campus"; the test adds more through the UI. */
const seededTags = (i: number) => (i % 3 === 0 ? ['North campus'] : []);

let app: AppHandle;
let sites: SiteRecord[];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'enalysis-fleet-'));
  sites = seedLargeFleet(dataDir, count, now, seededTags);
  app = await launchApp({
    dataDir,
    clock: { now: () => now },
    startSync: false,
    viewport: { width: 1280, height: 800 },
  });
  await app.goto('#/');
  await app.page.waitForSelector('[data-testid="site-row"]');
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

const rows = () => app.page.locator('[data-testid="site-row"]');
const shownIds = () =>
  rows().evaluateAll((els) => els.map((e) => e.getAttribute('data-site-id') ?? '').sort());
const idsWhere = (keep: (site: SiteRecord) => boolean) =>
  sites
    .filter(keep)
    .map((s) => s.id)
    .sort();

/** Site rows entirely inside the window. */
function rowsAboveFold(): Promise<number> {
  return rows().evaluateAll(
    (els) =>
      els.filter((e) => {
        const box = e.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }).length,
  );
}

async function resetFilters(): Promise<void> {
  await app.goto('#/');
  await app.page.getByTestId('site-search').fill('');
  await app.page.getByTestId('filter-status').selectOption('');
  await app.page.getByTestId('filter-provider').selectOption('');
  await app.page.getByTestId('group-by-tag').setChecked(false);
  await expect.poll(() => rows().count()).toBe(count);
}

describe('a 40-site fleet at 1280×800', () => {
  it('shows many site rows above the fold; the 30-day chart opens on request', async () => {
    await app.page.evaluate(() => window.scrollTo(0, 0));
    expect(await rowsAboveFold()).toBeGreaterThanOrEqual(8);
    expect(await app.page.locator('#fleet-chart').count()).toBe(0);
    const toggle = app.page.getByTestId('fleet-chart-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await app.page.waitForSelector('#fleet-chart svg');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.click();
    await expect.poll(() => app.page.locator('#fleet-chart').count()).toBe(0);
  });

  it('keeps every cut name whole in a tooltip and in the accessible name', async () => {
    const long = sites.find((s) => s.name.startsWith(longSiteName));
    expect(long).toBeDefined();
    const name = long?.name ?? '';
    const link = app.page.locator(
      `[data-testid="site-row"][data-site-id="${long?.id}"] a.site-name`,
    );
    // Cut on screen…
    expect(await link.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    // …but whole for the mouse and for a screen reader.
    expect(await link.getAttribute('title')).toBe(name);
    expect(await app.page.getByRole('link', { name, exact: true }).count()).toBe(2);
    const sidebar = app.page.locator('.site-list a.site-link', { hasText: longSiteName }).first();
    expect(
      await sidebar.evaluate((e) => {
        const text = e.querySelector('span:last-child') as HTMLElement;
        return text.scrollWidth > text.clientWidth;
      }),
    ).toBe(true);
    expect(await sidebar.getAttribute('title')).toMatch(new RegExp(`^${longSiteName}`));
    // Every name in the table and the sidebar carries its full name.
    const titles = await app.page
      .locator('a.site-name, a.site-link')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('title'), e.textContent?.trim()]));
    for (const [title, text] of titles) expect(title).toBe(text);
  });

  it('saves screenshots at 1280×800 and 1920×1080 in both themes, sites above the fold', async () => {
    for (const size of [
      { width: 1280, height: 800, atLeast: 8 },
      { width: 1920, height: 1080, atLeast: 12 },
    ]) {
      await app.page.setViewportSize({ width: size.width, height: size.height });
      await app.page.evaluate(() => window.scrollTo(0, 0));
      for (const theme of ['light', 'dark'] as const) {
        await useColorScheme(app.page, theme);
        expect(await rowsAboveFold()).toBeGreaterThanOrEqual(size.atLeast);
        await app.page.screenshot({
          path: join(shots, `portfolio-fleet-${size.width}x${size.height}-${theme}.png`),
        });
      }
    }
    await useColorScheme(app.page, 'light');
    await app.page.setViewportSize({ width: 1280, height: 800 });
  });
});

describe('search and filters', () => {
  it('finds sites by name, by city (accents ignored) and by tag, and says how many', async () => {
    await resetFilters();
    const search = app.page.getByTestId('site-search');
    await search.fill('zurich');
    await expect.poll(shownIds).toEqual(idsWhere((s) => s.city === 'Zürich'));
    const zurich = idsWhere((s) => s.city === 'Zürich').length;
    expect(await app.page.getByTestId('filter-count').textContent()).toBe(`${zurich} of 40 sites`);
    await search.fill('riverside depot');
    await expect.poll(shownIds).toEqual(idsWhere((s) => /^Riverside Depot/.test(s.name)));
    await search.fill('north campus');
    await expect
      .poll(shownIds)
      .toEqual(
        idsWhere(
          (s) => s.name.startsWith('North Campus') || seededTags(sites.indexOf(s)).length > 0,
        ),
      );
    await search.fill('no such building');
    await expect
      .poll(() => app.page.getByTestId('empty-state').textContent())
      .toContain('No site matches');
    await app.page.screenshot({ path: join(shots, 'portfolio-fleet-no-match-light.png') });
  });

  it('filters by status and by provider, alone and together', async () => {
    await resetFilters();
    await app.page.getByTestId('filter-status').selectOption('fault');
    await expect.poll(shownIds).toEqual(idsWhere((s) => s.status === 'fault'));
    await app.page.getByTestId('filter-provider').selectOption('solaredge');
    await expect
      .poll(shownIds)
      .toEqual(idsWhere((s) => s.status === 'fault' && s.provider === 'solaredge'));
    await app.page.getByTestId('filter-status').selectOption('');
    await expect.poll(shownIds).toEqual(idsWhere((s) => s.provider === 'solaredge'));
    // The filter is kept when the person opens a site and comes back.
    await app.goto(`#/site/${encodeURIComponent(sites[1]?.id ?? '')}`);
    await app.page.waitForSelector('[data-testid="site-name"]');
    await app.goto('#/');
    await expect.poll(shownIds).toEqual(idsWhere((s) => s.provider === 'solaredge'));
    await app.page.getByTestId('filter-clear').click();
    await expect.poll(() => rows().count()).toBe(count);
  });
});

describe('tags', () => {
  it('are edited from the table, kept in the cache and group the table', async () => {
    await resetFilters();
    const target = sites[1] as SiteRecord;
    await app.page
      .locator(`[data-testid="site-row"][data-site-id="${target.id}"] [data-testid="edit-tags"]`)
      .click();
    const dialog = app.page.getByTestId('tag-dialog');
    await dialog.waitFor();
    // The fleet's tags are offered, so "North campus" is not typed three ways.
    await dialog.getByTestId('tag-suggestion').filter({ hasText: 'North campus' }).click();
    const input = dialog.getByTestId('tag-input');
    expect(await input.inputValue()).toBe('North campus');
    await input.fill('North campus,  Schools ');
    expect(await axeViolations(app.page)).toEqual([]);
    await app.page.screenshot({ path: join(shots, 'portfolio-fleet-tag-dialog-light.png') });
    await dialog.getByTestId('tag-save').click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(app.core.cache.tags.of(target.id)).toEqual(['North campus', 'Schools']);

    await app.page.getByTestId('group-by-tag').check();
    const groups = () =>
      app.page
        .locator('[data-testid="group-row"] th')
        .evaluateAll((els) => els.map((e) => e.textContent?.replace(/\s+/g, ' ').trim()));
    const north = sites.filter((s, i) => seededTags(i).length > 0 || s.id === target.id).length;
    await expect
      .poll(groups)
      .toEqual([`North campus ${north} sites`, 'Schools 1 site', `No tag ${count - north} sites`]);
    // The site is listed in both of its groups.
    expect(
      await app.page.locator(`[data-testid="site-row"][data-site-id="${target.id}"]`).count(),
    ).toBe(2);
    expect(await axeViolations(app.page)).toEqual([]);
    for (const theme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, theme);
      await app.page.screenshot({ path: join(shots, `portfolio-fleet-grouped-${theme}.png`) });
    }
    await useColorScheme(app.page, 'light');
  });

  it('refuses too long a tag in the dialog, saying why, and keeps what was stored', async () => {
    await resetFilters();
    const target = sites[2] as SiteRecord;
    await app.goto(`#/site/${encodeURIComponent(target.id)}`);
    await app.page.getByTestId('edit-site-tags').click();
    const dialog = app.page.getByTestId('tag-dialog');
    await dialog.getByTestId('tag-input').fill('x'.repeat(41));
    expect(await dialog.getByTestId('tag-problem').textContent()).toMatch(/at most 40 characters/);
    expect(await dialog.getByTestId('tag-save').isDisabled()).toBe(true);
    await dialog.getByTestId('tag-input').fill('Depots');
    await dialog.getByTestId('tag-save').click();
    await expect
      .poll(() =>
        app.page.locator('[data-testid="site-tags"] [data-testid="site-tag"]').allTextContents(),
      )
      .toEqual(['Depots']);
    expect(app.core.cache.tags.of(target.id)).toEqual(['Depots']);
    await app.page.screenshot({ path: join(shots, 'site-tags-light.png') });
  });
});

describe('keyboard', () => {
  it('reaches the first site row in a few Tab presses and walks rows with arrow keys', async () => {
    await resetFilters();
    // A fresh load: focus starts at the top of the document.
    await app.page.reload();
    await app.page.waitForSelector('[data-testid="site-row"]');
    await app.page.bringToFront();
    const firstId = await rows().first().getAttribute('data-site-id');
    // Skip link, Enter, then Tab until focus is on a site name.
    let presses = 0;
    await app.page.keyboard.press('Tab');
    presses++;
    expect(await focused(app.page)).toBe('a[skip-link]:Skip to content');
    await app.page.keyboard.press('Enter');
    presses++;
    while (presses < 40) {
      await app.page.keyboard.press('Tab');
      presses++;
      const onRow = await app.page.evaluate(
        () => document.activeElement?.matches('[data-testid="site-row"] a.site-name') ?? false,
      );
      if (onRow) break;
    }
    // 45 presses reached the table before. Now: skip link, Enter, the chart toggle, the four
    // find controls, the seven sortable headers, then the first site.
    expect(presses).toBeLessThanOrEqual(15);
    const activeRow = () =>
      app.page.evaluate(
        () => document.activeElement?.closest('tr')?.getAttribute('data-site-id') ?? null,
      );
    expect(await activeRow()).toBe(firstId);
    const ids = await rows().evaluateAll((els) => els.map((e) => e.getAttribute('data-site-id')));
    await app.page.keyboard.press('ArrowDown');
    expect(await activeRow()).toBe(ids[1]);
    await app.page.keyboard.press('End');
    expect(await activeRow()).toBe(ids[ids.length - 1]);
    await app.page.keyboard.press('Home');
    expect(await activeRow()).toBe(ids[0]);
    // The rows are one Tab stop: Tab leaves the table.
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Tab');
    expect(await focused(app.page)).toMatch(/^button\[edit-tags\]/);
    await app.page.keyboard.press('Tab');
    expect(await activeRow()).not.toBe(ids[2]);
    // Enter on a row opens its site.
    await app.page.keyboard.press('Shift+Tab');
    await app.page.keyboard.press('Shift+Tab');
    expect(await activeRow()).toBe(ids[1]);
    await app.page.keyboard.press('Enter');
    await expect
      .poll(() => app.page.evaluate(() => location.hash))
      .toBe(`#/site/${encodeURIComponent(ids[1] ?? '')}`);
  });

  it('makes the sidebar site list one Tab stop that arrow keys walk', async () => {
    await app.goto('#/');
    const links = app.page.locator('.site-list a.site-link');
    const stops = await links.evaluateAll(
      (els) => els.filter((e) => (e as HTMLElement).tabIndex === 0).length,
    );
    expect(stops).toBe(1);
    await links.first().focus();
    await app.page.keyboard.press('ArrowDown');
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe(
      await links.nth(1).textContent(),
    );
  });
});

describe('accessibility of the fleet tools', () => {
  it('has zero axe violations with filters on, in both themes', async () => {
    await resetFilters();
    await app.page.getByTestId('site-search').fill('boston');
    await app.page.getByTestId('filter-provider').selectOption('enphase');
    await expect
      .poll(() => app.page.getByTestId('filter-count').textContent())
      .toMatch(/of 40 sites/);
    for (const theme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, theme);
      expect(await axeViolations(app.page)).toEqual([]);
    }
    await useColorScheme(app.page, 'light');
  });
});

// Keeps the fixture honest: the seeded fleet has what the tests above filter for.
it('the seeded fleet has faults, several providers and a cut name', () => {
  expect(sites.some((s) => s.status === 'fault')).toBe(true);
  expect(new Set(sites.map((s) => s.provider)).size).toBeGreaterThan(2);
  expect(largeFleetSite(7, now).name.startsWith(longSiteName)).toBe(true);
});
