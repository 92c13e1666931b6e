/**
 * Each site's learned performance ratio, relearned once per local day from the site's recent
 * history (see performance-ratio.ts). Days the site spent in a fault are left out, so a long
 * fault is not learned as the site's normal.
 */
import { localDateOf, startOfLocalDay, addDays } from '../../shared/time';
import type { SiteRecord } from '../cache/types';
import { DEFAULT_PERFORMANCE_RATIO, EXPECTED_STEP_SECONDS, expectedIntervals } from './expected';
import { hourBuckets } from './hours';
import { learnRatios, ratioForMonth, type DayEvidence } from './performance-ratio';
import type { IntervalReader } from './site-day';

/** How far back a site's clear days are looked for. */
export const LEARNING_DAYS = 60;
/** Hours below this share of the day's brightest hour say little about the level (low sun). */
const WELL_LIT_SHARE = 0.4;

/** Bounds the evidence memo (about 500 sites × 60 days). */
const MAX_REMEMBERED_DAYS = 30_000;

/** Days (their start, epoch s) to leave out of learning, per site. */
export type FaultyDays = (siteId: string, from: number, to: number) => boolean;

/** Evidence of one past local day of the site, or null when it had no data. */
function dayEvidence(site: SiteRecord, reader: IntervalReader, date: string): DayEvidence | null {
  const from = startOfLocalDay(date, site.timeZone);
  const to = startOfLocalDay(addDays(date, 1), site.timeZone);
  const actual = reader.intervals(site.id, from, to);
  if (actual.length === 0) return null;
  const clearSky = expectedIntervals(site, from, to, 1);
  const hours = hourBuckets(clearSky, actual, to, EXPECTED_STEP_SECONDS);
  const brightest = Math.max(...hours.map((h) => h.fullExpectedWh));
  return {
    month: Number(date.slice(5, 7)),
    hours: hours
      .filter((h) => h.fullExpectedWh >= WELL_LIT_SHARE * brightest && brightest > 0)
      .map((h) => ({ actualWh: h.actualWh, clearSkyWh: h.fullExpectedWh })),
  };
}

/** The memo of learned ratios (one learning per site per local day). */
export class RatioBook {
  private readonly memo = new Map<string, { date: string; ratio: number }>();
  /** Evidence of days before yesterday, kept: late data rarely reaches that far back. */
  private readonly days = new Map<string, DayEvidence | null>();

  constructor(
    private readonly reader: IntervalReader,
    private readonly faulty: FaultyDays = () => false,
  ) {}

  /** The performance ratio to expect of the site on the local day containing `now`. */
  ratioFor(site: SiteRecord, now: number): number {
    const today = localDateOf(now, site.timeZone);
    const known = this.memo.get(site.id);
    if (known?.date === today) return known.ratio;
    const days: DayEvidence[] = [];
    for (let back = 1; back <= LEARNING_DAYS; back++) {
      const date = addDays(today, -back);
      const from = startOfLocalDay(date, site.timeZone);
      if (this.faulty(site.id, from, from + 86_400)) continue;
      const key = `${site.id}|${date}`;
      let evidence = this.days.get(key);
      if (evidence === undefined) {
        evidence = dayEvidence(site, this.reader, date);
        // Yesterday may still receive late intervals: only older days are kept.
        if (this.days.size > MAX_REMEMBERED_DAYS) this.days.clear();
        if (back > 1) this.days.set(key, evidence);
      }
      if (evidence) days.push(evidence);
    }
    const month = Number(today.slice(5, 7));
    const ratio = ratioForMonth(learnRatios(days), month, DEFAULT_PERFORMANCE_RATIO);
    this.memo.set(site.id, { date: today, ratio });
    return ratio;
  }
}
