/** Kiosk mode at 01:35 UTC: sites in their night are marked on the fleet slide, not given slides. */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portfolio } from '../../shared/domain';
import { launchApp, type AppHandle } from '../harness/launch';
import { useColorScheme } from '../harness/color-scheme';

const now = Math.floor(Date.parse('2026-06-17T01:35:00Z') / 1000);
let app: AppHandle;

beforeAll(async () => {
  app = await launchApp({ clock: { now: () => now }, kiosk: true });
  await app.goto('#/');
  await app.page.waitForSelector('.kiosk-tile');
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

describe('kiosk at night', () => {
  it('cycles through the fleet and the sites in daylight only', async () => {
    const answer = (await app.core.dispatch('portfolio.get', {})) as {
      ok: true;
      value: Portfolio;
    };
    const rows = answer.value.rows;
    const asleep = rows.filter((r) => r.daylight.night).length;
    // At 01:35 UTC both night (Europe, the Americas) and day (Asia, Australia) exist.
    expect(asleep).toBeGreaterThan(0);
    expect(asleep).toBeLessThan(rows.length);
    await expect
      .poll(() => app.page.locator('.kiosk-progress span').count())
      .toBe(1 + rows.length - asleep);
    expect(await app.page.getByTestId('kiosk-night').count()).toBe(asleep);
    const shots = resolve('test-results/screenshots');
    mkdirSync(shots, { recursive: true });
    for (const theme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, theme);
      await app.page.screenshot({ path: join(shots, `kiosk-night-${theme}.png`) });
    }
  });
});
