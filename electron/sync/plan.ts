/**
 * Which work a site needs at an instant, decided without any I/O so every rule of the request
 * budget is a row in a test table: backfill a new site with two calls, fetch only from the
 * cursor, skip sites with nothing new, wait out backoff, stay quiet at night.
 */
import type { LocalDate } from '../../shared/time';
import { addDays, localDateOf, startOfLocalDay } from '../../shared/time';
import { isQuietNight, lastUploadIsIn } from './night';
import { referenceInstant, type DaylightShift } from './own-daylight';

/** How far back a backfill reaches. */
export interface BackfillWindow {
  /** Daily totals for this many local days before today (Enphase: up to 2 years in one call). */
  dailyDays: number;
  /**
   * Local days of intervals, today included: from local midnight `intervalDays - 1` days ago.
   * Seven fit in one Enphase `granularity=week` call, whose window is 7 local days long.
   */
  intervalDays: number;
}

/** One year of daily totals and 7 local days of intervals (today and the 6 before). */
export const defaultBackfillWindow: BackfillWindow = { dailyDays: 365, intervalDays: 7 };

/** Everything the planner needs to know about one site. */
export interface SitePlanInput {
  siteId: string;
  timeZone: string;
  latitude: number;
  longitude: number;
  /** The provider's newest data instant from this tick's site list (null: it does not say). */
  lastEnergyAt: number | null;
  /** The newest interval end already stored (the `intervals` cursor), null for a new site. */
  cursor: number | null;
  /** The last local date whose daily total was backfilled (the `daily` cursor), or null. */
  dailyThrough: LocalDate | null;
  /** Not before this instant (backoff after errors), or null. */
  retryAt: number | null;
  /** Skip calls that can only return the night's zeros (real providers, where calls cost). */
  pauseAtNight: boolean;
  /**
   * How long after the panels stop the provider may still deliver their last data (its upload
   * period plus its cloud's delay, s). Past it, a dark site sleeps even if its cursor stopped
   * before sunset (systems that leave night intervals out). Absent: only the cursor tells.
   */
  dataLagSeconds?: number;
  /**
   * How much later than at `latitude`/`longitude` the site's own panels start and stop, learned
   * from its recent days (own-daylight.ts). Absent: the coordinates are trusted as they are.
   */
  daylightShift?: DaylightShift;
}

/** Why a site gets no call this tick. */
export type SkipReason = 'backoff' | 'idle' | 'night';

/** The work one site needs now. */
export type SiteWork =
  | {
      kind: 'backfill';
      siteId: string;
      /** One daily call for these local days, or null when they are already stored. */
      daily: { from: LocalDate; to: LocalDate } | null;
      /**
       * After a long absence: one interval call that finishes the local day the cursor stopped
       * in (intervals in `since < endAt <= until`), since a day totalled from intervals keeps
       * that total and would otherwise stay short. Null for new sites and midnight cursors.
       */
      finishDay: { since: number; until: number } | null;
      /** One interval call from this instant (local midnight `intervalDays - 1` days ago). */
      intervalsSince: number;
    }
  | { kind: 'intervals'; siteId: string; since: number }
  | { kind: 'skip'; siteId: string; reason: SkipReason };

/**
 * Plans one site. A site with no cursor is backfilled with two calls. A site whose cursor is
 * older than the interval window (the app was closed for weeks) is caught up the same way, plus
 * one call finishing the day it stopped in, instead of one interval call per missing week.
 */
export function planSite(
  site: SitePlanInput,
  now: number,
  window: BackfillWindow = defaultBackfillWindow,
): SiteWork {
  const { siteId } = site;
  if (site.retryAt !== null && site.retryAt > now)
    return { kind: 'skip', siteId, reason: 'backoff' };

  const today = localDateOf(now, site.timeZone);
  const yesterday = addDays(today, -1);
  const intervalsSince = startOfLocalDay(
    addDays(today, -Math.max(0, window.intervalDays - 1)),
    site.timeZone,
  );
  if (site.cursor === null || site.cursor < intervalsSince) {
    const gapStart =
      site.cursor === null
        ? addDays(today, -window.dailyDays)
        : localDateOf(site.cursor, site.timeZone);
    const from =
      site.dailyThrough !== null && site.dailyThrough >= gapStart
        ? addDays(site.dailyThrough, 1)
        : gapStart;
    const daily = from <= yesterday ? { from, to: yesterday } : null;
    const finishDay = site.cursor === null ? null : unfinishedDay(site.cursor, site.timeZone);
    return { kind: 'backfill', siteId, daily, finishDay, intervalsSince };
  }

  if (site.lastEnergyAt !== null && site.lastEnergyAt <= site.cursor) {
    return { kind: 'skip', siteId, reason: 'idle' };
  }
  if (site.pauseAtNight && sleepsNow(site, site.cursor, now)) {
    return { kind: 'skip', siteId, reason: 'night' };
  }
  return { kind: 'intervals', siteId, since: site.cursor };
}

/**
 * Dark, and the day's last data already fetched or certainly delivered (see night.ts), judged
 * at the instant of the coordinates' sun that matches the site's own morning or evening.
 */
function sleepsNow(site: SitePlanInput, cursor: number, now: number): boolean {
  const { latitude, longitude, dataLagSeconds } = site;
  const at = site.daylightShift
    ? referenceInstant(latitude, longitude, now, site.daylightShift)
    : now;
  if (isQuietNight(latitude, longitude, cursor, at)) return true;
  return dataLagSeconds !== undefined && lastUploadIsIn(latitude, longitude, at, dataLagSeconds);
}

/**
 * True when a site's only possible work now is the night's nothing: planned without backoff
 * and without the provider's "newest data" (a connection that is not listed has none), it
 * would be skipped for the night. A connection whose sites all sleep gets no call at all.
 */
export function sleepsAt(
  site: SitePlanInput,
  now: number,
  window: BackfillWindow = defaultBackfillWindow,
): boolean {
  const work = planSite({ ...site, retryAt: null, lastEnergyAt: null }, now, window);
  return work.kind === 'skip' && work.reason === 'night';
}

/** The rest of the local day a cursor stopped in, or null when it stopped at midnight. */
function unfinishedDay(cursor: number, zone: string): { since: number; until: number } | null {
  const date = localDateOf(cursor, zone);
  if (startOfLocalDay(date, zone) === cursor) return null;
  return { since: cursor, until: startOfLocalDay(addDays(date, 1), zone) };
}

/** How many provider calls a piece of work costs (for progress and budgets). */
export function callsOf(work: SiteWork): number {
  if (work.kind === 'skip') return 0;
  if (work.kind === 'intervals') return 1;
  return 1 + (work.daily === null ? 0 : 1) + (work.finishDay === null ? 0 : 1);
}
