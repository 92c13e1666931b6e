/**
 * Time passing with the window open: the core's clock and the page's clock move on together
 * while the app is offline, and every time-dependent figure on screen follows without a reload.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppHandle } from '../harness/launch';

/** 14:00 UTC: Boston and Berlin produce; seventeen hours later Boston is at 03:00 local. */
const start = Math.floor(Date.parse('2026-06-17T14:00:00Z') / 1000);
let now = start;
const clock = { now: () => now };
const shots = resolve('test-results/screenshots');
const boston = 'demo:boston-engineering-hall';
const berlin = 'demo:berlin-spreebogen-office';

let app: AppHandle;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await launchApp({ clock, pinBrowserClock: false });
  // A running fake clock in the page: time flows, and the test can jump it forward.
  await app.context.clock.install({ time: start * 1000 });
  await app.goto('#/');
  await app.page.waitForSelector('[data-testid="site-row"]');
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

function row(siteId: string) {
  return app.page.locator(`[data-testid="site-row"][data-site-id="${siteId}"]`);
}

async function numberAt(selector: string, within = app.page.locator('body')): Promise<number> {
  return Number(await within.locator(selector).first().getAttribute('data-value'));
}

function fleetToday(at: number): number {
  return app.core.cache.snapshot(at).reduce((sum, s) => sum + s.todayWh, 0);
}

describe('seventeen hours offline with the window open', () => {
  it('starts with today’s figures and live power', async () => {
    await expect.poll(() => numberAt('[data-testid="kpi-today"]')).toBe(fleetToday(start));
    expect(await numberAt('[data-testid="current-power"]', row(boston))).toBeGreaterThan(0);
    await expect
      .poll(() => app.page.getByTestId('sync-last-run').textContent())
      .toContain('just now');
  });

  it('re-derives today, now, stale marks and “last update” without a reload', async () => {
    app.network.set(false);
    now = start + 17 * 3600;
    await app.page.clock.fastForward('17:00:00');

    const expected = fleetToday(now);
    expect(expected).not.toBe(fleetToday(start));
    await expect.poll(() => numberAt('[data-testid="kpi-today"]')).toBe(expected);
    await expect.poll(() => numberAt('[data-testid="current-power"]', row(boston))).toBe(0);
    await expect.poll(() => numberAt('[data-testid="kpi-current"]')).toBe(0);
    await expect.poll(() => row(berlin).getAttribute('data-stale')).toBe('true');
    await expect
      .poll(() => app.page.getByTestId('sync-last-run').textContent())
      .toContain('17 h ago');
    await expect.poll(() => app.page.getByTestId('offline-banner').isVisible()).toBe(true);
  });
});
