/**
 * Renderer figures in Chromium: the production build of the real renderer, the real core over
 * a cache holding 100 sites with a year of data each, bridged as in the E2E tests. Measures
 * what a facility manager waits for: the portfolio on screen, a site-year chart on screen, and
 * the longest main-thread task on the way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openCache } from '../electron/cache/cache';
import { addDays, localDateOf } from '../shared/time';
import { launchApp } from '../tests/harness/launch';
import { benchNow, fleetIntervals, fleetSite } from './fleet-fixture';

/** What the renderer bench measured (milliseconds). */
export interface RendererBenchResult {
  sites: number;
  /** Navigation start → portfolio table with every site committed to the DOM (median of runs). */
  portfolioMs: number;
  /** Route change → site-year chart drawn with data, including its two IPC calls (median). */
  siteYearChartMs: number;
  /** Longest main-thread task seen during all of it. */
  longestTaskMs: number;
  runs: number;
}

/** Collects every long main-thread task into `window.__longTasks` (an init script). */
export const longTaskObserver = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

declare global {
  interface Window {
    __longTasks: number[];
  }
}

function fillCache(dataDir: string, siteCount: number): string[] {
  const cache = openCache(join(dataDir, 'cache.sqlite'), { clock: { now: () => benchNow } });
  const ids: string[] = [];
  for (let i = 0; i < siteCount; i++) {
    const site = fleetSite(i);
    cache.upsertSite(site);
    const today = localDateOf(benchNow, site.timeZone);
    const days = [];
    for (let d = -365; d < 0; d++)
      days.push({ localDate: addDays(today, d), wh: site.capacityW * (3 + 2 * Math.sin(d / 58)) });
    cache.upsertDailyReported(site.id, days);
    cache.upsertIntervals(site.id, fleetIntervals(site, benchNow - 2 * 86_400, benchNow));
    ids.push(site.id);
  }
  cache.close();
  return ids;
}

/** The middle value (upper middle for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Runs the renderer benchmark. */
export async function runRendererBench(siteCount = 100, runs = 5): Promise<RendererBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'enalysis-renderer-bench-'));
  const ids = fillCache(dataDir, siteCount);
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
    const portfolio: number[] = [];
    let longest = 0;
    for (let run = 0; run < runs; run++) {
      // A same-URL goto with only a hash would not reload: every run is a real cold load.
      if (run === 0) await page.goto(`${app.origin}/#/`);
      else await page.reload();
      await page.waitForFunction(
        () => performance.getEntriesByName('enalysis:portfolio-ready').length > 0,
      );
      const rows = await page.locator('[data-testid="site-row"]').count();
      if (rows !== siteCount) throw new Error(`portfolio showed ${rows} of ${siteCount} sites`);
      portfolio.push(
        await page.evaluate(
          () => performance.getEntriesByName('enalysis:portfolio-ready')[0]?.startTime ?? 0,
        ),
      );
      longest = Math.max(longest, ...(await page.evaluate(() => window.__longTasks)), 0);
    }

    const chart: number[] = [];
    for (let run = 0; run < runs; run++) {
      const id = ids[run * 7] ?? ids[0] ?? '';
      const anchor = localDateOf(benchNow, 'UTC');
      const elapsed = await page.evaluate(
        async ({ id, anchor }) => {
          const before = performance.getEntriesByName('enalysis:site-chart-ready').length;
          const start = performance.now();
          location.hash = `#/site/${encodeURIComponent(id)}?range=year&anchor=${anchor}`;
          while (performance.getEntriesByName('enalysis:site-chart-ready').length === before) {
            await new Promise((resolve) => setTimeout(resolve, 2));
            if (performance.now() - start > 20_000)
              throw new Error('site chart never became ready');
          }
          const marks = performance.getEntriesByName('enalysis:site-chart-ready');
          return (marks[marks.length - 1]?.startTime ?? start) - start;
        },
        { id, anchor },
      );
      chart.push(elapsed);
      await page.evaluate(() => (location.hash = '#/'));
      await page.waitForSelector('[data-testid="site-row"]');
    }
    longest = Math.max(longest, ...(await page.evaluate(() => window.__longTasks)), 0);
    return {
      sites: siteCount,
      portfolioMs: Math.round(median(portfolio)),
      siteYearChartMs: Math.round(median(chart)),
      longestTaskMs: Math.round(longest),
      runs,
    };
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.info(await runRendererBench());
}
