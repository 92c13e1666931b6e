/**
 * A site at its night and at its noon, in both themes and at both window sizes: the night shows
 * the site's local time, sunrise and sunset and the last full day instead of an empty grid; the
 * year compares only what has data on both sides. Screenshots go with assertions.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, endOfLocalDay, localDateOf, startOfLocalDay } from '../../shared/time';
import { launchApp, type AppHandle } from '../harness/launch';
import { useColorScheme } from '../harness/color-scheme';

/** 03:35 in Berlin on 17 June: an hour before sunrise. */
const night = Math.floor(Date.parse('2026-06-17T01:35:00Z') / 1000);
/** 12:00 in Berlin the same day. */
const noon = Math.floor(Date.parse('2026-06-17T10:00:00Z') / 1000);
let now = night;
const clock = { now: () => now };
const shots = resolve('test-results/screenshots');
const siteId = 'demo:berlin-spreebogen-office';
const zone = 'Europe/Berlin';
const sizes = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

let app: AppHandle;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await launchApp({ clock });
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

/** Screenshots of the page as it is, in both themes and both sizes. */
async function shoot(name: string): Promise<void> {
  for (const size of sizes) {
    await app.page.setViewportSize(size);
    for (const theme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, theme);
      await app.page.screenshot({
        path: join(shots, `${name}-${theme}-${size.width}.png`),
        fullPage: true,
      });
    }
  }
  await app.page.setViewportSize(sizes[0]!);
  await useColorScheme(app.page, 'light');
}

function dayWh(date: string): number {
  return app.core.cache
    .intervals(siteId, startOfLocalDay(date, zone), endOfLocalDay(date, zone))
    .reduce((sum, i) => sum + i.wh, 0);
}

async function value(testId: string, name = 'data-value'): Promise<string | null> {
  return app.page.getByTestId(testId).first().getAttribute(name);
}

describe('at the site’s night', () => {
  it('shows the portfolio without yesterday’s power', async () => {
    await app.goto('#/');
    const row = app.page.locator(`[data-testid="site-row"][data-site-id="${siteId}"]`);
    await expect
      .poll(() => row.locator('[data-testid="current-power"]').getAttribute('data-value'))
      .toBe('0');
    await shoot('night-portfolio');
  });

  it('shows local time, sunrise and sunset, and the last full day instead of an empty grid', async () => {
    await app.goto(`#/site/${siteId}`);
    const yesterday = addDays(localDateOf(night, zone), -1);
    await expect.poll(() => value('night-notice', 'data-day')).toBe(yesterday);
    await expect
      .poll(() => app.page.getByTestId('site-daylight').textContent())
      .toMatch(/^03:35 local time · sunrise 04:4\d · sunset 21:3\d$/);
    await expect
      .poll(async () => Number(await value('series-total')))
      .toBeCloseTo(dayWh(yesterday), 6);
    const change = (await app.page.getByTestId('series-change').textContent()) ?? '';
    expect(change).not.toMatch(/^No previous day/);
    expect(change).toContain('vs previous day');
    await app.page.waitForSelector('[data-testid="site-chart"] svg');
    await shoot('night-site-day');
  });

  it('compares the year only on days with data on both sides', async () => {
    await app.page.click('[data-testid="range-year"]');
    await app.page.waitForSelector('[data-testid="site-chart"] svg');
    // The demo's history starts a year ago today: no day of this year has a counterpart yet.
    await expect
      .poll(() => app.page.getByTestId('series-change').textContent())
      .toBe('No previous year with data to compare with ');
    await shoot('night-site-year');
  });
});

describe('at the site’s noon', () => {
  beforeAll(async () => {
    now = noon;
    await app.context.clock.setFixedTime(noon * 1000);
    await app.core.scheduler.refreshNow();
    await app.goto(`#/site/${siteId}`);
    await app.page.reload();
  }, 60_000);

  it('shows today’s curve, no night notice, and the day compared at this time', async () => {
    await app.goto(`#/site/${siteId}`);
    const today = localDateOf(noon, zone);
    await expect.poll(async () => Number(await value('series-total'))).toBeCloseTo(dayWh(today), 6);
    expect(await app.page.getByTestId('night-notice').count()).toBe(0);
    expect(await value('site-daylight', 'data-night')).toBe('false');
    expect(await app.page.getByTestId('site-daylight').textContent()).toMatch(/^12:00 local time/);
    await expect
      .poll(() => app.page.getByTestId('series-change').textContent())
      .toMatch(/^vs previous day at this time /);
    await app.page.waitForSelector('[data-testid="site-chart"] svg');
    await shoot('noon-site-day');
  });

  it('shows the year and the portfolio at noon', async () => {
    await app.page.click('[data-testid="range-year"]');
    await app.page.waitForSelector('[data-testid="site-chart"] svg');
    await expect
      .poll(() => app.page.getByTestId('series-change').textContent())
      .toMatch(/^vs Jun 17, 2025 · 1 day with data on both sides|^No previous year/);
    // The harness asks for reduced motion: bars must not slide after a resize mid-screenshot.
    expect(await value('site-chart', 'data-animated')).toBe('false');
    await shoot('noon-site-year');
    await app.goto('#/');
    const row = app.page.locator(`[data-testid="site-row"][data-site-id="${siteId}"]`);
    await expect
      .poll(async () =>
        Number(await row.locator('[data-testid="current-power"]').getAttribute('data-value')),
      )
      .toBeGreaterThan(0);
    await shoot('noon-portfolio');
  });
});
