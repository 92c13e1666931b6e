/**
 * Ratio learning over real-length history: the 1,000-site portfolio bench seeds two days per
 * site, which hides what learning costs once every site has the 60 days it learns from. Seeds
 * `siteCount` sites with 62 days of 5-minute production each, learns every ratio from nothing,
 * then again after reopening the cache (what a restart does), in CPU time of this process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openCache } from '../electron/cache/cache';
import type { SiteRecord } from '../electron/cache/types';
import { LEARNING_DAYS, RatioBook } from '../electron/insight/ratio-book';
import { largeFleetSite } from '../tests/harness/large-fleet';
import { benchNow, fleetIntervals } from './fleet-fixture';

/** What the ratio-learning bench measured. */
export interface RatioLearningResult {
  sites: number;
  /** Days of history per site. */
  days: number;
  /** Learning every site's ratio on a cache that kept nothing yet (CPU ms). */
  firstCpuMs: number;
  /** The same after reopening the cache (CPU ms). */
  restartCpuMs: number;
  /** Whether both learnings gave every site the same ratio (they must). */
  same: boolean;
}

function cpuSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 1000);
}

/** Runs the bench. */
export async function runRatioLearningBench(siteCount = 100): Promise<RatioLearningResult> {
  const dir = mkdtempSync(join(tmpdir(), 'enalysis-ratio-learning-'));
  const file = join(dir, 'cache.sqlite');
  const days = LEARNING_DAYS + 2;
  const learnAll = (sites: SiteRecord[]) => {
    const cache = openCache(file, { clock: { now: () => benchNow } });
    try {
      const started = process.cpuUsage();
      const book = new RatioBook(cache);
      const ratios = sites.map((site) => book.ratioFor(site, benchNow));
      return { ratios, cpuMs: cpuSince(started) };
    } finally {
      cache.close();
    }
  };
  try {
    const sites: SiteRecord[] = [];
    const cache = openCache(file, { clock: { now: () => benchNow } });
    try {
      for (let i = 0; i < siteCount; i++) {
        const site = largeFleetSite(i, benchNow);
        cache.upsertSite(site);
        cache.upsertIntervals(site.id, fleetIntervals(site, benchNow - days * 86_400, benchNow));
        sites.push(site);
      }
    } finally {
      cache.close();
    }
    const first = learnAll(sites);
    const again = learnAll(sites);
    return {
      sites: siteCount,
      days,
      firstCpuMs: first.cpuMs,
      restartCpuMs: again.cpuMs,
      same: first.ratios.every((ratio, i) => Object.is(ratio, again.ratios[i])),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.info(await runRatioLearningBench(Number(process.argv[2] ?? 100)));
}
