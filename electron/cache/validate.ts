/**
 * Checks on everything the cache is asked to store, done in full before any write so that bad
 * provider data is refused as a whole and never half-written.
 */
import { providerIdSchema, siteStatusSchema } from '../../shared/domain';
import { isLocalDate, isValidTimeZone } from '../../shared/time';
import { InvalidDataError } from './errors';
import type { DailySample, IntervalSample, LedgerEntry, SiteRecord } from './types';

function describe(value: unknown): string {
  return typeof value === 'number' ? String(value) : typeof value;
}

function isEnergy(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * Interval ends must fall in 2000–2100: this catches milliseconds passed as seconds (a classic
 * provider-mapping slip) before they become days in the year 55000.
 */
const earliestEnd = 946_684_800;
const latestEnd = 4_102_444_800;

function isIntervalEnd(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= earliestEnd &&
    value <= latestEnd
  );
}

function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

/**
 * Validates intervals and returns them in ascending `endAt` order with duplicates removed (the
 * last one given for an instant wins, as a later fetch corrects an earlier one).
 */
export function normalizeIntervals(
  siteId: string,
  intervals: readonly IntervalSample[],
): IntervalSample[] {
  let sorted = true;
  let previous = -Infinity;
  for (let i = 0; i < intervals.length; i++) {
    const interval = intervals[i];
    const where = `Interval ${i} for site "${siteId}"`;
    if (typeof interval !== 'object' || interval === null) {
      throw new InvalidDataError(`${where} is not an object.`);
    }
    if (!isIntervalEnd(interval.endAt)) {
      throw new InvalidDataError(
        `${where}: endAt must be a whole number of epoch seconds between 2000 and 2100 (got ${describe(interval.endAt)}).`,
      );
    }
    if (!isEnergy(interval.wh)) {
      throw new InvalidDataError(
        `${where}: wh must be a finite number ≥ 0 (got ${describe(interval.wh)}).`,
      );
    }
    if (!isEnergy(interval.w)) {
      throw new InvalidDataError(
        `${where}: w must be a finite number ≥ 0 (got ${describe(interval.w)}).`,
      );
    }
    if (interval.endAt <= previous) sorted = false;
    previous = interval.endAt;
  }
  if (sorted) return intervals as IntervalSample[];
  // Stable sort keeps input order among equal instants, so "last given wins" holds below.
  const ordered = [...intervals].sort((a, b) => a.endAt - b.endAt);
  const unique: IntervalSample[] = [];
  for (const interval of ordered) {
    const last = unique[unique.length - 1];
    if (last !== undefined && last.endAt === interval.endAt) unique[unique.length - 1] = interval;
    else unique.push(interval);
  }
  return unique;
}

/** Validates provider-reported daily totals. */
export function validateDailySamples(siteId: string, days: readonly DailySample[]): void {
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    const where = `Daily total ${i} for site "${siteId}"`;
    if (typeof day !== 'object' || day === null)
      throw new InvalidDataError(`${where} is not an object.`);
    assertLocalDate(day.localDate, `${where}: localDate`);
    if (!isEnergy(day.wh)) {
      throw new InvalidDataError(
        `${where}: wh must be a finite number ≥ 0 (got ${describe(day.wh)}).`,
      );
    }
  }
}

/** Throws unless `value` is a real `YYYY-MM-DD` date. */
export function assertLocalDate(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string' || !isLocalDate(value)) {
    throw new InvalidDataError(
      `${what} must be a date written YYYY-MM-DD (got ${JSON.stringify(value)}).`,
    );
  }
}

/** Throws unless `value` is a usable instant for a query bound. */
export function assertInstant(value: unknown, what: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidDataError(
      `${what} must be an instant in epoch seconds (got ${describe(value)}).`,
    );
  }
}

/** Validates a site before it is stored; its time zone decides every daily total. */
export function validateSite(site: SiteRecord): void {
  const where = `Site "${String(site?.id)}"`;
  if (typeof site.id !== 'string' || site.id.length === 0)
    throw new InvalidDataError('A site needs an id.');
  if (!providerIdSchema.safeParse(site.provider).success) {
    throw new InvalidDataError(`${where}: ${JSON.stringify(site.provider)} is not a provider id.`);
  }
  if (!siteStatusSchema.safeParse(site.status).success) {
    throw new InvalidDataError(`${where}: unknown status ${JSON.stringify(site.status)}.`);
  }
  if (typeof site.timeZone !== 'string' || !isValidTimeZone(site.timeZone)) {
    throw new InvalidDataError(`${where}: unknown time zone ${JSON.stringify(site.timeZone)}.`);
  }
  for (const key of ['externalId', 'name', 'city', 'country'] as const) {
    if (typeof site[key] !== 'string') throw new InvalidDataError(`${where}: ${key} must be text.`);
  }
  if (site.connectionId !== null && typeof site.connectionId !== 'string') {
    throw new InvalidDataError(`${where}: connectionId must be text or null.`);
  }
  if (!isStoredText(site.statusDetail)) {
    throw new InvalidDataError(`${where}: statusDetail must be text, a message or null.`);
  }
  const since = site.statusSince ?? null;
  if (since !== null && (!Number.isSafeInteger(since) || since < 0)) {
    throw new InvalidDataError(`${where}: statusSince must be epoch seconds or null.`);
  }
  for (const key of ['latitude', 'longitude'] as const) {
    if (typeof site[key] !== 'number' || !Number.isFinite(site[key])) {
      throw new InvalidDataError(`${where}: ${key} must be a finite number.`);
    }
  }
  if (!isEnergy(site.capacityW))
    throw new InvalidDataError(`${where}: capacityW must be a number ≥ 0.`);
  if (!isInstant(site.addedAt))
    throw new InvalidDataError(`${where}: addedAt must be an instant in epoch seconds.`);
}

/** Validates a ledger entry (the budgets trust these counts). */
export function validateLedgerEntry(entry: LedgerEntry): void {
  if (!providerIdSchema.safeParse(entry.provider).success) {
    throw new InvalidDataError(
      `${JSON.stringify(entry.provider)} in a request record is not a provider id.`,
    );
  }
  if (typeof entry.endpoint !== 'string' || entry.endpoint.length === 0) {
    throw new InvalidDataError('A request record needs an endpoint.');
  }
  if (!Number.isInteger(entry.status))
    throw new InvalidDataError('A request record needs an HTTP status.');
  if (!isInstant(entry.at))
    throw new InvalidDataError('A request record needs an instant (epoch s).');
  const cost = entry.costMicroUsd;
  if (cost !== undefined && !(Number.isSafeInteger(cost) && cost >= 0))
    throw new InvalidDataError('A request record costs a whole number of micro-dollars ≥ 0.');
}

/** Null, text, or a message (a key and params of text and numbers). */
export function isStoredText(value: unknown): boolean {
  if (value === null || typeof value === 'string') return true;
  if (typeof value !== 'object') return false;
  const { key, params } = value as { key?: unknown; params?: unknown };
  if (typeof key !== 'string') return false;
  if (params === undefined) return true;
  if (typeof params !== 'object' || params === null) return false;
  return Object.values(params).every((v) => typeof v === 'string' || typeof v === 'number');
}
