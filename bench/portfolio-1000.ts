/**
 * The portfolio at 1,000 sites in Chromium (DESIGN.md: on screen in ≤ 500 ms): the production
 * build of the real renderer and the real core over a cache holding 1,000 sites with two days
 * of 5-minute production each and tags on a quarter of them, bridged as in the E2E tests.
 * Measures what a facility manager of a large fleet waits for: the table on screen, a search
 * narrowing it, and a jump to the end of the list.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seedLargeFleet } from '../tests/harness/large-fleet';
import { launchApp } from '../tests/harness/launch';
import { benchNow } from './fleet-fixture';
import { longTaskObserver, median } from './renderer';

/** What the 1,000-site bench measured (milliseconds, medians of `runs`). */
export interface PortfolioThousandResult {
  sites: number;
  /**
   * Navigation start → the table committed with its first rows: a cold load of the renderer
   * (every run reloads the page) against a running main process.
   */
  onScreenMs: number;
  /**
   * The very first load after the app started (wall clock, from the bench's side): main
   * learns each site's performance ratio once, so this one waits for all 1,000.
   */
  firstLoadMs: number;
  /** Site lines in the DOM at once (the table is windowed) out of aria-rowcount − 1. */
  renderedRows: number;
  /** A search typed into the field → the narrowed table painted. */
  searchMs: number;
  /** Scrolling to the end → the last site's line painted. */
  scrollToEndMs: number;
  /** Longest main-thread task seen. */
  longestTaskMs: number;
  runs: number;
}

/** Runs the bench. */
export async function runPortfolioThousandBench(
  siteCount = 1_000,
  runs = 5,
): Promise<PortfolioThousandResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'enalysis-portfolio-1000-'));
  seedLargeFleet(dataDir, siteCount, benchNow, (i) =>
    i % 4 === 0 ? [['North campus', 'Riverside', 'Depots'][i % 3] as string] : [],
  );
  const app = await launchApp({
    dataDir,
    clock: { now: () => benchNow },
    startSync: false,
    pinBrowserClock: false,
    renderer: 'built',
    viewport: { width: 1920, height: 1080 },
    initScripts: [longTaskObserver],
  });
  try {
    const { page } = app;
    const onScreen: number[] = [];
    const search: number[] = [];
    const scroll: number[] = [];
    let rendered = 0;
    let firstLoad = 0;
    let longest = 0;
    for (let run = 0; run < runs; run++) {
      // A same-URL goto with only a hash would not reload: every run is a real cold load.
      if (run === 0) await page.goto(`${app.origin}/#/`);
      else await page.reload();
      // The first answer after start waits for the watch to learn 1,000 performance ratios.
      const started = performance.now();
      await page.waitForFunction(
        () => performance.getEntriesByName('enalysis:portfolio-ready').length > 0,
        undefined,
        { timeout: 300_000 },
      );
      if (run === 0) firstLoad = performance.now() - started;
      const rowCount = Number(
        await page.getAttribute('[data-testid="portfolio-table"]', 'aria-rowcount'),
      );
      if (rowCount !== siteCount + 1)
        throw new Error(`the table announced ${rowCount - 1} of ${siteCount} sites`);
      rendered = await page.locator('[data-testid="site-row"]').count();
      onScreen.push(
        await page.evaluate(
          () => performance.getEntriesByName('enalysis:portfolio-ready')[0]?.startTime ?? 0,
        ),
      );

      search.push(
        await page.evaluate(async () => {
          const input = document.querySelector<HTMLInputElement>('[data-testid="site-search"]');
          const count = document.querySelector('[data-testid="filter-count"]');
          if (!input || !count) throw new Error('no search field');
          const setValue = Object.getOwnPropertyDescriptor(
            HTMLInputElement.prototype,
            'value',
          )?.set;
          const start = performance.now();
          setValue?.call(input, 'riverside library');
          input.dispatchEvent(new Event('input', { bubbles: true }));
          while ((count.textContent ?? '') === '')
            await new Promise((resolve) => requestAnimationFrame(resolve));
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const elapsed = performance.now() - start;
          setValue?.call(input, '');
          input.dispatchEvent(new Event('input', { bubbles: true }));
          while ((count.textContent ?? '') !== '')
            await new Promise((resolve) => requestAnimationFrame(resolve));
          return elapsed;
        }),
      );

      scroll.push(
        await page.evaluate(async (last) => {
          const start = performance.now();
          window.scrollTo(0, document.documentElement.scrollHeight);
          const selector = `tr[aria-rowindex="${last}"]`;
          while (!document.querySelector(selector)) {
            await new Promise((resolve) => requestAnimationFrame(resolve));
            if (performance.now() - start > 10_000) throw new Error('the last line never came');
          }
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const elapsed = performance.now() - start;
          window.scrollTo(0, 0);
          return elapsed;
        }, siteCount + 1),
      );
      longest = Math.max(longest, ...(await page.evaluate(() => window.__longTasks)), 0);
    }
    return {
      sites: siteCount,
      onScreenMs: Math.round(median(onScreen)),
      firstLoadMs: Math.round(firstLoad),
      renderedRows: rendered,
      searchMs: Math.round(median(search)),
      scrollToEndMs: Math.round(median(scroll)),
      longestTaskMs: Math.round(longest),
      runs,
    };
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.info(await runPortfolioThousandBench());
}
