/**
 * Alerts end to end on the demo fleet: the tripped demo inverter is an open alert on the Alerts
 * page with a badge in the sidebar; acknowledging it clears the badge; the alert stays listed.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppHandle } from '../harness/launch';

/** Midsummer afternoon in Berlin (the demo trip is in effect then). */
const now = Math.floor(Date.parse('2026-06-17T14:00:00Z') / 1000);
const shots = resolve('test-results/screenshots');
let app: AppHandle;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await launchApp({ clock: { now: () => now } });
  await app.goto('#/alerts');
  await app.page.waitForSelector('[data-testid="alert-row"]', { timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

describe('demo alerts', () => {
  it('lists the tripped inverter as an open device fault with a sidebar badge', async () => {
    const faulted = app.core.cache.listSites().filter((s) => s.status === 'fault');
    expect(faulted.length).toBeGreaterThan(0);
    const rows = app.page.locator('[data-testid="alert-row"][data-rule="device_fault"]');
    await expect.poll(() => rows.count()).toBe(faulted.length);
    expect(await rows.first().getAttribute('data-site')).toBe(faulted[0]!.id);
    await expect
      .poll(() => app.page.locator('[data-testid="alerts-badge"]').textContent())
      .toBe(String(app.core.watch.state().unseen));
  });

  it('saves the alerts page in light and dark, each in its own colours', async () => {
    const backgrounds: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await app.page.evaluate((theme) => (document.documentElement.dataset.theme = theme), scheme);
      await app.page.screenshot({ path: join(shots, `alerts-${scheme}.png`), fullPage: true });
      backgrounds.push(
        await app.page
          .locator('[data-testid="alerts-table"]')
          .evaluate((el) => getComputedStyle(el.closest('.card')!).backgroundColor),
      );
    }
    expect(backgrounds[0]).not.toBe(backgrounds[1]);
    await app.page.evaluate(() => delete document.documentElement.dataset.theme);
  });

  it('acknowledging every open alert clears the badge but keeps them listed', async () => {
    const buttons = app.page.getByRole('button', { name: 'Acknowledge' });
    while ((await buttons.count()) > 0) {
      await buttons.first().click();
      await expect.poll(() => app.core.watch.state().unseen).toBeLessThan(99);
      await app.page.waitForTimeout(50);
    }
    await expect.poll(() => app.page.locator('[data-testid="alerts-badge"]').count()).toBe(0);
    expect(app.core.watch.state().state).toBe('fine');
    expect(await app.page.locator('[data-testid="alert-row"]').count()).toBeGreaterThan(0);
  });
});
