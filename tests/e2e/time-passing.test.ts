/**
 * Time passing with the window open: the core's clock and the page's clock move on together
 * while the app is offline, and every time-dependent figure on screen follows without a reload.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppHandle } from '../harness/launch';

/**
 * 22:30 UTC: Tokyo's morning of the 18th while Boston's afternoon of the 17th still runs;
 * seventeen hours later Tokyo is at 00:30 local and its morning power is long gone.
 */
const start = Math.floor(Date.parse('2026-06-17T22:30:00Z') / 1000);
let now = start;
const clock = { now: () => now };
const shots = resolve('test-results/screenshots');
const tokyo = 'demo:tokyo-setagaya-market';
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
    expect(await numberAt('[data-testid="current-power"]', row(tokyo))).toBeGreaterThan(0);
    await expect
      .poll(() => app.page.getByTestId('sync-last-run').textContent())
      .toContain('just now');
  });

  it('draws every date still running in some site’s zone as “so far”', async () => {
    // Tokyo, Sydney and Perth are on the 18th while the US sites' 17th is still running.
    await app.page.getByTestId('fleet-chart-toggle').click();
    await app.page.waitForSelector('[data-testid="fleet-chart"] path[data-running="true"]');
    const running = await app.page
      .locator('[data-testid="fleet-chart"] path[data-running="true"]')
      .evaluateAll((bars) => bars.map((b) => b.getAttribute('data-date')));
    expect(running).toEqual(['2026-06-17', '2026-06-18']);
    await expect
      .poll(() => app.page.getByTestId('fleet-chart').textContent())
      .toMatch(/(May|Jun) \d+/);
  });

  it('re-derives today, now, stale marks and “last update” without a reload', async () => {
    app.network.set(false);
    now = start + 17 * 3600;
    await app.page.clock.fastForward('17:00:00');

    const expected = fleetToday(now);
    expect(expected).not.toBe(fleetToday(start));
    await expect.poll(() => numberAt('[data-testid="kpi-today"]')).toBe(expected);
    await expect.poll(() => numberAt('[data-testid="current-power"]', row(tokyo))).toBe(0);
    await expect.poll(() => numberAt('[data-testid="kpi-current"]')).toBe(0);
    await expect.poll(() => row(berlin).getAttribute('data-stale')).toBe('true');
    await expect
      .poll(() => app.page.getByTestId('sync-last-run').textContent())
      .toContain('17 h ago');
    await expect.poll(() => app.page.getByTestId('offline-banner').isVisible()).toBe(true);
  });
});
