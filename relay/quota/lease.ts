/**
 * Lease arithmetic, without any I/O: how much of a provider's application-wide quota one
 * installation may spend for the next hour. The month's remaining calls (the plan's month, less
 * a safety margin, less what earlier grants already committed) spread over the seconds left give
 * a daily pool; a reserve of it pays for backfills of newly connected sites, the rest is split
 * by the sites each installation serves, never more than it expects to need (an installation
 * that needs less hands its weight back, so the others' level rises at their next renewal).
 * Reported 429s shrink every grant: they mean the relay's picture of the plan is too generous.
 */

/** The plan's quota for the whole application. */
export interface QuotaCapacity {
  perMinute: number;
  perMonth: number;
}

/** The operator's knobs (relay/quota/config.ts reads them from the environment). */
export interface LeasePolicy {
  leaseSeconds: number;
  /**
   * An installation's first lease is this short (s): when many arrive at once (a fleet starting
   * after the store was lost), the first to ask saw none of the others, so its share is
   * recomputed soon, once they all hold leases.
   */
  firstLeaseSeconds: number;
  /** Share of the month never handed out (clock skew, calls outside leases). */
  safetyMargin: number;
  /** Share of the daily pool kept for backfills of newly connected sites. */
  backfillReserve: number;
  /** Calls a newly connected site needs for its backfill (lifetime energy, recent days). */
  backfillCallsPerNewSite: number;
  /** How long after sites were added their backfill is paid from the reserve (s). */
  backfillSeconds: number;
  /** Sites one installation may claim: beyond, its claim counts as this many. */
  maxSitesPerInstallation: number;
  /** Each installation that reported 429s recently multiplies every grant by this. */
  shrinkPerReport: number;
  /** Grants never shrink below this share of the plan. */
  shrinkFloor: number;
}

/** What the relay kept of one installation's lease. */
export interface StoredLease {
  sites: number;
  /** Sites counted for the split: fewer than `sites` when it expects to need less. */
  weight: number;
  /** Sites added recently and still being backfilled. */
  newSites: number;
  newSitesSince: number;
  perDay: number;
  perMinute: number;
  issuedAt: number;
  expiresAt: number;
  /** Start of the quota month its charge went to (epoch s). */
  month: number;
}

/** The shared state a lease is computed from, read from the store. */
export interface LeaseSnapshot {
  now: number;
  /** Calls committed this month by earlier grants (each charged for its whole validity). */
  monthCommitted: number;
  /** Sum of the weights of the other installations holding a lease now. */
  othersWeight: number;
  /** Sum of the new sites of the other installations still being backfilled. */
  othersNewSites: number;
  /** Installations that reported 429s within the shrink memory. */
  recentReports: number;
  previous: StoredLease | null;
}

/** The installation's ask, already validated. */
export interface LeaseAsk {
  activeSites: number;
  expectedCalls: number;
}

/** The outcome: the record to store and the calls to move in the month's account. */
export interface LeaseDecision {
  lease: StoredLease;
  /** Calls this lease commits for the month (its rate over its validity). */
  charge: number;
  /** Calls given back from the previous lease's unexpired rest. */
  refund: number;
}

/** The UTC calendar month around `now` (Enphase's quota month), epoch seconds. */
export function quotaMonthOf(now: number): { start: number; end: number } {
  const date = new Date(now * 1000);
  const start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 1000;
  const end = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / 1000;
  return { start, end };
}

/** The share of the plan left after recent 429 reports. */
export function shrinkFactor(policy: LeasePolicy, recentReports: number): number {
  const reports = Math.max(0, Math.floor(recentReports));
  return Math.max(policy.shrinkFloor, policy.shrinkPerReport ** reports);
}

/** The calls the previous lease had not used up when it is replaced at `now`. */
export function refundOf(previous: StoredLease | null, now: number, month: number): number {
  if (!previous || previous.month !== month || previous.expiresAt <= now) return 0;
  const rest = Math.min(previous.expiresAt - now, previous.expiresAt - previous.issuedAt);
  return (previous.perDay * rest) / 86_400;
}

function roundDown(value: number, places: number): number {
  const scale = 10 ** places;
  return Math.floor(value * scale) / scale;
}

/** New sites still being backfilled at `now`: sites added since the last lease, or kept from it. */
function newSitesOf(
  policy: LeasePolicy,
  sites: number,
  previous: StoredLease | null,
  now: number,
): { newSites: number; newSitesSince: number } {
  if (!previous) return { newSites: sites, newSitesSince: now };
  const added = sites - previous.sites;
  const stillBackfilling = now - previous.newSitesSince < policy.backfillSeconds;
  const kept = stillBackfilling ? Math.min(previous.newSites, sites) : 0;
  if (added > 0) return { newSites: kept + added, newSitesSince: now };
  return { newSites: kept, newSitesSince: kept > 0 ? previous.newSitesSince : now };
}

/** The lease for one installation; see the module comment. */
export function computeLease(
  capacity: QuotaCapacity,
  policy: LeasePolicy,
  snapshot: LeaseSnapshot,
  ask: LeaseAsk,
): LeaseDecision {
  const { now } = snapshot;
  const month = quotaMonthOf(now);
  const shrink = shrinkFactor(policy, snapshot.recentReports);
  const budget = capacity.perMonth * (1 - policy.safetyMargin) * shrink;
  const refund = refundOf(snapshot.previous, now, month.start);
  const remaining = Math.max(0, budget - Math.max(0, snapshot.monthCommitted - refund));
  const secondsLeft = Math.max(3600, month.end - now);
  const poolPerDay = (remaining / secondsLeft) * 86_400;
  const steadyPool = poolPerDay * (1 - policy.backfillReserve);
  const reservePool = poolPerDay * policy.backfillReserve;

  const sites = Math.min(Math.max(0, Math.floor(ask.activeSites)), policy.maxSitesPerInstallation);
  const expected = Math.max(0, ask.expectedCalls);
  const others = Math.max(0, snapshot.othersWeight);
  const level = sites > 0 ? steadyPool / (others + sites) : 0;
  const weight = level > 0 ? Math.min(sites, expected / level) : 0;
  const steady = Math.min(level * sites, expected);

  const fresh = sites > 0 ? newSitesOf(policy, sites, snapshot.previous, now) : null;
  const newSites = fresh?.newSites ?? 0;
  const backfillShare =
    newSites > 0 ? (reservePool * newSites) / (Math.max(0, snapshot.othersNewSites) + newSites) : 0;
  const backfill = Math.min(backfillShare, newSites * policy.backfillCallsPerNewSite);

  const perDay = roundDown(Math.min(poolPerDay, steady + backfill), 3);
  const seconds = snapshot.previous
    ? policy.leaseSeconds
    : Math.min(policy.leaseSeconds, policy.firstLeaseSeconds);
  const minuteBudget = capacity.perMinute * (1 - policy.safetyMargin) * shrink;
  const perMinute = Math.max(
    1,
    Math.floor(poolPerDay > 0 ? (minuteBudget * perDay) / poolPerDay : 0),
  );
  const lease: StoredLease = {
    sites,
    weight,
    newSites,
    newSitesSince: fresh?.newSitesSince ?? now,
    perDay,
    perMinute,
    issuedAt: now,
    expiresAt: now + seconds,
    month: month.start,
  };
  return { lease, charge: (perDay * seconds) / 86_400, refund };
}

/** When the app should renew: in the last sixth of the lease. */
export function renewAtOf(lease: Pick<StoredLease, 'issuedAt' | 'expiresAt'>): number {
  return lease.expiresAt - Math.ceil((lease.expiresAt - lease.issuedAt) / 6);
}

/** The per-address rule: how many installation ids one address may hold leases for. */
export function admitsInstallation(
  knownOnAddress: boolean,
  installationsOnAddress: number,
  maxInstallationsPerAddress: number,
): boolean {
  return knownOnAddress || installationsOnAddress < maxInstallationsPerAddress;
}
