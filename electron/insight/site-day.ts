/**
 * Builds each site's recent days (yesterday and today, so a fault bridges the night) for the rules from cache reads: expected and actual per hour, the
 * region's clearness from the peers' own hours, and how long the site has been silent.
 */
import { addDays, endOfLocalDay, localDateOf, startOfLocalDay } from '../../shared/time';
import type { IntervalSample, SiteRecord } from '../cache/types';
import type { SiteDay } from './candidate';
import { EXPECTED_STEP_SECONDS, expectedIntervals } from './expected';
import { hourBuckets, hourRatio, type EnergyPoint, type HourBucket } from './hours';
import { regionalClearness, regionalPeers } from './region';

/** The cache reads a site day needs. */
export interface IntervalReader {
  intervals(siteId: string, from: number, to: number): IntervalSample[];
  lastIntervalAt(siteId: string): number | null;
}

/** What the evaluator knows per site beyond its record. */
export interface SiteDayInputs {
  ratioFor(site: SiteRecord): number;
  cadenceSeconds(site: SiteRecord): number;
}

/** Silence is counted back at most this far (a site silent for weeks is simply silent). */
const MAX_SILENCE_SECONDS = 7 * 86_400;
const HOUR = 3600;

/** The start of the local day containing `now` at the site: the evaluation window. */
export function windowStart(site: SiteRecord, now: number): number {
  return startOfLocalDay(localDateOf(now, site.timeZone), site.timeZone);
}

interface Partial {
  site: SiteRecord;
  ratio: number;
  hours: HourBucket[];
  lastDataAt: number | null;
  ratios: Map<number, number>;
}

/** Expected curves of the two-day windows, memoised: every refresh evaluates the same days. */
const expectedMemo = new Map<string, EnergyPoint[]>();
const EXPECTED_MEMO_LIMIT = 4096;

function memoExpected(site: SiteRecord, from: number, to: number, ratio: number): EnergyPoint[] {
  const key = `${site.latitude},${site.longitude},${site.capacityW},${ratio},${from},${to}`;
  let points = expectedMemo.get(key);
  if (!points) {
    if (expectedMemo.size >= EXPECTED_MEMO_LIMIT) expectedMemo.clear();
    points = expectedIntervals(site, from, to, ratio);
    expectedMemo.set(key, points);
  }
  return points;
}

function partialDay(site: SiteRecord, reader: IntervalReader, now: number, ratio: number): Partial {
  const date = localDateOf(now, site.timeZone);
  const from = startOfLocalDay(addDays(date, -1), site.timeZone);
  const expected = memoExpected(site, from, endOfLocalDay(date, site.timeZone), ratio);
  const last = reader.lastIntervalAt(site.id);
  const lastDataAt = last === null ? null : Math.min(last, now);
  const actual = reader.intervals(site.id, from, now);
  const hours = hourBuckets(expected, actual, lastDataAt, EXPECTED_STEP_SECONDS);
  const ratios = new Map<number, number>();
  for (const hour of hours) {
    const r = hourRatio(hour, HOUR / 2);
    if (r !== null) ratios.set(hour.start, r);
  }
  return { site, ratio, hours, lastDataAt, ratios };
}

/** Every site's day at `now`, judged against its regional peers. */
export function buildSiteDays(
  sites: readonly SiteRecord[],
  reader: IntervalReader,
  inputs: SiteDayInputs,
  now: number,
): SiteDay[] {
  const partials = new Map(
    sites.map((site) => [site.id, partialDay(site, reader, now, inputs.ratioFor(site))]),
  );
  const peers = regionalPeers(sites);
  return sites.map((site) => {
    const own = partials.get(site.id)!;
    const peerDays = (peers.get(site.id) ?? []).map((id) => partials.get(id)!);
    const clearness = new Map<number, number>();
    for (const hour of own.hours) {
      const value = regionalClearness(peerDays.map((p) => p.ratios.get(hour.start) ?? null));
      if (value !== null) clearness.set(hour.start, Math.min(1, value));
    }
    let silentDaylightSeconds = 0;
    let silentExpectedWh = 0;
    if (own.lastDataAt !== null) {
      const from = Math.max(own.lastDataAt, now - MAX_SILENCE_SECONDS);
      for (const point of expectedIntervals(site, from, now, own.ratio)) {
        if (point.wh <= 0) continue;
        silentDaylightSeconds += EXPECTED_STEP_SECONDS;
        const hour = Math.floor((point.endAt - 1) / HOUR) * HOUR;
        silentExpectedWh += point.wh * (clearness.get(hour) ?? 1);
      }
    }
    return {
      siteId: site.id,
      name: site.name,
      capacityW: site.capacityW,
      status: site.status,
      statusDetail: site.statusDetail,
      statusSince: site.statusSince ?? null,
      hours: own.hours,
      windowStart: windowStart(site, now),
      clearness,
      lastDataAt: own.lastDataAt,
      silentDaylightSeconds,
      silentExpectedWh,
      cadenceSeconds: inputs.cadenceSeconds(site),
      now,
    };
  });
}
