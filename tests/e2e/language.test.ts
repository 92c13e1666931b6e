// The language and formats follow the operating system (a German computer shows German words and
// German numbers), and Settings overrides them; <html lang> follows so screen readers read right.
// Main's own sentences (alert summaries, site status details, notifications, the tray) follow too.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useColorScheme } from '../harness/color-scheme';
import { launchApp, type AppHandle } from '../harness/launch';

/** Midsummer afternoon in Europe: the demo inverter trip is in effect. */
const now = Math.floor(Date.parse('2026-06-17T14:00:00Z') / 1000);
const shots = resolve('test-results/screenshots');
const madrid = 'demo:madrid-san-rafael-hospital';
let app: AppHandle;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await launchApp({
    clock: { now: () => now },
    systemLocale: { languages: ['de-DE', 'en-US'], formats: 'de-DE' },
  });
  await app.goto('#/');
  await app.page.waitForSelector('[data-testid="site-row"]');
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

const lang = () => app.page.evaluate(() => document.documentElement.lang);
const nav = () => app.page.getByRole('navigation').first().innerText();
const yieldCell = () => app.page.getByTestId('specific-yield').first().innerText();

describe('language and formats', () => {
  it('follow a German operating system: German words, decimal commas, lang="de"', async () => {
    expect(await lang()).toBe('de');
    expect(await nav()).toContain('Einstellungen');
    // Specific yield always has two decimals: "4,21" in German (the unit is in the header).
    expect(await yieldCell()).toMatch(/^\d+,\d{2}$/);
  });

  it('switch to English when Settings says so, with English formats', async () => {
    await app.goto('#/settings');
    await app.page.getByTestId('setting-language-en').click();
    await app.page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await nav()).toContain('Settings');
    expect(await app.page.getByRole('heading', { level: 1 }).innerText()).toBe('Settings');
    await app.goto('#/');
    await app.page.waitForSelector('[data-testid="site-row"]');
    expect(await yieldCell()).toMatch(/^\d+\.\d{2}$/);
  });

  it('follow the system again when Settings goes back to System', async () => {
    await app.goto('#/settings');
    await app.page.getByTestId('setting-language-system').click();
    await app.page.waitForFunction(() => document.documentElement.lang === 'de');
    expect(await app.page.getByRole('heading', { level: 1 }).innerText()).toBe('Einstellungen');
  });
});

describe("main's sentences in German", () => {
  const tripped =
    /^Wechselrichter 3 von 4 \(.+\) hat am \d+\. \p{L}+ um \d\d:\d\d Uhr Ortszeit mit einem Erdschlussalarm \(Isolationswiderstand\) abgeschaltet; die Anlage erzeugt etwa 75 % ihres erwarteten Ertrags\.$/u;
  const faultSummary = () =>
    app.page
      .locator(`[data-testid="alert-row"][data-rule="device_fault"][data-site="${madrid}"]`)
      .locator('.alert-summary');

  it('the Alerts page says the stored fault in German, in light and dark', async () => {
    await app.goto('#/alerts');
    await faultSummary().waitFor();
    expect(await faultSummary().innerText()).toMatch(tripped);
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, scheme);
      const file = `alerts-main-words-de-${scheme}.png`;
      await app.page.screenshot({ path: join(shots, file), fullPage: true });
      expect(await faultSummary().isVisible(), file).toBe(true);
    }
  });

  it('the site header and the portfolio pill say the status in German, in light and dark', async () => {
    await app.goto(`#/site/${encodeURIComponent(madrid)}`);
    const detail = app.page.getByTestId('status-detail');
    await detail.waitFor();
    expect(await detail.innerText()).toMatch(tripped);
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, scheme);
      const file = `site-status-de-${scheme}.png`;
      await app.page.screenshot({ path: join(shots, file) });
      expect(await detail.isVisible(), file).toBe(true);
    }
    await app.goto('#/');
    const pill = app.page
      .locator('[data-testid="site-row"]', { hasText: 'San Rafael' })
      .locator('.pill')
      .first();
    await expect.poll(() => pill.getAttribute('title')).toMatch(tripped);
  });

  it('notifications and the tray speak German', () => {
    const fault = app.desktop.notifier.sent.find((n) => n.title === 'Gerätestörung');
    expect(fault?.body).toMatch(tripped);
    expect(app.desktop.tray.labels).toEqual({
      open: 'Enalysis öffnen',
      refresh: 'Jetzt aktualisieren',
      pause: 'Aktualisierung anhalten',
      quit: 'Beenden',
      paused: false,
    });
    expect(app.desktop.tray.states.at(-1)?.tooltip).toMatch(
      /^Enalysis: \d+ Warnung(en)? brauch(t|en) Aufmerksamkeit \(eine Störung\)$/,
    );
  });

  it('the same stored alert, the tray menu and its tooltip turn English with the setting', async () => {
    await app.core.dispatch('settings.update', { language: 'en' });
    await app.page.waitForFunction(() => document.documentElement.lang === 'en');
    await app.goto('#/alerts');
    await expect
      .poll(() => faultSummary().innerText())
      .toMatch(
        /^Inverter 3 of 4 \(.+\) tripped on \d+ \w+ at \d\d:\d\d local time with a ground-fault/,
      );
    expect(app.desktop.tray.labels?.open).toBe('Open Enalysis');
    expect(app.desktop.tray.states.at(-1)?.tooltip).toMatch(
      /^Enalysis: \d+ alerts? needs? attention/,
    );
    await app.core.dispatch('settings.update', { language: 'system' });
    await app.page.waitForFunction(() => document.documentElement.lang === 'de');
    expect(app.desktop.tray.labels?.open).toBe('Enalysis öffnen');
  });
});
