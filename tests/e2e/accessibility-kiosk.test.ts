/**
 * Kiosk mode under axe: the wall display, as it first shows, has no
 * violations in either theme. Its own file because kiosk mode is chosen when the app starts.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../harness/axe';
import { useColorScheme } from '../harness/color-scheme';
import { launchApp, type AppHandle } from '../harness/launch';

const now = Math.floor(Date.parse('2026-06-17T14:00:00Z') / 1000);
const shots = resolve('test-results/screenshots');

let app: AppHandle;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await launchApp({ clock: { now: () => now }, kiosk: true });
  await app.goto('#/');
  await app.page.waitForSelector('.kiosk-tile');
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

describe('kiosk under axe', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`has zero violations in ${theme}`, async () => {
      await useColorScheme(app.page, theme);
      expect(await axeViolations(app.page)).toEqual([]);
      await app.page.screenshot({ path: join(shots, `a11y-kiosk-${theme}.png`) });
    });
  }
});
