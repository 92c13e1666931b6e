/**
 * Alert quality on a simulated month (bench/alerts-scenario.ts): the real evaluator on a real
 * SQLite cache, fed every 15 minutes with what the fleet would have uploaded by then. Reports
 * recall on fault incidents, false alerts (on weather days, at night, elsewhere), and how long
 * each fault took to be alerted, from its start and from the first data that showed it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoredAlert as Alert } from '../electron/cache/alerts';
import { openCache } from '../electron/cache/cache';
import { sayStored } from '../electron/i18n/stored-text';
import { englishWords } from '../electron/i18n/words';
import { AlertEvaluator } from '../electron/insight/evaluator';
import { UPLOAD_GRACE_SECONDS } from '../electron/insight/site-rules';
import { uploadCadenceOf, uploadCadenceSeconds } from '../electron/insight/watch';
import { demoIntervals } from '../electron/providers/demo';
import { applyIncidents } from '../electron/providers/demo/incidents';
import { sunPosition } from '../electron/solar/clear-sky';
import { startOfLocalDay } from '../shared/time';
import {
  SCENARIO,
  scenarioIncidents,
  scenarioSites,
  type ScenarioIncident,
} from './alerts-scenario';

const REFRESH = 900;
const SEED = 20_260_301;
/** An alert belongs to an incident when it overlaps it, with this much slack either side. */
const SLACK = 3600;

/** What the benchmark measured. */
export interface AlertBenchResult {
  faults: number;
  alerted: number;
  falseAlerts: number;
  falseOnWeatherDays: number;
  falseAtNight: number;
  medianMinutesFromStart: number;
  /** Worst delay after the data first showed the fault, in refresh intervals. */
  worstRefreshesAfterEvidence: number;
  rows: { label: string; site: string; alertedAfterMinutes: number | null; rule: string | null }[];
  /** The false alerts themselves, to read why. */
  falseList: { site: string; rule: string; at: string; summary: string }[];
  seconds: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor((s.length - 1) / 2)]!;
}

function isNight(slug: string, at: number): boolean {
  const spec = scenarioSites.find((s) => s.slug === slug)!;
  return sunPosition(spec.latitude, spec.longitude, at).altitude < 0;
}

/** When the data first shows a fault (the rules' own thresholds, at the refresh grid). */
function evidenceAt(incident: ScenarioIncident): number {
  const slug = incident.sites[0]!;
  const spec = scenarioSites.find((s) => s.slug === slug)!;
  if (incident.kind === 'offline') {
    // Silence must outlast cadence + grace in daylight.
    let daylight = 0;
    for (let t = incident.from; t < incident.to; t += 300) {
      if (sunPosition(spec.latitude, spec.longitude, t).altitude > 0) daylight += 300;
      if (daylight > uploadCadenceSeconds.demo + UPLOAD_GRACE_SECONDS) return t;
    }
    return incident.to;
  }
  // Hour rules: the first hour fully inside the incident, judged at its half (zero) or after two
  // whole hours (underperformance).
  const firstHour = Math.ceil(incident.from / 3600) * 3600;
  return incident.kind === 'trip' && incident.severity === 1
    ? firstHour + 1800
    : firstHour + 2 * 3600;
}

/** Runs the month. */
export async function runAlertBench(): Promise<AlertBenchResult> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'enalysis-alert-bench-'));
  let now = startOfLocalDay(SCENARIO.historyFrom, 'UTC');
  const cache = openCache(join(dir, 'cache.sqlite'), { clock: { now: () => now } });
  try {
    for (const spec of scenarioSites) {
      cache.upsertSite({
        id: `demo:${spec.slug}`,
        provider: 'demo',
        externalId: spec.slug,
        connectionId: null,
        name: spec.name,
        city: spec.city,
        country: spec.country,
        timeZone: spec.timeZone,
        latitude: spec.latitude,
        longitude: spec.longitude,
        capacityW: spec.capacityW,
        status: 'normal',
        statusDetail: null,
        addedAt: now,
      });
    }
    const evaluator = new AlertEvaluator({
      alerts: cache.alerts,
      reader: cache,
      clock: { now: () => now },
      sites: () => cache.listSites(),
      accounts: () => [],
      budgets: () => [],
      cadenceSeconds: (site) => uploadCadenceOf(site.provider),
      cacheRebuilt: false,
    });
    const monthFrom = startOfLocalDay(SCENARIO.from, 'UTC');
    const end = startOfLocalDay(SCENARIO.to, 'UTC') + 86_400;
    const withheld = new Map<string, { endAt: number; wh: number; w: number }[]>();
    const raised: Alert[] = [];
    for (let t = now + REFRESH; t <= end; t += REFRESH) {
      now = t;
      for (const spec of scenarioSites) {
        const fresh = demoIntervals(spec, t - REFRESH, t, SEED);
        const candidates = [...(withheld.get(spec.slug) ?? []), ...fresh];
        const delivered = applyIncidents(spec.slug, candidates, scenarioIncidents, t);
        const deliveredEnds = new Set(delivered.map((d) => d.endAt));
        withheld.set(
          spec.slug,
          candidates.filter((c) => !deliveredEnds.has(c.endAt)),
        );
        if (delivered.length > 0) cache.upsertIntervals(`demo:${spec.slug}`, delivered);
      }
      // History before the month only teaches the performance ratios.
      if (t >= monthFrom) raised.push(...evaluator.evaluate().raised);
    }
    return score(raised, (performance.now() - started) / 1000);
  } finally {
    cache.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function score(raised: readonly Alert[], seconds: number): AlertBenchResult {
  const siteAlerts = raised.filter((a) => a.siteId !== null);
  const slugOf = (a: Alert) => a.siteId!.replace(/^demo:/, '');
  const overlaps = (a: Alert, i: ScenarioIncident) =>
    i.sites.includes(slugOf(a)) && a.startAt <= i.to + SLACK && a.detectedAt >= i.from - SLACK;
  const faults = scenarioIncidents.filter((i) => i.expectAlert);
  const rows = scenarioIncidents.map((incident) => {
    const hit = siteAlerts
      .filter((a) => overlaps(a, incident))
      .sort((a, b) => a.detectedAt - b.detectedAt)[0];
    return {
      incident,
      hit,
      row: {
        label: incident.label,
        site: incident.sites.length > 1 ? `${incident.sites.length} sites` : incident.sites[0]!,
        alertedAfterMinutes: hit ? Math.round((hit.detectedAt - incident.from) / 60) : null,
        rule: hit?.rule ?? null,
      },
    };
  });
  const explained = (a: Alert) => faults.some((i) => overlaps(a, i));
  const falseAlerts = siteAlerts.filter((a) => !explained(a));
  const weather = scenarioIncidents.filter((i) => !i.expectAlert && i.kind !== 'trip');
  const faultRows = rows.filter((r) => r.incident.expectAlert);
  const hits = faultRows.filter((r) => r.hit);
  const instant = hits.filter((r) => r.incident.kind !== 'degradation');
  return {
    faults: faults.length,
    alerted: hits.length,
    falseAlerts: falseAlerts.length,
    falseOnWeatherDays: falseAlerts.filter((a) => weather.some((i) => overlaps(a, i))).length,
    falseAtNight: falseAlerts.filter((a) => isNight(slugOf(a), a.detectedAt)).length,
    medianMinutesFromStart: median(instant.map((r) => (r.hit!.detectedAt - r.incident.from) / 60)),
    worstRefreshesAfterEvidence: Math.max(
      ...instant.map((r) =>
        Math.max(0, Math.ceil((r.hit!.detectedAt - evidenceAt(r.incident)) / REFRESH)),
      ),
    ),
    rows: rows.map((r) => r.row),
    falseList: falseAlerts.map((a) => ({
      site: slugOf(a),
      rule: a.rule,
      at: new Date(a.detectedAt * 1000).toISOString(),
      summary: sayStored(englishWords, a.summary),
    })),
    seconds,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runAlertBench();
  console.table(result.rows);
  console.table(result.falseList);
  const { rows: _rows, falseList: _false, ...figures } = result;
  console.info(figures);
}
