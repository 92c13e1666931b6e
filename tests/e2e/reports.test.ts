/**
 * Reports and exports end to end: the real core with the demo fleet (plus one site with a
 * hostile name), the real renderer in Chromium, the PDF printed by Chromium and read back with
 * poppler's pdftotext, the workbook read back with exceljs. Every figure is compared with the cache.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedWhBetween } from '../../electron/insight/expected';
import { DemoProvider, demoSiteSpecs } from '../../electron/providers/demo';
import { formatNumber } from '../../shared/format';
import type { Report } from '../../shared/report';
import { endOfLocalDay, startOfLocalDay } from '../../shared/time';
import { fillDate, fillMonth } from '../harness/date-fields';
import { launchApp, type AppHandle } from '../harness/launch';

const now = Math.floor(Date.parse('2026-11-17T12:00:00Z') / 1000);
const clock = { now: () => now };
const shots = resolve('test-results/screenshots');
const hostileName = '=HYPERLINK("http://x","y")';
const hostile = { ...demoSiteSpecs[2]!, slug: 'hostile-name', name: hostileName };
const month = '2026-10';

let app: AppHandle;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await launchApp({
    clock,
    demoProvider: new DemoProvider({ clock, sites: [...demoSiteSpecs, hostile] }),
  });
  await app.goto('#/reports');
  await app.page.waitForSelector('[data-testid="export-panel"]');
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

/** The injected fault: Denver's array tripped for a day in October. */
const faultSite = 'demo:denver-lincoln-high';
const faultStart = Math.floor(Date.parse('2026-10-12T08:00:00-06:00') / 1000);
const faultEnd = Math.floor(Date.parse('2026-10-13T07:30:00-06:00') / 1000);
const faultLostWh = 41_250;

/** Stores the fault's alert the way the evaluator does (the evaluator only judges today). */
function injectFault(): void {
  app.core.cache.alerts.write(
    {
      rule: 'zero_production',
      subject: `site:${faultSite}`,
      siteId: faultSite,
      severity: 'fault',
      startAt: faultStart,
      endAt: faultEnd,
      summary: 'No production since 08:00.',
      evidence: {},
      lostWh: faultLostWh,
      lostWindow: faultStart,
    },
    faultStart,
  );
}

/** Each visible site's October energy, straight from the cache. */
function octoberWh(): Map<string, number> {
  const out = new Map<string, number>();
  for (const site of app.core.cache.listSites()) {
    const days = app.core.cache.daily(site.id, '2026-10-01', '2026-10-31');
    out.set(
      site.id,
      days.reduce((sum, d) => sum + d.wh, 0),
    );
  }
  return out;
}

describe('fleet report as PDF', () => {
  it('prints every site’s October energy, equal to the cache, and the pages look right', async () => {
    injectFault();
    await app.page.selectOption('[data-testid="report-scope"]', 'fleet');
    await fillMonth(app.page, 'report-month', month);
    await app.page.waitForSelector('[data-testid="report-preview"] [data-testid="report-site"]');
    await app.page.click('[data-testid="report-save-pdf"]');
    await app.page.waitForSelector('[data-testid="report-status"]', { timeout: 60_000 });
    expect(await app.page.textContent('[data-testid="report-status"]')).toBe(
      'Saved enalysis-report-fleet-2026-10.pdf.',
    );
    const pdfPath = join(app.saveFile.folder, 'enalysis-report-fleet-2026-10.pdf');
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const energies = octoberWh();
    expect(energies.size).toBe(demoSiteSpecs.length + 1);
    for (const [siteId, wh] of energies) {
      expect(wh, siteId).toBeGreaterThan(0);
      expect(text, siteId).toContain(formatNumber(wh / 1000, 1));
    }
    const total = [...energies.values()].reduce((a, b) => a + b, 0);
    expect(text).toContain(formatNumber(total / 1000, 1));
    expect(text).toContain('Fleet report — October 2026');
    expect(text).toContain(hostileName);
    // Expected and the performance index, per site, as electron/insight computes them.
    const lines = text.split('\n').map((l) => l.replace(/\u00a0/g, ' '));
    let expectedTotal = 0;
    for (const site of app.core.cache.listSites()) {
      const start = startOfLocalDay('2026-10-01', site.timeZone);
      const end = endOfLocalDay('2026-10-31', site.timeZone);
      const expected = expectedWhBetween(site, start, end, app.core.watch.ratioFor(site));
      expectedTotal += expected;
      const wh = energies.get(site.id)!;
      const row = lines.find((l) => l.includes(` ${formatNumber(wh / 1000, 1)} `));
      expect(row, site.id).toContain(` ${formatNumber(expected / 1000, 1)} `);
      expect(row, site.id).toContain(` ${formatNumber((wh / expected) * 100, 0)} %`);
    }
    const fleetIndex = `${formatNumber((total / expectedTotal) * 100, 0)} %`;
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain(
      `produced ${formatNumber(total / 1000, 1)} kWh where ${formatNumber(expectedTotal / 1000, 1)} kWh was expected: a performance index of ${fleetIndex}`,
    );
    // The fault's alert, in Denver's time, with the energy it lost.
    const alertRow = lines.find((l) => l.includes('No production'));
    expect(alertRow).toContain('2026-10-12 08:00');
    expect(alertRow).toContain('2026-10-13 07:30');
    expect(alertRow).toContain(formatNumber(faultLostWh / 1000, 1));
    expect(text).toContain(`cost ${formatNumber(faultLostWh / 1000, 1)} kWh in all`);
    // No prices yet: the report says so rather than presenting nothing saved as a result.
    expect(text).toContain('no prices set');
    // Pages as images, to be looked at (see the report of this change).
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(shots, 'report-fleet-2026-10')]);
  });

  it('shows the same figures in the preview, in both themes', async () => {
    const cells = await app.page
      .locator('[data-testid="report-preview"] [data-testid="report-site"]')
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-site'), Number(r.getAttribute('data-wh'))]),
      );
    expect(new Map(cells as [string, number][])).toEqual(octoberWh());
    await shootBothThemes(
      'reports-page',
      '[data-testid="report-preview"] [data-testid="report-site"]',
    );
  });
});

/**
 * Screenshots of the current page in the app's light and dark themes, each checked. Forced
 * through the app's own theme setting: emulated colour schemes do not reliably re-resolve
 * light-dark() colours in headless Chromium.
 */
async function shootBothThemes(name: string, ready: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await app.core.dispatch('settings.update', { theme });
    // A fresh load: colours computed once in the new theme, not re-resolved in place.
    await app.page.reload();
    await app.page.waitForSelector(`html[data-theme="${theme}"] ${ready}`);
    const text = await app.page.$eval('h1', (h) => getComputedStyle(h).color);
    // Headings are near-black in light and near-white in dark.
    expect(text).toBe(theme === 'light' ? 'rgb(22, 27, 34)' : 'rgb(231, 234, 238)');
    await app.page.screenshot({ path: join(shots, `${name}-${theme}.png`), fullPage: true });
  }
  await app.core.dispatch('settings.update', { theme: 'system' });
}

describe('print layout', () => {
  it('is light even when the app is set to dark', async () => {
    await app.core.dispatch('settings.update', { theme: 'dark' });
    // Not app.goto: the print layout has no shell to wait for.
    await app.page.goto(`${app.origin}/#/report?scope=fleet&period=2026-10`);
    await app.page.waitForSelector('html[data-theme="dark"][data-report-ready="true"]');
    expect(await app.page.$eval('h1', (h) => getComputedStyle(h).color)).toBe('rgb(22, 27, 34)');
    expect(await app.page.$('.sidebar')).toBeNull();
    await app.page.screenshot({ path: join(shots, 'report-print-route-dark-setting.png') });
    await app.core.dispatch('settings.update', { theme: 'system' });
  });
});

describe('availability', () => {
  it('is judged on the days with 5-minute data: the running month has it, October does not', async () => {
    const november = await app.core.dispatch('reports.get', { scope: 'fleet', period: '2026-11' });
    const value = (november as { ok: true; value: { totals: { availability: number | null } } })
      .value;
    // The demo fleet delivers every interval; the faulty site still reports its zeros.
    expect(value.totals.availability).toBeGreaterThan(0.95);
    expect(value.totals.availability).toBeLessThanOrEqual(1);
    const october = await app.core.dispatch('reports.get', { scope: 'fleet', period: '2026-10' });
    expect(october).toMatchObject({ ok: true, value: { totals: { availability: null } } });
  });
});

describe('alerts in the report', () => {
  it('lists the alerts the fleet watch raised this month, with the energy each lost', async () => {
    app.core.watch.evaluate();
    const zones = new Map(app.core.cache.listSites().map((s) => [s.id, s.timeZone]));
    const inNovember = (siteId: string | null, startAt: number, endAt: number | null) => {
      const zone = siteId === null ? undefined : zones.get(siteId);
      return (
        zone !== undefined &&
        startAt < endOfLocalDay('2026-11-30', zone) &&
        (endAt ?? Infinity) > startOfLocalDay('2026-11-01', zone)
      );
    };
    const stored = app.core.cache.alerts
      .list({})
      .filter((a) => inNovember(a.siteId, a.startAt, a.endAt));
    // The demo fleet's faulty site gives the watch something real to find.
    expect(stored.length).toBeGreaterThan(0);
    const reply = (await app.core.dispatch('reports.get', {
      scope: 'fleet',
      period: '2026-11',
    })) as { ok: true; value: Report };
    const listed = reply.value.alerts.map((a) => [a.siteId, a.rule, a.startAt, a.lostKwh]);
    expect(listed).toEqual(
      expect.arrayContaining(stored.map((a) => [a.siteId, a.rule, a.startAt, a.lostKwh])),
    );
    expect(listed).toHaveLength(stored.length);
    expect(reply.value.totals.lostKwh).toBeCloseTo(
      stored.reduce((sum, a) => sum + a.lostKwh, 0),
      9,
    );
  });
});

describe('money and CO2', () => {
  it('values a site’s month with the fleet default, then with its own price', async () => {
    await app.goto('#/settings');
    await app.page.waitForSelector('[data-testid="economics-settings"]');
    await app.page.fill('[data-testid="fleet-rates-price"]', '0,30');
    await app.page.fill('[data-testid="fleet-rates-feedIn"]', '0.08');
    await app.page.fill('[data-testid="fleet-rates-sharePercent"]', '70');
    await app.page.click('[data-testid="fleet-rates-save"]');
    await app.page.waitForSelector('[data-testid="economics-settings"] >> text=Saved.');
    await app.page.fill('[data-testid="setting-currency"]', 'eur');
    await app.page.click('h1');
    await expect
      .poll(() => app.core.dispatch('economics.get', {}))
      .toMatchObject({ ok: true, value: { currency: 'EUR' } });
    await shootBothThemes('settings-money', '[data-testid="fleet-rates-price"]');

    const siteId = 'demo:denver-lincoln-high';
    const kwh = (octoberWh().get(siteId) ?? 0) / 1000;
    await app.goto(`#/site/${encodeURIComponent(siteId)}?range=month&anchor=2026-10-15`);
    const value = app.page.locator('[data-testid="site-value"]');
    await expect.poll(() => value.getAttribute('data-savings')).not.toBeNull();
    // 70 % used at 0.30, 30 % exported at 0.08; the US is not in the table: world average.
    expect(Number(await value.getAttribute('data-savings'))).toBeCloseTo(
      kwh * (0.7 * 0.3 + 0.3 * 0.08),
      6,
    );
    expect(Number(await value.getAttribute('data-co2'))).toBeCloseTo(kwh * 0.481, 6);
    expect(await value.textContent()).toContain('€');

    await app.page.fill('[data-testid="site-rates-price"]', '0.40');
    await app.page.click('[data-testid="site-rates-save"]');
    await expect
      .poll(async () => Number(await value.getAttribute('data-savings')))
      .toBeCloseTo(kwh * (0.7 * 0.4 + 0.3 * 0.08), 6);
    await shootBothThemes('site-money', '[data-testid="site-value"]');
  }, 90_000);
});

describe('monthly report', () => {
  it('writes last month’s fleet report into the chosen folder as soon as it is turned on', async () => {
    await app.goto('#/reports');
    await app.page.click('[data-testid="monthly-folder"]');
    await app.page.waitForSelector('[data-testid="monthly-enabled"]:not([disabled])');
    const before = app.saveFile.written.length;
    // The switch's input is drawn by its label; click the way a person does.
    await app.page.click('label:has([data-testid="monthly-enabled"])');
    // Now is 17 November: October is due and has not been written yet.
    await expect
      .poll(() => app.saveFile.written.slice(before), { timeout: 60_000 })
      .toEqual([join(app.saveFile.folder, 'enalysis-report-fleet-2026-10.pdf')]);
    await expect
      .poll(() => app.core.dispatch('reports.monthly', {}))
      .toMatchObject({ ok: true, value: { enabled: true, lastWritten: '2026-10' } });
    const text = execFileSync('pdftotext', [app.saveFile.written.at(-1)!, '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain('Fleet report — October 2026');
  });
});

describe('portfolio export', () => {
  it('writes an Excel workbook with one row per site and day, values equal to the cache, names as text', async () => {
    await app.goto('#/reports');
    await fillDate(app.page, 'export-from', '2026-10-01');
    await fillDate(app.page, 'export-to', '2026-10-31');
    await app.page.click('[data-testid="setting-export-granularity-day"]');
    await app.page.click('[data-testid="export-xlsx"]');
    await app.page.waitForSelector('[data-testid="export-status"]');
    const sites = app.core.cache.listSites();
    expect(await app.page.textContent('[data-testid="export-status"]')).toBe(
      `Saved enalysis-portfolio-2026-10-01-to-2026-10-31-daily.xlsx (${sites.length * 31} rows).`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(
      join(app.saveFile.folder, 'enalysis-portfolio-2026-10-01-to-2026-10-31-daily.xlsx'),
    );
    const sheet = workbook.getWorksheet('Production')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('Energy (kWh)');
    expect(sheet.rowCount).toBe(1 + sites.length * 31);
    const energyColumn = header.indexOf('Energy (kWh)') + 1;
    const byKey = new Map<string, number>();
    let hostileCell: ExcelJS.Cell | null = null;
    sheet.eachRow((row, index) => {
      if (index === 1) return;
      byKey.set(
        `${String(row.getCell(2).value)}|${String(row.getCell(5).value)}`,
        Number(row.getCell(energyColumn).value),
      );
      if (row.getCell(2).value === 'demo:hostile-name') hostileCell = row.getCell(1);
    });
    for (const site of sites) {
      for (const day of app.core.cache.daily(site.id, '2026-10-01', '2026-10-31')) {
        expect(byKey.get(`${site.id}|${day.localDate}`), `${site.id} ${day.localDate}`).toBe(
          Math.round(day.wh) / 1000,
        );
      }
    }
    const cell = hostileCell as ExcelJS.Cell | null;
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe(hostileName);
  });

  it('writes a CSV of chosen sites per month in which the hostile name is defused text', async () => {
    await app.page.click('[data-testid="export-all"]');
    await app.page.click('[data-testid="export-site-demo:hostile-name"]');
    await app.page.click('[data-testid="export-site-demo:denver-lincoln-high"]');
    await app.page.click('[data-testid="setting-export-granularity-month"]');
    await app.page.click('[data-testid="export-csv-file"]');
    await expect
      .poll(() => app.page.textContent('[data-testid="export-status"]'))
      .toBe('Saved enalysis-portfolio-2026-10-01-to-2026-10-31-monthly.csv (2 rows).');
    const csv = readFileSync(
      join(app.saveFile.folder, 'enalysis-portfolio-2026-10-01-to-2026-10-31-monthly.csv'),
      'utf8',
    );
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('Energy (kWh)');
    const hostileLine = lines.find((l) => l.includes('demo:hostile-name'))!;
    expect(hostileLine.startsWith(`"'=HYPERLINK(""http://x"",""y"")"`)).toBe(true);
    const wh = octoberWh().get('demo:denver-lincoln-high')!;
    expect(lines.find((l) => l.includes('demo:denver-lincoln-high'))).toContain(
      `,${Math.round(wh) / 1000},`,
    );
  });
});

// Last: a Day view fetches its previous day too, which gives 31 October 5-minute data.
describe('Day CSV', () => {
  // 1 November 2026 is Boston's 25-hour fall-back day; 10 November an ordinary one.
  it.each(['2026-11-01', '2026-11-10'])(
    'gives %s per interval in kWh, summing to the day’s energy in the cache to the Wh',
    async (date) => {
      const siteId = 'demo:boston-engineering-hall';
      await app.goto(`#/site/${encodeURIComponent(siteId)}?range=day&anchor=${date}`);
      await app.page.waitForSelector('[data-testid="site-chart"] svg');
      await app.page.waitForSelector('[data-testid="export-csv"]:not([disabled])');
      const [download] = await Promise.all([
        app.page.waitForEvent('download'),
        app.page.click('[data-testid="export-csv"]'),
      ]);
      const lines = readFileSync(await download.path(), 'utf8')
        .trim()
        .split('\r\n');
      const header = lines[0]!.split(',');
      expect(header[0]).toBe('interval end (site local time; ISO 8601 with UTC offset)');
      expect(header[1]).toBe('energy in the interval (kWh)');
      const rows = lines.slice(1).map((l) => l.split(','));
      const [day] = app.core.cache.daily(siteId, date, date);
      expect(day!.wh).toBeGreaterThan(0);
      const kwh = rows.reduce((sum, r) => sum + Number(r[1]), 0);
      expect(Math.abs(kwh * 1000 - day!.wh)).toBeLessThan(1);
      // Every row names its instant with the offset in force then.
      expect(
        rows.every((r) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/.test(r[0]!)),
      ).toBe(true);
      if (date === '2026-11-01') {
        // 25 hours of 5-minute intervals; 01:30 happens twice, at -04:00 and at -05:00.
        expect(rows).toHaveLength(300);
        expect(rows.map((r) => r[0])).toEqual(
          expect.arrayContaining(['2026-11-01T01:30:00-04:00', '2026-11-01T01:30:00-05:00']),
        );
      } else {
        expect(rows).toHaveLength(288);
      }
    },
  );
});
