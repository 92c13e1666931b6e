/**
 * What ratio learning found on each past local day of a site, kept between starts: learning a
 * day means reading its 288 intervals and computing its clear-sky curve, and at 1,000 sites
 * with 60 days each that is seconds of work before the first portfolio. A stored day is only
 * valid for the data and the site geometry it was learned from: writing intervals of a day
 * forgets it (rollup.ts), and `basis` says which geometry and day bounds it assumed.
 */
import type { LocalDate } from '../../shared/time';
import type { CacheConnection } from './connection';
import type { SiteTable } from './sites';

/** One learned day of a site. */
export interface LearnedDay {
  date: LocalDate;
  /** What the learning assumed (coordinates, capacity, day bounds): reuse only if unchanged. */
  basis: string;
  /** The day's clear-day ratio, or null when it had no data or was not clear. */
  clearRatio: number | null;
}

/** The learned-day store's operations (implemented on the cache's SQLite connection). */
export interface LearnedDayStore {
  /** The site's kept days (none for an unknown or removed site). */
  of(siteId: string): LearnedDay[];
  /** Keeps `days` for the site and forgets its days before `oldest`; an unknown site: nothing. */
  keep(siteId: string, days: readonly LearnedDay[], oldest: LocalDate): void;
}

/** The LearnedDayStore on the cache's connection. */
export class LearnedDayTable implements LearnedDayStore {
  constructor(
    private readonly conn: CacheConnection,
    private readonly sites: SiteTable,
  ) {}

  of(siteId: string): LearnedDay[] {
    const site = this.sites.keyOf(siteId);
    if (site === null || site.removed) return [];
    return this.conn.read(() => {
      const statement = this.conn.prepare(
        'SELECT local_date, basis, clear_ratio FROM learned_days WHERE site_id = ?',
      );
      statement.setReturnArrays(true);
      const rows = statement.all(site.key) as unknown as [LocalDate, string, number | null][];
      return rows.map(([date, basis, clearRatio]) => ({ date, basis, clearRatio }));
    });
  }

  keep(siteId: string, days: readonly LearnedDay[], oldest: LocalDate): void {
    const site = this.sites.keyOf(siteId);
    if (site === null || site.removed) return;
    this.conn.transaction('what ratio learning found', () => {
      this.conn
        .prepare('DELETE FROM learned_days WHERE site_id = ? AND local_date < ?')
        .run(site.key, oldest);
      const upsert = this.conn.prepare(
        `INSERT INTO learned_days (site_id, local_date, basis, clear_ratio) VALUES (?, ?, ?, ?)
         ON CONFLICT (site_id, local_date)
         DO UPDATE SET basis = excluded.basis, clear_ratio = excluded.clear_ratio`,
      );
      for (const day of days) upsert.run(site.key, day.date, day.basis, day.clearRatio);
    });
  }
}
