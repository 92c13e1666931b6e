/**
 * Screenshots of every page in both themes, at 1280×800 and 1920×1080, in English and German,
 * for people to look at (test-results/screenshots/pages/). Each is paired with assertions a user
 * would notice: the page is there, `<html lang>` is the language shown, nothing is wider than the
 * window, no label or heading is cut off, and, in German, no English-only text of the catalogue
 * is on screen (an untranslated string). One browser per app, one page reused throughout.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de as mainDe } from '../../electron/i18n/de';
import { en as mainEn } from '../../electron/i18n/en';
import { de } from '../../renderer/src/i18n/de';
import { en } from '../../renderer/src/i18n/en';
import { useColorScheme } from '../harness/color-scheme';
import { launchApp, type AppHandle } from '../harness/launch';

/** Midsummer afternoon in Berlin: sites produce, one is faulty, there are alerts. */
const now = Math.floor(Date.parse('2026-06-17T14:00:00Z') / 1000);
const clock = { now: () => now };
const shots = resolve('test-results/screenshots/pages');
const siteId = 'demo:berlin-spreebogen-office';
const themes = ['light', 'dark'] as const;
const sizes = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
const languages = ['en', 'de'] as const;

/** Every page, with what shows that it has loaded. */
const pages: { name: string; hash: string; ready: string }[] = [
  { name: 'portfolio', hash: '#/', ready: '[data-testid="site-row"]' },
  { name: 'site-day', hash: `#/site/${siteId}`, ready: '[data-testid="series-total"]' },
  { name: 'site-week', hash: `#/site/${siteId}?range=week`, ready: '[data-testid="series-total"]' },
  {
    name: 'site-month',
    hash: `#/site/${siteId}?range=month`,
    ready: '[data-testid="series-total"]',
  },
  { name: 'site-year', hash: `#/site/${siteId}?range=year`, ready: '[data-testid="series-total"]' },
  { name: 'alerts', hash: '#/alerts', ready: '[data-testid="alerts-table"]' },
  { name: 'reports', hash: '#/reports', ready: '[data-testid="report-preview"]' },
  { name: 'connections', hash: '#/connections', ready: '[data-testid="budget-panel"]' },
  { name: 'settings', hash: '#/settings', ready: '[data-testid="about"]' },
  { name: 'not-found', hash: '#/no-such-page', ready: '[data-testid="not-found"]' },
];

/**
 * The English catalogues' distinctive texts (the renderer's and main's): literal runs of two
 * words or more that differ from German and appear in no German text. One of them on a German
 * screen is an untranslated string.
 */
function englishOnlyTexts(): string[] {
  const pairs: [Readonly<Record<string, string>>, Readonly<Record<string, string>>][] = [
    [en, de],
    [mainEn, mainDe],
  ];
  const german = pairs.flatMap(([, german]) => Object.values(german)).join('\n');
  const texts = new Set<string>();
  for (const [english, translated] of pairs) {
    for (const key of Object.keys(english)) {
      if (english[key] === translated[key]) continue;
      let literal = english[key]!;
      // Drop every {argument} and plural/select block, innermost first: what is left is fixed text.
      while (/\{[^{}]*\}/.test(literal)) literal = literal.replace(/\{[^{}]*\}/g, '\n');
      for (const run of literal.split(/[\n#]/)) {
        const text = run.trim().replace(/^[\s·:;,.(–—-]+|[\s·:;,.)–—…-]+$/g, '');
        if (/\p{L}+\s+\p{L}+/u.test(text) && text.length >= 8 && !german.includes(text)) {
          texts.add(text);
        }
      }
    }
  }
  return [...texts];
}

/**
 * Why the page looks wrong, if it does: wider than the window, or labels cut off (`problems`);
 * and which table cells have a button or label reaching outside them, over a neighbour or cut
 * off by the cell (`spills`, as table:row:cell), which German must not add to English's.
 */
function layoutProblems(page: Page): Promise<{ problems: string[]; spills: string[] }> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const spills: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      problems.push(`page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
    }
    const labels = document.querySelectorAll<HTMLElement>(
      'button, .nav-link, th, h1, h2, h3, .kpi-label, .pill, .legend-item, .field-label',
    );
    for (const el of labels) {
      const style = getComputedStyle(el);
      // Ellipsis is a choice (with a tooltip); anything else cut off is a bug.
      if (style.textOverflow === 'ellipsis' || el.offsetParent === null) continue;
      // Screen-reader-only text is clipped on purpose.
      if (el.closest('.visually-hidden')) continue;
      if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible') {
        problems.push(`cut off: <${el.tagName.toLowerCase()}> "${el.innerText.slice(0, 60)}"`);
      }
    }
    // A button or label spilling out of its table cell lies over its neighbour.
    const tables = [...document.querySelectorAll('table')];
    for (const cell of document.querySelectorAll<HTMLTableCellElement>('td, th')) {
      const box = cell.getBoundingClientRect();
      for (const el of cell.querySelectorAll<HTMLElement>('button, a, .pill')) {
        const inner = el.getBoundingClientRect();
        if (inner.width === 0) continue;
        if (inner.left < box.left - 1 || inner.right > box.right + 1) {
          const row = cell.parentElement as HTMLTableRowElement;
          const table = tables.indexOf(cell.closest('table')!);
          spills.push(`${table}:${row.rowIndex}:${cell.cellIndex}`);
        }
      }
    }
    return { problems, spills };
  });
}

/**
 * English catalogue texts visible on the page (meaningful only when the page is German). Nothing
 * is exempt: main's sentences (alert summaries, status details, errors, notices, explanations)
 * come translated and are checked like the renderer's own.
 */
async function englishOnScreen(page: Page, english: readonly string[]): Promise<string[]> {
  const visible = await page.evaluate(() => document.body.innerText);
  return english.filter((text) => visible.includes(text));
}

async function useLanguage(app: AppHandle, language: 'en' | 'de'): Promise<void> {
  await app.core.dispatch('settings.update', { language });
  await app.page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

const english = englishOnlyTexts();
/** The spills each English screenshot had (file name without the language), for German to match. */
const englishSpills = new Map<string, string[]>();

describe('the English-only list', () => {
  it('has the catalogue’s distinctive texts and none shared with German', () => {
    expect(english).toContain('Fleet energy today');
    expect(english).toContain('Connected accounts');
    expect(english).not.toContain('Portfolio');
    // Main's sentences too: the provider intros on Connections.
    expect(english).toContain(
      'A simulated fleet that shows what Enalysis does before any account is connected',
    );
  });
});

describe('every page, both themes, both sizes, English and German', () => {
  let app: AppHandle;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    app = await launchApp({ clock });
    await app.goto('#/');
    await app.page.waitForSelector('[data-testid="site-row"]');
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
  });

  for (const language of languages) {
    for (const { name, hash, ready } of pages) {
      it(`${name} in ${language}`, async () => {
        await useLanguage(app, language);
        await app.goto(hash);
        await app.page.waitForSelector(ready);
        for (const size of sizes) {
          await app.page.setViewportSize(size);
          for (const theme of themes) {
            await useColorScheme(app.page, theme);
            const file = `${name}-${language}-${theme}-${size.width}.png`;
            await app.page.screenshot({ path: join(shots, file), fullPage: true });
            expect(await app.page.isVisible('h1'), file).toBe(true);
            const layout = await layoutProblems(app.page);
            expect(layout.problems, file).toEqual([]);
            const twin = file.replace(`-${language}-`, '-');
            if (language === 'en') englishSpills.set(twin, layout.spills);
            else {
              // Longer German words must not push anything over its neighbour.
              const extra = layout.spills.filter((s) => !englishSpills.get(twin)?.includes(s));
              expect(extra, file).toEqual([]);
              expect(await englishOnScreen(app.page, english), file).toEqual([]);
            }
          }
        }
        expect(await app.page.evaluate(() => document.documentElement.lang)).toBe(language);
      });
    }
  }
});

// Kiosk mode refuses settings changes, so each language is a kiosk started on such a computer.
for (const language of languages) {
  describe(`kiosk in ${language}, both themes, both sizes`, () => {
    let kiosk: AppHandle;

    beforeAll(async () => {
      const tag = language === 'de' ? 'de-DE' : 'en-US';
      kiosk = await launchApp({
        clock,
        kiosk: true,
        systemLocale: { languages: [tag], formats: tag },
      });
      await kiosk.goto('#/');
      await kiosk.page.waitForSelector('.kiosk-tile');
    }, 120_000);

    afterAll(async () => {
      await kiosk?.stop();
    });

    it('fleet slide', async () => {
      expect(await kiosk.page.evaluate(() => document.documentElement.lang)).toBe(language);
      for (const size of sizes) {
        await kiosk.page.setViewportSize(size);
        for (const theme of themes) {
          await useColorScheme(kiosk.page, theme);
          const file = `kiosk-${language}-${theme}-${size.width}.png`;
          await kiosk.page.screenshot({ path: join(shots, file) });
          expect(await kiosk.page.isVisible('.kiosk-title'), file).toBe(true);
          expect((await layoutProblems(kiosk.page)).problems, file).toEqual([]);
          if (language === 'de')
            expect(await englishOnScreen(kiosk.page, english), file).toEqual([]);
        }
      }
    });
  });
}
