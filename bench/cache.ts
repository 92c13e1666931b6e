/**
 * Benchmark of the local cache against DESIGN.md's targets: ingest rate, one site-year of daily
 * totals, the 500-site portfolio snapshot, and the memory of a services process holding 100
 * site-years of 5-minute data. Runs in a temp folder; `npx tsx bench/cache.ts` prints the figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCache } from '../electron/cache/cache';
import type { CacheStore, SiteRecord } from '../electron/cache/types';
import { addDays, localDateOf } from '../shared/time';
import {
  benchNow as now,
  fleetIntervals as intervalsFor,
  fleetSite as site,
} from './fleet-fixture';

/** One measured figure beside its target. */
export interface CacheBenchFigure {
  name: string;
  value: number;
  unit: string;
  target: number;
  /** Whether bigger values are better (rates) or smaller ones (times, memory). */
  better: 'higher' | 'lower';
  met: boolean;
}

/** What the cache bench measured, in plain numbers. */
export interface CacheBenchResult {
  /** Intervals stored per second of wall time while loading the site-years (one week per call). */
  ingestPerSecond: number;
  /** The same per second of this process's CPU time: steadier when the machine is shared. */
  ingestPerCpuSecond: number;
  /** Median time of `daily()` for one site-year (ms). */
  dailyYearMs: number;
  /** Median time of `snapshot(now)` over 500 sites, after warm-up (ms). */
  snapshotMs: number;
  /** The first snapshot after opening, with cold statement and zone memos (ms). */
  snapshotColdMs: number;
  /** RSS of a fresh process that opens the cache of 100 site-years and serves queries (MB). */
  servicesRssMb: number;
  /** RSS of the bench process itself right after loading (includes the data generator) (MB). */
  loaderRssMb: number;
  /** Interval rows in the database and its size on disk. */
  intervalRows: number;
  fileMb: number;
  /** Wall time of the whole bench (s). */
  seconds: number;
  /** The machine's 1-minute load average when the bench ended, for reading the figures. */
  loadAverage: number;
  cpus: number;
  figures: CacheBenchFigure[];
}

/** Knobs for a quicker run (the defaults are the targets' own scale). */
export interface CacheBenchOptions {
  yearSites?: number;
  snapshotSites?: number;
  days?: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function timeMs(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

const probeEnv = 'ENALYSIS_CACHE_BENCH_PROBE';

/** The "services" process: open the cache, answer the portfolio and a site page, report RSS. */
function runProbe(filePath: string): void {
  const cache = openCache(filePath, { clock: { now: () => now } });
  const sites = cache.listSites();
  for (let i = 0; i < 5; i++) cache.snapshot(now);
  for (const s of sites.slice(0, 20)) {
    const today = localDateOf(now, s.timeZone);
    cache.daily(s.id, addDays(today, -365), today);
    cache.monthly(s.id, addDays(today, -365), today);
    cache.intervals(s.id, now - 86_400, now);
  }
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  cache.close();
  process.stdout.write(JSON.stringify({ rssMb }));
}

function measureServicesRss(filePath: string): number {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, [probeEnv]: filePath },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (child.status !== 0) throw new Error(`RSS probe failed: ${child.stderr}`);
  return (JSON.parse(child.stdout) as { rssMb: number }).rssMb;
}

/** Runs the cache benchmark in a temp folder and returns its figures. */
export async function runCacheBench(options: CacheBenchOptions = {}): Promise<CacheBenchResult> {
  const yearSites = options.yearSites ?? 100;
  const snapshotSites = options.snapshotSites ?? 500;
  const days = options.days ?? 365;
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'enalysis-cache-bench-'));
  const filePath = join(dir, 'cache.sqlite');
  try {
    // The cache's clock agrees with the bench's "now", as the app's does with the real one.
    const clock = { now: () => now };
    const cache: CacheStore = openCache(filePath, { clock });
    const sites = Array.from({ length: snapshotSites }, (_, i) => site(i));
    for (const s of sites) cache.upsertSite(s);

    // Ingest: a week per call, sites interleaved week by week as a sync would write them.
    const start = now - days * 86_400;
    let ingestMs = 0;
    let ingestCpuMs = 0;
    let ingested = 0;
    for (let from = start; from < now; from += 7 * 86_400) {
      const to = Math.min(from + 7 * 86_400, now);
      for (const s of sites.slice(0, yearSites)) {
        const batch = intervalsFor(s, from, to);
        const cpu = process.cpuUsage();
        ingestMs += timeMs(() => cache.upsertIntervals(s.id, batch));
        const used = process.cpuUsage(cpu);
        ingestCpuMs += (used.user + used.system) / 1000;
        ingested += batch.length;
      }
    }
    let rows = ingested;
    const loaderRssMb = process.memoryUsage().rss / 1024 / 1024;

    // The other sites of the 500-site portfolio: a year of reported daily totals and the last
    // week of intervals. The snapshot reads only today's rows, from the same large table.
    for (const s of sites.slice(yearSites)) {
      const today = localDateOf(now, s.timeZone);
      const reported = [];
      for (let d = -days; d <= 0; d++) reported.push({ localDate: addDays(today, d), wh: 20_000 });
      cache.upsertDailyReported(s.id, reported);
      const batch = intervalsFor(s, now - 7 * 86_400, now);
      cache.upsertIntervals(s.id, batch);
      rows += batch.length;
    }
    cache.close();

    const reopened = openCache(filePath, { clock });
    const probeSite = sites[0] as SiteRecord;
    const today = localDateOf(now, probeSite.timeZone);
    const snapshotColdMs = timeMs(() => reopened.snapshot(now));
    if (reopened.snapshot(now).length !== snapshotSites) throw new Error('snapshot lost sites');
    for (let i = 0; i < 3; i++) reopened.snapshot(now);
    const snapshotMs = median(
      Array.from({ length: 15 }, () => timeMs(() => reopened.snapshot(now))),
    );
    const yearFrom = addDays(today, -364);
    if (reopened.daily(probeSite.id, yearFrom, today).length < Math.min(days, 365)) {
      throw new Error('daily totals missing');
    }
    const dailyYearMs = median(
      Array.from({ length: 50 }, (_, i) => {
        const s = sites[i % yearSites] as SiteRecord;
        return timeMs(() => reopened.daily(s.id, yearFrom, today));
      }),
    );
    reopened.close();

    const servicesRssMb = measureServicesRss(filePath);
    const fileMb = statSync(filePath).size / 1024 / 1024;
    const ingestPerSecond = ingestMs > 0 ? (ingested * 1000) / ingestMs : 0;
    const figure = (
      name: string,
      value: number,
      unit: string,
      target: number,
      better: CacheBenchFigure['better'],
    ): CacheBenchFigure => ({
      name,
      value,
      unit,
      target,
      better,
      met: better === 'higher' ? value >= target : value <= target,
    });
    return {
      ingestPerSecond: Math.round(ingestPerSecond),
      ingestPerCpuSecond: Math.round(ingestCpuMs > 0 ? (ingested * 1000) / ingestCpuMs : 0),
      dailyYearMs: round(dailyYearMs, 3),
      snapshotMs: round(snapshotMs, 2),
      snapshotColdMs: round(snapshotColdMs, 2),
      servicesRssMb: round(servicesRssMb),
      loaderRssMb: round(loaderRssMb),
      intervalRows: rows,
      fileMb: round(fileMb),
      seconds: round((performance.now() - started) / 1000),
      loadAverage: round(loadavg()[0] ?? 0, 2),
      cpus: availableParallelism(),
      figures: [
        figure('ingest', Math.round(ingestPerSecond), 'intervals/s', 500_000, 'higher'),
        figure('one site-year of daily totals', round(dailyYearMs, 3), 'ms', 5, 'lower'),
        figure(
          `snapshot of ${snapshotSites} sites (median)`,
          round(snapshotMs, 2),
          'ms',
          25,
          'lower',
        ),
        figure(`services RSS, ${yearSites} site-years`, round(servicesRssMb), 'MB', 150, 'lower'),
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const probePath = process.env[probeEnv];
if (probePath !== undefined) {
  runProbe(probePath);
} else if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await runCacheBench();
  console.log(
    `Cache bench (${result.seconds} s, ${result.intervalRows} interval rows, ${result.fileMb} MB file)`,
  );
  for (const f of result.figures) {
    const sign = f.better === 'higher' ? '≥' : '≤';
    console.log(
      `  ${f.met ? 'met ' : 'MISS'}  ${f.name}: ${f.value} ${f.unit} (target ${sign} ${f.target})`,
    );
  }
  console.log(
    `  info  ingest per CPU second of this process: ${result.ingestPerCpuSecond} intervals/s`,
  );
  console.log(`  info  first snapshot after opening: ${result.snapshotColdMs} ms`);
  console.log(`  info  bench process RSS right after loading: ${result.loaderRssMb} MB`);
  console.log(
    `  info  load average ${result.loadAverage} on ${result.cpus} CPUs (wall figures suffer above ~1)`,
  );
}
