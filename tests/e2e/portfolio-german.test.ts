/**
 * The portfolio's "vs expected" dash explains itself in the app's language (issue 12): main writes
 * the reason, and on a German computer it is German. Midsummer 14:00 UTC: the Australian demo
 * sites have just begun a new day with no readings yet, so some rows have no figure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de } from '../../electron/i18n/de';
import { en } from '../../electron/i18n/en';
import { launchApp, type AppHandle } from '../harness/launch';

const now = Math.floor(Date.parse('2026-06-17T14:00:00Z') / 1000);
let app: AppHandle;

beforeAll(async () => {
  app = await launchApp({
    clock: { now: () => now },
    systemLocale: { languages: ['de-DE'], formats: 'de-DE' },
  });
  await app.goto('#/');
  await app.page.waitForSelector('[data-testid="site-row"]');
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

/** The reasons of the cells without a figure. */
async function reasons(): Promise<string[]> {
  const cells = app.page.locator('[data-testid="vs-expected"][data-value=""]');
  return Promise.all((await cells.all()).map(async (cell) => (await cell.getAttribute('title'))!));
}

describe('the vs-expected reason', () => {
  it('is German on a German computer', async () => {
    const shown = await reasons();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toContain(de['insight.vsExpected.noReadings']);
    for (const reason of shown) expect(reason).not.toBe(en['insight.vsExpected.noReadings']);
  });

  it('follows Settings to English at the next answer', async () => {
    await app.core.dispatch('settings.update', { language: 'en' });
    await app.page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect.poll(reasons).toContain(en['insight.vsExpected.noReadings']);
  });
});
