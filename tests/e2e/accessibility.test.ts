/**
 * Accessibility end to end: axe-core runs over every page of the real renderer in both themes
 * and must find nothing (no rule disabled); the keyboard paths a facility manager uses (skip
 * link, opening a site with Enter, the range choice, a settings choice) are driven with real key
 * presses and checked through document.activeElement. Kiosk mode: accessibility-kiosk.test.ts.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, focused } from '../harness/axe';
import { useColorScheme } from '../harness/color-scheme';
import { launchApp, type AppHandle } from '../harness/launch';

/** Midsummer afternoon in Berlin: some sites produce, one is faulty, there are alerts. */
const now = Math.floor(Date.parse('2026-06-17T14:00:00Z') / 1000);
const clock = { now: () => now };
const shots = resolve('test-results/screenshots');
const siteId = 'demo:berlin-spreebogen-office';
const themes = ['light', 'dark'] as const;

let app: AppHandle;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await launchApp({ clock });
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

/** Every page of the app, with what shows that it has loaded. The print layout comes last. */
const pages: { name: string; hash: string; ready: string }[] = [
  { name: 'portfolio', hash: '#/', ready: '[data-testid="site-row"]' },
  { name: 'site-day', hash: `#/site/${siteId}`, ready: '[data-testid="series-total"]' },
  { name: 'site-year', hash: `#/site/${siteId}?range=year`, ready: '[data-testid="series-total"]' },
  { name: 'connections', hash: '#/connections', ready: '[data-testid="connect-panel"]' },
  { name: 'settings', hash: '#/settings', ready: '[data-testid="setting-theme-system"]' },
  { name: 'alerts', hash: '#/alerts', ready: '[data-testid="alerts-table"]' },
  { name: 'reports', hash: '#/reports', ready: '[data-testid="export-panel"]' },
  { name: 'not-found', hash: '#/no-such-page', ready: '[data-testid="not-found"]' },
  {
    name: 'report-print',
    hash: '#/report?scope=fleet&period=2026-05',
    ready: '[data-testid="report-site"]',
  },
];

describe('axe over every page, both themes', () => {
  for (const { name, hash, ready } of pages) {
    for (const theme of themes) {
      it(`${name} in ${theme}: zero violations`, async () => {
        // The print layout stands alone (no shell to wait for), so it is opened directly.
        if (name === 'report-print') await app.page.goto(`${app.origin}/${hash}`);
        else await app.goto(hash);
        await app.page.waitForSelector(ready);
        // Every part has loaded (no placeholder, no chart dimmed while its range reloads): axe
        // over a page in between judges what the user never sees.
        await expect.poll(() => app.page.locator('.skeleton, .site-chart.pending').count()).toBe(0);
        await useColorScheme(app.page, theme);
        expect(await axeViolations(app.page)).toEqual([]);
        await app.page.screenshot({ path: join(shots, `a11y-${name}-${theme}.png`) });
      });
    }
  }
});

describe('keyboard', () => {
  beforeAll(async () => {
    await app.page.goto(`${app.origin}/#/`);
    await app.page.waitForSelector('.shell');
    await app.page.bringToFront();
    await useColorScheme(app.page, 'light');
  });

  it('offers "Skip to content" as the first Tab stop, and it moves focus to the page', async () => {
    await app.goto('#/');
    await app.page.waitForSelector('[data-testid="site-row"]');
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press('Tab');
    expect(await focused(app.page)).toBe('a[skip-link]:Skip to content');
    // On screen while focused (it waits above the window otherwise).
    await expect
      .poll(async () => (await app.page.getByTestId('skip-link').boundingBox())?.y)
      .toBeGreaterThanOrEqual(0);
    await app.page.screenshot({ path: join(shots, 'a11y-skip-link-light.png') });
    await app.page.keyboard.press('Enter');
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await app.page.evaluate(() => location.hash)).toBe('#/');
    // The next Tab goes into the page, past the whole sidebar.
    await app.page.keyboard.press('Tab');
    expect(
      await app.page.evaluate(
        () => document.querySelector('.content')?.contains(document.activeElement) ?? false,
      ),
    ).toBe(true);
  });

  it('puts focus on the site’s heading after opening it with Enter', async () => {
    await app.goto('#/');
    await app.page
      .locator(`[data-testid="site-row"][data-site-id="${siteId}"] a.site-name`)
      .focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => focused(app.page)).toBe('h1[site-name]:Spreebogen Office Campus');
    expect(await app.page.evaluate(() => location.hash)).toBe(
      `#/site/${encodeURIComponent(siteId)}`,
    );
  });

  it('chooses the chart range with arrow keys, Home and End, with one Tab stop', async () => {
    await app.goto(`#/site/${siteId}`);
    await app.page.waitForSelector('[data-testid="series-total"]');
    const tabStops = () =>
      app.page
        .locator('[aria-label="Chart range"] [role="radio"]')
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).tabIndex === 0).length);
    expect(await tabStops()).toBe(1);
    await app.page.getByTestId('range-day').focus();
    const steps: [string, string][] = [
      ['ArrowRight', 'week'],
      ['ArrowRight', 'month'],
      ['End', 'lifetime'],
      ['ArrowRight', 'day'],
      ['ArrowLeft', 'lifetime'],
      ['Home', 'day'],
      ['ArrowDown', 'week'],
    ];
    for (const [key, range] of steps) {
      await app.page.keyboard.press(key);
      const site = `#/site/${encodeURIComponent(siteId)}`;
      await expect
        .poll(() => app.page.evaluate(() => location.hash))
        .toBe(range === 'day' ? site : `${site}?range=${range}`);
      await expect
        .poll(() => app.page.getByTestId(`range-${range}`).getAttribute('aria-checked'))
        .toBe('true');
      // Focus stays on the chosen option while the chart reloads.
      expect(await focused(app.page)).toMatch(new RegExp(`^button\\[range-${range}\\]`));
      expect(await tabStops()).toBe(1);
    }
    // Tab leaves the group for the period buttons rather than walking every range.
    await app.page.keyboard.press('Tab');
    expect(await focused(app.page)).not.toMatch(/range-(day|month|year|lifetime)/);
  });

  it('moves a settings choice with arrow keys', async () => {
    await app.goto('#/settings');
    await app.page.waitForSelector('[data-testid="setting-energy-unit-auto"]');
    await app.page.getByTestId('setting-energy-unit-auto').focus();
    await app.page.keyboard.press('ArrowRight');
    expect(await focused(app.page)).toMatch(/^button\[setting-energy-unit-kWh\]/);
    await expect
      .poll(() => app.page.getByTestId('setting-energy-unit-kWh').getAttribute('aria-checked'))
      .toBe('true');
    await expect.poll(() => app.core.settings.get().energyUnit).toBe('kWh');
    await app.page.keyboard.press('ArrowLeft');
    await expect.poll(() => app.core.settings.get().energyUnit).toBe('auto');
  });

  it('types a time with the keyboard alone: Tab between parts, arrows step them', async () => {
    await app.goto('#/settings');
    const hour = app.page.getByTestId('setting-quietFrom-hour');
    await hour.fill('');
    await app.page.getByTestId('setting-quietFrom-minute').fill('');
    await expect.poll(() => app.core.settings.get().quietFrom).toBe('');
    await hour.focus();
    // The US English clock of this run: an empty hour steps up to 12, then down to 11.
    await app.page.keyboard.press('ArrowUp');
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Tab');
    expect(await focused(app.page)).toMatch(/^input\[setting-quietFrom-minute\]/);
    await app.page.keyboard.type('30');
    // AM/PM says which half of the day: PM makes it 23:30.
    expect(await app.page.getByRole('group', { name: 'Quiet from' }).count()).toBe(1);
    await app.page.keyboard.press('Tab');
    expect(await focused(app.page)).toMatch(/^select\[setting-quietFrom-period\]/);
    await app.page.keyboard.press('ArrowDown');
    await expect.poll(() => app.core.settings.get().quietFrom).toBe('23:30');
    const group = app.page.getByRole('group', { name: 'Quiet from' });
    for (const theme of themes) {
      await useColorScheme(app.page, theme);
      expect(
        await group
          .getByRole('textbox')
          .evaluateAll((all) => all.map((i) => (i as HTMLInputElement).value)),
      ).toEqual(['11', '30']);
      await app.page
        .locator('.field', { has: group })
        .screenshot({ path: join(shots, `a11y-time-field-${theme}.png`) });
    }
    await useColorScheme(app.page, 'light');
  });
});

describe('date fields refuse impossible dates in words', () => {
  it('says February has 28 days, marks the day, and blocks the export; axe finds nothing', async () => {
    await app.goto('#/reports');
    await app.page.waitForSelector('[data-testid="export-panel"]');
    await app.page.getByTestId('export-from-day').fill('31');
    await app.page.getByTestId('export-from-month').selectOption('2');
    await app.page.getByTestId('export-from-year').fill('2026');
    const day = app.page.getByRole('group', { name: 'First day' }).getByRole('textbox', {
      name: 'Day',
    });
    expect(await day.getAttribute('aria-invalid')).toBe('true');
    const message = app.page.locator(`[id="${await day.getAttribute('aria-describedby')}"]`);
    expect(await message.innerText()).toBe(
      'February 2026 has only 28 days, so there is no day 31.',
    );
    expect(await app.page.getByTestId('export-xlsx').isDisabled()).toBe(true);
    // Said once, by the field: the card does not add "Enter both dates." under it.
    expect(await app.page.getByText('Enter both dates.').count()).toBe(0);
    for (const theme of themes) {
      await useColorScheme(app.page, theme);
      expect(await axeViolations(app.page)).toEqual([]);
      await app.page
        .getByTestId('export-panel')
        .screenshot({ path: join(shots, `a11y-date-field-invalid-${theme}.png`) });
    }
    await useColorScheme(app.page, 'light');
    await app.page.getByTestId('export-from-day').fill('28');
    expect(await day.getAttribute('aria-invalid')).toBeNull();
    expect(await message.count()).toBe(0);
    expect(await app.page.getByTestId('export-xlsx').isDisabled()).toBe(false);
  });
});
