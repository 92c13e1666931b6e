// The language and formats follow the operating system (a German computer shows German words and
// German numbers), and Settings overrides them; <html lang> follows so screen readers read right.
// Main's own sentences (alert summaries, site status details, notifications, the tray) follow too.
// Date, month and time fields follow the app's format locale, not Chromium's (which the harness
// sets to the OS formats), and documents to hand on are written in the app's language.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useColorScheme } from '../harness/color-scheme';
import { fillDate, fillMonth, monthOptions, partOrder } from '../harness/date-fields';
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

/** The date, month and time fields as a person sees them: part order, October's name, AM/PM. */
async function fields() {
  await app.goto('#/reports');
  await app.page.waitForSelector('[data-testid="export-from"]');
  const date = await partOrder(app.page, 'export-from');
  const month = await partOrder(app.page, 'report-month');
  const october = (await monthOptions(app.page, 'export-from'))[9];
  await app.goto('#/settings');
  await app.page.waitForSelector('[data-testid="setting-quietFrom"]');
  const time = await partOrder(app.page, 'setting-quietFrom');
  const periods = await app.page
    .locator('[data-testid="setting-quietFrom-period"] option')
    .allTextContents();
  return { date, month, october, time, periods };
}

describe('language and formats', () => {
  it('follow a German operating system: German words, decimal commas, lang="de"', async () => {
    expect(await lang()).toBe('de');
    expect(await nav()).toContain('Einstellungen');
    // Specific yield always has two decimals: "4,21" in German (the unit is in the header).
    expect(await yieldCell()).toMatch(/^\d+,\d{2}$/);
  });

  it('give German date fields: day before month, German month names, a 24-hour clock', async () => {
    expect(await fields()).toEqual({
      date: ['day', 'month', 'year'],
      month: ['month', 'year'],
      october: 'Oktober',
      time: ['hour', 'minute'],
      periods: [],
    });
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

  it('give US fields in English on this German computer: month first, AM/PM', async () => {
    // Chromium runs with the OS's de-DE here; its own inputs would still say TT.MM.JJJJ.
    expect(await fields()).toEqual({
      date: ['month', 'day', 'year'],
      month: ['month', 'year'],
      october: 'October',
      time: ['hour', 'minute', 'period'],
      periods: ['AM', 'PM'],
    });
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
    // The device list names the tripped inverter as the fault text does.
    const tripRow = app.page.locator('[data-testid="device-row"]', {
      has: app.page.locator('[data-testid="device-status"][data-value="fault"]'),
    });
    await expect
      .poll(() => tripRow.first().locator('.device-label').innerText())
      .toBe('Wechselrichter 3');
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

describe('an English computer with British formats', () => {
  // Chromium runs en-GB (the OS formats); the app is first English (System), then German.
  const november = Math.floor(Date.parse('2026-11-17T12:00:00Z') / 1000);

  beforeAll(async () => {
    // One app at a time: the helpers above read `app`, and afterAll stops this one.
    await app?.stop();
    app = await launchApp({
      clock: { now: () => november },
      systemLocale: { languages: ['en-GB'], formats: 'en-GB' },
    });
  }, 120_000);

  it('gives English names in British order and a 24-hour clock', async () => {
    const shown = await fields();
    expect(await lang()).toBe('en');
    expect(shown).toEqual({
      date: ['day', 'month', 'year'],
      month: ['month', 'year'],
      october: 'October',
      time: ['hour', 'minute'],
      periods: [],
    });
  });

  it('in German, exports a workbook headed in German and prints the report in German', async () => {
    await app.goto('#/settings');
    await app.page.getByTestId('setting-language-de').click();
    await app.page.waitForFunction(() => document.documentElement.lang === 'de');
    expect((await fields()).october).toBe('Oktober');
    await app.goto('#/reports');
    const dates = app.page.locator('.field', { has: app.page.getByTestId('export-from') });
    for (const theme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, theme);
      expect(await partOrder(app.page, 'export-from')).toEqual(['day', 'month', 'year']);
      await dates.screenshot({ path: join(shots, `language-date-field-de-${theme}.png`) });
    }
    await useColorScheme(app.page, 'light');
    await fillDate(app.page, 'export-from', '2026-10-01');
    await fillDate(app.page, 'export-to', '2026-10-31');
    await app.page.click('[data-testid="export-xlsx"]');
    await app.page.waitForSelector('[data-testid="export-status"]');
    const sites = app.core.cache.listSites();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(
      join(app.saveFile.folder, 'enalysis-portfolio-2026-10-01-to-2026-10-31-daily.xlsx'),
    );
    const sheet = workbook.getWorksheet('Ertrag')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 5)).toEqual([
      'Anlage',
      'Anlagen-ID',
      'Land',
      'Zeitzone',
      'Datum (Ortszeit)',
    ]);
    expect(header).toContain('Ertrag (kWh)');
    expect(sheet.rowCount).toBe(1 + sites.length * 31);

    await fillMonth(app.page, 'report-month', '2026-10');
    await app.page.waitForSelector('[data-testid="report-preview"] [data-testid="report-site"]');
    await app.page.click('[data-testid="report-save-pdf"]');
    await app.page.waitForSelector('[data-testid="report-status"]', { timeout: 60_000 });
    const pdf = join(app.saveFile.folder, 'enalysis-report-fleet-2026-10.pdf');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Flottenbericht — Oktober 2026');
    expect(text).toContain('Netzfaktoren: Ember Yearly Electricity Data, 2023');
    expect(text).not.toContain('Grid factors');
  });
});
