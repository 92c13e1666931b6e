/**
 * The devices section of the site page, end to end on the demo fleet: inverters grouped by model
 * with "N of M reporting", the tripped inverter visible while its group is collapsed and named
 * exactly as its alert names it, per-device output where the demo has it, expand and collapse,
 * a compact layout at 1280×800, zero axe violations, screenshots in both themes at two sizes.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../harness/axe';
import { useColorScheme } from '../harness/color-scheme';
import { launchApp, type AppHandle } from '../harness/launch';

/** 09:00 in Madrid (its inverter 3 tripped 24 days ago), 15:00 in Perth: both producing. */
const now = Math.floor(Date.parse('2026-06-17T07:00:00Z') / 1000);
const shots = resolve('test-results/screenshots');
const madrid = 'demo:madrid-san-rafael-hospital';
const perth = 'demo:perth-fremantle-library';
const sizes = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
let app: AppHandle;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await launchApp({ clock: { now: () => now } });
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

async function openSite(siteId: string) {
  await app.goto(`#/site/${encodeURIComponent(siteId)}`);
  await app.page.waitForSelector('[data-testid="device-group"]', { timeout: 60_000 });
  return app.page.getByTestId('devices');
}

const group = (model: string) =>
  app.page.locator(`[data-testid="device-group"][data-model="${model}"]`);

describe('devices of a site with a tripped inverter (Madrid)', () => {
  it('shows the tripped inverter under its collapsed group, named as its alert names it', async () => {
    const section = await openSite(madrid);
    const inverters = group('Huawei SUN2000-100KTL-M1');
    await expect
      .poll(() => inverters.getByTestId('device-group-summary').textContent())
      .toBe('3 of 4 reporting');
    expect(await inverters.getByTestId('device-group-toggle').getAttribute('aria-expanded')).toBe(
      'false',
    );
    // Collapsed: only the device needing attention is listed.
    const rows = inverters.getByTestId('device-row');
    expect(await rows.count()).toBe(1);
    const label = await rows.first().getAttribute('data-label');
    expect(label).toBe('Inverter 3');
    expect(await rows.first().getByTestId('device-status').getAttribute('data-value')).toBe(
      'fault',
    );
    await expect.poll(() => rows.first().textContent()).toContain('Not reporting');
    // Its alert on the same page names the same inverter the same way.
    const alert = app.page.locator(
      '[data-testid="site-alerts"] [data-testid="alert-row"][data-rule="device_fault"]',
    );
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain(`${label} of 4 (Huawei SUN2000-100KTL-M1) tripped`);
    expect(await section.getByTestId('device-rule').textContent()).toBe(
      'Reporting: sent data within 10 min before this list was read just now.',
    );
    for (const theme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, theme);
      await section.screenshot({ path: join(shots, `site-devices-fault-${theme}.png`) });
      // The fault stays the one visible row in either theme, its summary in the alarm colour.
      expect(await rows.count()).toBe(1);
      expect(
        await inverters
          .getByTestId('device-group-summary')
          .evaluate((el) => el.classList.contains('device-group-summary-bad')),
      ).toBe(true);
    }
    await useColorScheme(app.page, 'light');
  });

  it('expands to every inverter with its output; the tripped one reports 0 W', async () => {
    const inverters = group('Huawei SUN2000-100KTL-M1');
    await inverters.getByTestId('device-group-toggle').click();
    expect(await inverters.getByTestId('device-group-toggle').getAttribute('aria-expanded')).toBe(
      'true',
    );
    const rows = inverters.getByTestId('device-row');
    await expect.poll(() => rows.count()).toBe(4);
    expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-label')))).toEqual(
      ['Inverter 3', 'Inverter 1', 'Inverter 2', 'Inverter 4'],
    );
    const power = await inverters.getByTestId('device-power').allTextContents();
    expect(power[0]).toBe('0\u00a0W');
    for (const text of power.slice(1)) expect(text).toMatch(/^[\d.,]+\u00a0kW$/);
    // The gateway has no output figures: no column, no invented zero.
    const gateway = group('Solar-Log Base 100 gateway');
    await gateway.getByTestId('device-group-toggle').click();
    await expect.poll(() => gateway.getByTestId('device-row').count()).toBe(1);
    expect(await gateway.getByTestId('device-power').count()).toBe(0);
    expect(await gateway.getByTestId('device-group-power').textContent()).toBe('');
    for (const theme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, theme);
      expect(await axeViolations(app.page)).toEqual([]);
    }
    await useColorScheme(app.page, 'light');
  });
});

describe('devices of a 54-micro site with two models (Perth)', () => {
  it('reads as two compact group lines that expand to the micros and collapse again', async () => {
    const section = await openSite(perth);
    const first = group('Enphase IQ8A');
    const second = group('Enphase IQ8PLUS');
    await expect
      .poll(() => first.getByTestId('device-group-summary').textContent())
      .toBe('36 of 36 reporting');
    expect(await second.getByTestId('device-group-summary').textContent()).toBe(
      '18 of 18 reporting',
    );
    expect(await section.getByTestId('device-row').count()).toBe(0);
    expect(await first.getByTestId('device-group-energy').textContent()).toMatch(/ today$/);
    // Four group lines and the rule: far from the old 4,000 px table.
    const collapsed = (await section.boundingBox())!.height;
    expect(collapsed).toBeLessThan(320);

    await first.getByTestId('device-group-toggle').click();
    await expect.poll(() => first.getByTestId('device-row').count()).toBe(36);
    expect(await first.getByTestId('device-row').first().getAttribute('data-label')).toBe(
      'Inverter 1',
    );
    expect(await second.getByTestId('device-row').count()).toBe(0);
    // The open list scrolls inside the card instead of stretching the page by 36 rows.
    const open = (await section.boundingBox())!.height;
    expect(open).toBeLessThan(collapsed + 400);
    for (const theme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, theme);
      expect(await axeViolations(app.page)).toEqual([]);
    }
    await useColorScheme(app.page, 'light');

    await first.getByTestId('device-group-toggle').click();
    await expect.poll(() => first.getByTestId('device-row').count()).toBe(0);
  });

  it('saves screenshots at 1280×800 and 1920×1080 in both themes, each in its own colours', async () => {
    const section = await openSite(perth);
    await group('Enphase IQ8PLUS').getByTestId('device-group-toggle').click();
    await expect.poll(() => group('Enphase IQ8PLUS').getByTestId('device-row').count()).toBe(18);
    for (const size of sizes) {
      await app.page.setViewportSize(size);
      const colours: string[] = [];
      for (const theme of ['light', 'dark'] as const) {
        await useColorScheme(app.page, theme);
        await section.scrollIntoViewIfNeeded();
        await app.page.screenshot({
          path: join(shots, `site-devices-${size.width}x${size.height}-${theme}.png`),
        });
        colours.push(await section.evaluate((el) => getComputedStyle(el).backgroundColor));
        // Group lines never wrap: each stays one compact line at this size.
        const heights = await section
          .locator('.device-group-head')
          .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
        expect(Math.max(...heights)).toBeLessThanOrEqual(48);
      }
      expect(colours[0]).not.toBe(colours[1]);
    }
    await app.page.setViewportSize(sizes[0]);
    await useColorScheme(app.page, 'light');
  });

  it('reads in German when Settings says so: summary, rule and headings, screenshots in both themes', async () => {
    await app.goto('#/settings');
    await app.page.getByTestId('setting-language-de').click();
    await app.page.waitForFunction(() => document.documentElement.lang === 'de');
    const section = await openSite(madrid);
    const inverters = group('Huawei SUN2000-100KTL-M1');
    await expect
      .poll(() => inverters.getByTestId('device-group-summary').textContent())
      .toBe('3 von 4 melden');
    expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe('Geräte');
    expect(await section.getByTestId('device-rule').textContent()).toMatch(/^Meldend: /);
    expect(await inverters.getByTestId('device-row').first().textContent()).toContain(
      'Meldet nicht',
    );
    for (const theme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, theme);
      await section.screenshot({ path: join(shots, `site-devices-de-${theme}.png`) });
      expect(await axeViolations(app.page)).toEqual([]);
    }
    await useColorScheme(app.page, 'light');
    await app.goto('#/settings');
    await app.page.getByTestId('setting-language-en').click();
    await app.page.waitForFunction(() => document.documentElement.lang === 'en');
  });
});
