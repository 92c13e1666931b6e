/**
 * Each site's learned performance ratio, relearned once per local day from the site's recent
 * history (see performance-ratio.ts). Days the site spent in a fault are left out, so a long
 * fault is not learned as the site's normal.
 *
 * At 1,000 sites the first portfolio asks for every ratio at once, so a learning reads the
 * site's whole window in one query, asks for its faults once, takes each day's bounds from a
 * per-zone calendar, and keeps each past day's clear-day ratio (one number) for later days.
 */
import type { LocalDate } from '../../shared/time';
import { addDays, startOfLocalDay } from '../../shared/time';
import { CacheWriteError } from '../cache/errors';
import type { LearnedDayStore } from '../cache/learned-days';
import { LocalDayCache } from '../cache/localDays';
import type { IntervalSample, SiteRecord } from '../cache/types';
import { DEFAULT_PERFORMANCE_RATIO, EXPECTED_STEP_SECONDS, expectedIntervals } from './expected';
import { hourBuckets } from './hours';
import {
  clearDayRatio,
  ratioForMonth,
  ratiosOfClearDays,
  type DayEvidence,
} from './performance-ratio';
import type { IntervalReader } from './site-day';

/** How far back a site's clear days are looked for. */
export const LEARNING_DAYS = 60;
/** Hours below this share of the day's brightest hour say little about the level (low sun). */
const WELL_LIT_SHARE = 0.4;
/** Learning windows remembered (zones × days: a few dozen in practice). */
const MAX_WINDOWS = 1_000;

/**
 * Whether a span (epoch s, `from` to `to`) of the site was spent in a fault. Asked once per
 * learning with the site's id; the answer is then asked once per day of the window.
 */
export type FaultyDays = (siteId: string) => (from: number, to: number) => boolean;

/** One past local day of a learning window: its date and its bounds in the site's zone. */
interface WindowDay {
  date: LocalDate;
  month: number;
  /** Local midnight starting the day (epoch s). */
  from: number;
  /** The next local midnight (23, 24 or 25 hours later). */
  to: number;
}

/** Evidence of one past local day of the site from its intervals in (from, to]. */
export function dayEvidence(
  site: SiteRecord,
  actual: readonly IntervalSample[],
  day: Pick<WindowDay, 'month' | 'from' | 'to'>,
): DayEvidence | null {
  if (actual.length === 0) return null;
  const clearSky = expectedIntervals(site, day.from, day.to, 1);
  const hours = hourBuckets(clearSky, actual, day.to, EXPECTED_STEP_SECONDS);
  const brightest = Math.max(...hours.map((h) => h.fullExpectedWh));
  return {
    month: day.month,
    hours: hours
      .filter((h) => h.fullExpectedWh >= WELL_LIT_SHARE * brightest && brightest > 0)
      .map((h) => ({ actualWh: h.actualWh, clearSkyWh: h.fullExpectedWh })),
  };
}

/** What a day's learning assumed: the site's geometry and the day's bounds in its zone. */
function basisOf(site: SiteRecord, day: WindowDay): string {
  return `${site.latitude}|${site.longitude}|${site.capacityW}|${day.from}|${day.to}`;
}

/** The first index of sorted `rows` whose interval ends after `at`. */
function firstAfter(rows: readonly IntervalSample[], at: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (rows[mid]!.endAt > at) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** What learning reads: intervals, and what it found on past days (kept in the cache). */
export type LearningReader = IntervalReader & { readonly learnedDays: LearnedDayStore };

/** The memo of learned ratios (one learning per site per local day). */
export class RatioBook {
  private readonly memo = new Map<string, { date: string; ratio: number }>();
  /** The window's days per zone and local today (date arithmetic in a zone is costly). */
  private readonly windows = new Map<string, WindowDay[]>();
  /** Each zone's today: every portfolio answer asks each site's ratio again. */
  private readonly calendar = new LocalDayCache(10_000);

  constructor(
    private readonly reader: LearningReader,
    private readonly faulty: FaultyDays = () => () => false,
  ) {}

  /** The performance ratio to expect of the site on the local day containing `now`. */
  ratioFor(site: SiteRecord, now: number): number {
    const today = this.calendar.dayContaining(now, site.timeZone).date;
    const known = this.memo.get(site.id);
    if (known?.date === today) return known.ratio;
    const window = this.windowOf(site.timeZone, today);
    const faulty = this.faulty(site.id);
    const used = window.filter((day) => !faulty(day.from, day.from + 86_400));
    // A kept day is only as good as its basis: new intervals delete it, and a moved or
    // resized site (or corrected zone) changes the basis.
    const kept = new Map(this.reader.learnedDays.of(site.id).map((d) => [d.date, d]));
    const learned = new Map<LocalDate, number | null>();
    const unknown: WindowDay[] = [];
    for (const day of used) {
      const stored = kept.get(day.date);
      if (stored?.basis === basisOf(site, day)) learned.set(day.date, stored.clearRatio);
      else unknown.push(day);
    }
    const read = this.readDays(site, unknown);
    for (const [date, ratio] of read) learned.set(date, ratio);
    this.keep(site, unknown, read, window[window.length - 1]?.date ?? today);
    const ratios = used.map((day) => ({ month: day.month, ratio: learned.get(day.date)! }));
    const month = Number(today.slice(5, 7));
    const ratio = ratioForMonth(ratiosOfClearDays(ratios), month, DEFAULT_PERFORMANCE_RATIO);
    this.memo.set(site.id, { date: today, ratio });
    return ratio;
  }

  /**
   * Stores what was just learned. Best effort: a cache that cannot take it (disk full) only
   * means the days are learned again at the next start; the ratio itself is right either way.
   */
  private keep(
    site: SiteRecord,
    days: readonly WindowDay[],
    read: ReadonlyMap<LocalDate, number | null>,
    oldest: LocalDate,
  ): void {
    if (days.length === 0) return;
    const learned = days.map((day) => ({
      date: day.date,
      basis: basisOf(site, day),
      clearRatio: read.get(day.date)!,
    }));
    try {
      this.reader.learnedDays.keep(site.id, learned, oldest);
    } catch (error) {
      // See the doc comment: nothing is lost but time.
      if (!(error instanceof CacheWriteError)) throw error;
    }
  }

  /** Each day's clear-day ratio from one read of the span the days cover. */
  private readDays(site: SiteRecord, days: readonly WindowDay[]): Map<LocalDate, number | null> {
    const out = new Map<LocalDate, number | null>();
    if (days.length === 0) return out;
    const from = Math.min(...days.map((d) => d.from));
    const to = Math.max(...days.map((d) => d.to));
    const rows = this.reader.intervals(site.id, from, to);
    for (const day of days) {
      const actual = rows.slice(firstAfter(rows, day.from), firstAfter(rows, day.to));
      const evidence = dayEvidence(site, actual, day);
      out.set(day.date, evidence ? clearDayRatio(evidence) : null);
    }
    return out;
  }

  /** Yesterday back to LEARNING_DAYS ago, newest first, in the zone. */
  private windowOf(zone: string, today: LocalDate): WindowDay[] {
    const key = `${zone}|${today}`;
    let window = this.windows.get(key);
    if (window) return window;
    const dates = Array.from({ length: LEARNING_DAYS + 1 }, (_, back) => addDays(today, -back));
    const starts = dates.map((date) => startOfLocalDay(date, zone));
    window = dates.slice(1).map((date, i) => ({
      date,
      month: Number(date.slice(5, 7)),
      from: starts[i + 1]!,
      to: starts[i]!,
    }));
    if (this.windows.size >= MAX_WINDOWS) this.windows.clear();
    this.windows.set(key, window);
    return window;
  }
}
