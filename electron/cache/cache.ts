/**
 * The local cache on node:sqlite: sites, 5-minute intervals, per-local-day totals, sync cursors
 * and the request ledger, in one WAL-mode file in the user data folder. Every write is one
 * transaction, validated in full first; daily totals are kept per the SITE's local day (see
 * localDays.ts for which day an interval belongs to).
 */
import type { ProviderId } from '../../shared/domain';
import type { LocalDate } from '../../shared/time';
import { addMonths, startOfMonth } from '../../shared/time';
import type { StoredText } from '../i18n/stored-text';
import type { Clock, Logger } from '../ports';
import { silentLogger, systemClock } from '../ports';
import { AlertTable } from './alerts';
import { CacheConnection } from './connection';
import { InvalidDataError, UnknownSiteError } from './errors';
import { daysTouched, LocalDayCache } from './localDays';
import { openDatabase } from './open';
import { insertFlows, readFlows, validateFlows, type FlowInterval } from './flows';
import { insertIntervals, rebuildIntervalDays, rollUpDay } from './rollup';
import type { SiteKey } from './sites';
import { SiteTable } from './sites';
import { readSnapshot } from './snapshot';
import { TagTable } from './tags';
import type {
  CacheRecovery,
  CacheStore,
  DailySample,
  IntervalSample,
  LedgerEntry,
  SiteRecord,
  SiteSnapshot,
} from './types';
import {
  assertInstant,
  assertLocalDate,
  normalizeIntervals,
  validateDailySamples,
  validateLedgerEntry,
  validateSite,
} from './validate';

/** How to open the cache. */
export interface CacheOptions {
  log?: Logger;
  clock?: Clock;
  /** SQLite page cache in KiB (default 16 MiB): bounds memory whatever the history size. */
  cacheKiB?: number;
  /** Largest the file may grow (bytes); writes beyond fail like a full disk. Unbounded by default. */
  maxBytes?: number;
}

/** Request records older than this are pruned at open; no provider quota looks further back. */
export const ledgerRetentionDays = 100;

/** The CacheStore on a SQLite file (see the module comment). */
export class SqliteCache implements CacheStore {
  readonly recovery: CacheRecovery | null;
  readonly alerts: AlertTable;
  readonly tags: TagTable;
  private readonly conn: CacheConnection;
  private readonly clock: Clock;
  private readonly sites: SiteTable;
  private readonly days = new LocalDayCache();

  constructor(
    readonly filePath: string,
    options: CacheOptions = {},
  ) {
    const log = options.log ?? silentLogger;
    this.clock = options.clock ?? systemClock;
    const tuning = { cacheKiB: options.cacheKiB ?? 16 * 1024, maxBytes: options.maxBytes };
    const opened = openDatabase(filePath, tuning, this.clock, log);
    this.conn = new CacheConnection(opened.db, filePath, log, this.clock);
    this.recovery = opened.recovery;
    this.sites = new SiteTable(this.conn);
    this.alerts = new AlertTable(this.conn);
    this.tags = new TagTable(this.conn, this.sites);
    this.pruneLedger(log);
  }

  close(): void {
    this.conn.close();
  }

  upsertSite(site: SiteRecord): void {
    validateSite(site);
    this.sites.forget(site.id);
    try {
      this.conn.transaction(`the site "${site.name}"`, () => {
        const before = this.sites.keyOf(site.id);
        this.sites.write(site);
        // Daily totals depend on the zone: a corrected zone moves intervals to their true days.
        if (before !== null && before.zone !== site.timeZone) {
          rebuildIntervalDays(
            this.conn.prepare,
            before.key,
            site.timeZone,
            this.days,
            this.clock.now(),
          );
        }
      });
    } finally {
      this.sites.forget(site.id);
    }
  }

  listSites(): SiteRecord[] {
    return this.sites.list();
  }

  getSite(siteId: string): SiteRecord | null {
    return this.sites.get(siteId);
  }

  setSiteStatus(siteId: string, status: SiteRecord['status'], detail: StoredText | null): void {
    const site = this.activeSite(siteId);
    this.conn.transaction('a site status', () => this.sites.setStatus(site.key, status, detail));
  }

  /**
   * Without `withData` the site leaves the list but its history stays, so adding it again (e.g.
   * reconnecting the account) brings its charts back without a re-download. Unknown ids are a
   * no-op: removing twice is not an error.
   */
  deleteSite(siteId: string, withData: boolean): void {
    const site = this.sites.keyOf(siteId);
    if (site === null) return;
    try {
      this.conn.transaction('the removal of a site', () => {
        if (withData) {
          // daily and cursors follow the site row (ON DELETE CASCADE); intervals have no foreign
          // key (see schema.ts), so they go first, explicitly.
          this.conn.prepare('DELETE FROM intervals WHERE site_id = ?').run(site.key);
          this.conn.prepare('DELETE FROM interval_flows WHERE site_id = ?').run(site.key);
          this.conn.prepare('DELETE FROM sites WHERE site_id = ?').run(site.key);
        } else {
          this.conn
            .prepare('UPDATE sites SET removed_at = ? WHERE site_id = ?')
            .run(this.clock.now(), site.key);
        }
      });
    } finally {
      this.sites.forget(siteId);
    }
  }

  upsertIntervals(siteId: string, intervals: IntervalSample[]): number {
    const site = this.activeSite(siteId);
    if (!Array.isArray(intervals)) {
      throw new InvalidDataError(`Intervals for site "${siteId}" must be a list.`);
    }
    const rows = normalizeIntervals(siteId, intervals);
    if (rows.length === 0) return 0;
    validateFlows(siteId, rows);
    const days = daysTouched(rows, site.zone, this.days);
    const now = this.clock.now();
    this.conn.transaction('new production data', () => {
      insertIntervals(this.conn.prepare, site.key, rows);
      insertFlows(this.conn.prepare, site.key, rows);
      for (const day of days) rollUpDay(this.conn.prepare, site.key, day, now);
    });
    return rows.length;
  }

  /** Returns how many days were stored; days already totalled from intervals are left as they are. */
  upsertDailyReported(siteId: string, days: DailySample[]): number {
    const site = this.activeSite(siteId);
    if (!Array.isArray(days)) {
      throw new InvalidDataError(`Daily totals for site "${siteId}" must be a list.`);
    }
    validateDailySamples(siteId, days);
    if (days.length === 0) return 0;
    return this.conn.transaction('daily totals', () => {
      const upsert = this.conn.prepare(
        `INSERT INTO daily (site_id, local_date, wh, source, hourly_w)
         VALUES (?, ?, ?, 'reported', NULL)
         ON CONFLICT (site_id, local_date) DO UPDATE SET wh = excluded.wh
         WHERE daily.source = 'reported'`,
      );
      let written = 0;
      for (const day of days)
        written += Number(upsert.run(site.key, day.localDate, day.wh).changes);
      return written;
    });
  }

  intervals(siteId: string, from: number, to: number): IntervalSample[] {
    assertInstant(from, 'The start of an interval range');
    assertInstant(to, 'The end of an interval range');
    const rows = this.rows<[number, number, number]>(
      siteId,
      'SELECT end_at, wh, w FROM intervals WHERE site_id = ? AND end_at > ? AND end_at <= ? ORDER BY end_at',
      from,
      to,
    );
    return rows.map(([endAt, wh, w]) => ({ endAt, wh, w }));
  }

  daily(siteId: string, from: LocalDate, to: LocalDate): DailySample[] {
    assertLocalDate(from, 'The first day of a range');
    assertLocalDate(to, 'The last day of a range');
    const rows = this.rows<[string, number]>(
      siteId,
      `SELECT local_date, wh FROM daily WHERE site_id = ? AND local_date >= ? AND local_date <= ?
       ORDER BY local_date`,
      from,
      to,
    );
    return rows.map(([localDate, wh]) => ({ localDate, wh }));
  }

  /** Whole-month totals for every month that overlaps [from, to] (not clipped to the range). */
  monthly(siteId: string, from: LocalDate, to: LocalDate): { month: string; wh: number }[] {
    assertLocalDate(from, 'The first day of a range');
    assertLocalDate(to, 'The last day of a range');
    const rows = this.rows<[string, number]>(
      siteId,
      `SELECT substr(local_date, 1, 7) AS month, total(wh) FROM daily
       WHERE site_id = ? AND local_date >= ? AND local_date < ? GROUP BY month ORDER BY month`,
      startOfMonth(from),
      addMonths(startOfMonth(to), 1),
    );
    return rows.map(([month, wh]) => ({ month, wh }));
  }

  lifetimeWh(siteId: string): number {
    return this.one<number>(siteId, 'SELECT total(wh) FROM daily WHERE site_id = ?') ?? 0;
  }

  firstDate(siteId: string): LocalDate | null {
    return this.one<string>(siteId, 'SELECT min(local_date) FROM daily WHERE site_id = ?');
  }

  lastIntervalAt(siteId: string): number | null {
    return this.one<number>(siteId, 'SELECT max(end_at) FROM intervals WHERE site_id = ?');
  }

  productionSpan(siteId: string, from: number, to: number): { first: number; last: number } | null {
    const [row] = this.rows<[number | null, number | null]>(
      siteId,
      'SELECT min(end_at), max(end_at) FROM intervals WHERE site_id = ? AND end_at > ? AND end_at <= ? AND wh > 0',
      from,
      to,
    );
    return row?.[0] == null || row[1] == null ? null : { first: row[0], last: row[1] };
  }

  snapshot(now: number): SiteSnapshot[] {
    assertInstant(now, 'The snapshot instant');
    return this.conn.read(() => readSnapshot(this.conn.prepare, this.days, now));
  }

  /** Sums the daily totals of the sites in the list (removed sites keep their data but drop out). */
  fleetDaily(from: LocalDate, to: LocalDate): DailySample[] {
    assertLocalDate(from, 'The first day of a range');
    assertLocalDate(to, 'The last day of a range');
    return this.conn.read(() => {
      const statement = this.conn.prepare(
        `SELECT d.local_date, total(d.wh) FROM daily d
         JOIN sites s ON s.site_id = d.site_id AND s.removed_at IS NULL
         WHERE d.local_date >= ? AND d.local_date <= ?
         GROUP BY d.local_date ORDER BY d.local_date`,
      );
      statement.setReturnArrays(true);
      const rows = statement.all(from, to) as unknown as [string, number][];
      return rows.map(([localDate, wh]) => ({ localDate, wh }));
    });
  }

  getCursor(siteId: string, kind: string): string | null {
    return this.one<string>(
      siteId,
      'SELECT value FROM cursors WHERE site_id = ? AND kind = ?',
      kind,
    );
  }

  setCursor(siteId: string, kind: string, value: string): void {
    if (typeof kind !== 'string' || kind.length === 0)
      throw new InvalidDataError('A cursor needs a kind.');
    if (typeof value !== 'string') throw new InvalidDataError(`The "${kind}" cursor must be text.`);
    const site = this.activeSite(siteId);
    this.conn.transaction('a sync position', () => {
      this.conn
        .prepare(
          `INSERT INTO cursors (site_id, kind, value) VALUES (?, ?, ?)
           ON CONFLICT (site_id, kind) DO UPDATE SET value = excluded.value`,
        )
        .run(site.key, kind, value);
    });
  }

  recordRequest(entry: LedgerEntry): void {
    validateLedgerEntry(entry);
    this.conn.transaction('a request record', () => {
      this.conn
        .prepare(
          `INSERT INTO request_ledger (provider, connection_id, site_id, endpoint, status, at,
             cost_micro_usd)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          entry.provider,
          entry.connectionId,
          entry.siteId,
          entry.endpoint,
          entry.status,
          entry.at,
          entry.costMicroUsd ?? 0,
        );
    });
  }

  spendMicroUsd(provider: ProviderId, from: number): number {
    assertInstant(from, 'The start of a spend');
    return this.conn.read(() => {
      const statement = this.conn.prepare(
        'SELECT total(cost_micro_usd) FROM request_ledger WHERE provider = ? AND at >= ?',
      );
      statement.setReturnArrays(true);
      return (statement.get(provider, from) as unknown as [number])[0];
    });
  }

  flows(siteId: string, from: number, to: number): FlowInterval[] {
    assertInstant(from, 'The start of a flow range');
    assertInstant(to, 'The end of a flow range');
    const site = this.sites.keyOf(siteId);
    if (site === null) return [];
    return this.conn.read(() => readFlows(this.conn.prepare, site.key, from, to));
  }

  countRequests(provider: ProviderId, from: number, status?: number): number {
    assertInstant(from, 'The start of a request count');
    return this.conn.read(() => {
      const statement = this.conn.prepare(
        status === undefined
          ? 'SELECT count(*) FROM request_ledger WHERE provider = ? AND at >= ?'
          : 'SELECT count(*) FROM request_ledger WHERE provider = ? AND at >= ? AND status = ?',
      );
      statement.setReturnArrays(true);
      const row =
        status === undefined
          ? statement.get(provider, from)
          : statement.get(provider, from, status);
      return (row as unknown as [number])[0];
    });
  }

  private activeSite(siteId: string): SiteKey {
    const site = this.sites.keyOf(siteId);
    if (site === null || site.removed) throw new UnknownSiteError(siteId);
    return site;
  }

  /** Rows of a per-site query whose first parameter is the site key; none for unknown sites. */
  private rows<Row>(siteId: string, sql: string, ...params: (number | string)[]): Row[] {
    const site = this.sites.keyOf(siteId);
    if (site === null) return [];
    return this.conn.read(() => {
      const statement = this.conn.prepare(sql);
      statement.setReturnArrays(true);
      return statement.all(site.key, ...params) as unknown as Row[];
    });
  }

  /** The first column of a per-site query's first row, or null. */
  private one<Value>(siteId: string, sql: string, ...params: (number | string)[]): Value | null {
    const row = this.rows<[Value | null]>(siteId, sql, ...params)[0];
    return row === undefined ? null : row[0];
  }

  /** Best effort: a ledger that cannot be pruned today (disk full) is pruned at a later start. */
  private pruneLedger(log: Logger): void {
    const cutoff = this.clock.now() - ledgerRetentionDays * 86_400;
    try {
      this.conn.transaction('the request ledger', () => {
        this.conn.prepare('DELETE FROM request_ledger WHERE at < ?').run(cutoff);
      });
    } catch (error) {
      log.warn('cache ledger not pruned', { detail: String(error) });
    }
  }
}

/** Opens the cache at `filePath` (created with its folder if missing); see SqliteCache. */
export function openCache(filePath: string, options?: CacheOptions): SqliteCache {
  return new SqliteCache(filePath, options);
}
