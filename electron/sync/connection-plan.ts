/**
 * Per connection and tick, the cheapest way to learn what is new, decided without I/O:
 * - asleep: every site is dark and its evening's data is in: no call of any kind;
 * - list: one site list (a page per `sitesPerCall` sites), then a call only for sites that moved;
 * - direct: ask the awake sites that moved (or whose upload is due) at once, when the account
 *   has too few uncertain sites for a list call to save anything.
 * A connection is listed when nothing is known of it yet, when it wakes up (the morning's
 * statuses) and at least every LIST_AT_LEAST_EVERY_SECONDS (statuses and renamed systems).
 */

/** What the planner knows of one site of the connection this tick. */
export interface KnownSiteState {
  /** The site's day is closed and the sun is down (plan.ts `sleepsAt`). */
  sleeps: boolean;
  /** Fetching it now would be a call (not backing off, not asleep). */
  wouldCall: boolean;
  /**
   * It most likely has new data: its gateway uploads at least once per refresh interval and
   * its last call brought news. A list would only spare the calls of the other sites.
   */
  expectedToMove: boolean;
  /**
   * Not expected to move, but an upload is due by its cadence (its data is older than the
   * provider's upload period plus cloud delay): asked directly, it may or may not have news.
   */
  uploadDue: boolean;
}

/** One connection's situation. */
export interface ConnectionPlanInput {
  /** Sites known from the last listing, or null when the connection was never listed. */
  sites: readonly KnownSiteState[] | null;
  /** When the connection was last listed (epoch s), or null. */
  lastListedAt: number | null;
  /** The connection slept at its previous tick. */
  wasAsleep: boolean;
  /** Sites one list call covers; null when listing costs no request (list every tick). */
  sitesPerCall: number | null;
  now: number;
}

/** What a connection gets this tick. */
export type ConnectionWork = 'asleep' | 'list' | 'direct';

/** Statuses and names still come from a list at least this often while the sun is up (s). */
export const LIST_AT_LEAST_EVERY_SECONDS = 6 * 3600;

/** See the module comment. */
export function planConnection(input: ConnectionPlanInput): ConnectionWork {
  const { sites, sitesPerCall } = input;
  if (sitesPerCall === null || sites === null || input.lastListedAt === null) return 'list';
  if (sites.length === 0) return 'list';
  if (sites.every((site) => site.sleeps)) return 'asleep';
  if (input.wasAsleep || input.now - input.lastListedAt >= LIST_AT_LEAST_EVERY_SECONDS) {
    return 'list';
  }
  // Asked directly: the sites expected to move and those with an upload due (the others wait
  // for their cadence). A list costs its pages plus the sites that really moved, which are
  // those expected to move and some of those due: it only saves when the due ones outnumber
  // its pages.
  const listCalls = Math.ceil(sites.length / Math.max(1, sitesPerCall));
  const due = sites.filter((site) => site.wouldCall && !site.expectedToMove && site.uploadDue);
  return due.length <= listCalls ? 'direct' : 'list';
}
