/**
 * The cache's schema as an ordered list of forward migrations. Each runs in its own transaction
 * and records its number in `schema_version`, so an interrupted upgrade resumes where it stopped
 * and a database written by a NEWER app is recognised instead of being silently misread.
 */
import type { DatabaseSync } from 'node:sqlite';

/** One schema step; `sql` runs inside the migration's transaction. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/**
 * Every schema step, oldest first. Never edit a released step: append a new one.
 *
 * Sites get a compact integer key (`sites.site_id`) that the big tables use, so a year of
 * 5-minute rows per site costs a few bytes of key each instead of repeating the text id.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'sites, intervals, daily totals, cursors, request ledger',
    sql: `
      -- AUTOINCREMENT: a key is never reused, so no stray row can ever join a later site.
      CREATE TABLE sites (
        site_id INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        provider TEXT NOT NULL,
        external_id TEXT NOT NULL,
        connection_id TEXT,
        name TEXT NOT NULL,
        city TEXT NOT NULL,
        country TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        latitude REAL NOT NULL,
        longitude REAL NOT NULL,
        capacity_w REAL NOT NULL,
        status TEXT NOT NULL,
        status_detail TEXT,
        added_at INTEGER NOT NULL,
        removed_at INTEGER
      ) STRICT;
      CREATE INDEX sites_by_zone ON sites (time_zone) WHERE removed_at IS NULL;

      -- No foreign key here on purpose: checking the parent row for every interval costs about
      -- a tenth of the ingest rate. The cache checks the site before writing and deleteSite
      -- removes a site's intervals itself.
      CREATE TABLE intervals (
        site_id INTEGER NOT NULL,
        end_at INTEGER NOT NULL,
        wh REAL NOT NULL,
        w REAL NOT NULL,
        PRIMARY KEY (site_id, end_at)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE daily (
        site_id INTEGER NOT NULL REFERENCES sites (site_id) ON DELETE CASCADE,
        local_date TEXT NOT NULL,
        wh REAL NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('intervals', 'reported')),
        -- Average power per local hour (little-endian float64s), for days built from
        -- intervals: the portfolio reads today's curve of 500 sites without scanning them.
        hourly_w BLOB,
        PRIMARY KEY (site_id, local_date)
      ) STRICT, WITHOUT ROWID;
      -- Fleet totals and the snapshot read one date across all sites.
      CREATE INDEX daily_by_date ON daily (local_date, site_id, wh);

      CREATE TABLE cursors (
        site_id INTEGER NOT NULL REFERENCES sites (site_id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (site_id, kind)
      ) STRICT, WITHOUT ROWID;

      -- Site ids here are the text ids and carry no foreign key: the record of a request
      -- must outlive the site, because the provider's quota still counts it.
      CREATE TABLE request_ledger (
        id INTEGER PRIMARY KEY,
        provider TEXT NOT NULL,
        connection_id TEXT,
        site_id TEXT,
        endpoint TEXT NOT NULL,
        status INTEGER NOT NULL,
        at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX request_ledger_by_provider ON request_ledger (provider, at);
    `,
  },
  {
    version: 2,
    description: 'alerts and their silences',
    sql: `
      -- Subjects are text (site, account, provider or app) and carry no foreign key: an
      -- alert's history outlives a removed site. One row per (rule, subject, start), so
      -- evaluating the same data twice changes nothing.
      CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        rule TEXT NOT NULL,
        subject TEXT NOT NULL,
        site_id TEXT,
        severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'fault')),
        start_at INTEGER NOT NULL,
        end_at INTEGER,
        detected_at INTEGER NOT NULL,
        summary TEXT NOT NULL,
        evidence TEXT NOT NULL,
        -- Energy lost on earlier evaluation windows (local days) plus the current one's.
        lost_wh_before REAL NOT NULL DEFAULT 0,
        lost_wh REAL NOT NULL DEFAULT 0,
        lost_window INTEGER NOT NULL DEFAULT 0,
        acknowledged_at INTEGER,
        UNIQUE (rule, subject, start_at)
      ) STRICT;
      CREATE INDEX alerts_open ON alerts (subject, rule) WHERE end_at IS NULL;
      CREATE INDEX alerts_by_site ON alerts (site_id, start_at);

      -- A snooze has an end; a mute does not (until IS NULL).
      CREATE TABLE alert_silences (
        subject TEXT NOT NULL,
        rule TEXT NOT NULL,
        until INTEGER,
        PRIMARY KEY (subject, rule)
      ) STRICT, WITHOUT ROWID;
    `,
  },
  {
    version: 3,
    description: 'energy flows beside solar, and what each request cost',
    sql: `
      -- Home use, grid and battery per interval, for sites that measure them (a solar-only
      -- site has no rows). NULL means "not measured here", never zero. Like intervals, no
      -- foreign key: deleteSite removes a site's flows itself.
      CREATE TABLE interval_flows (
        site_id INTEGER NOT NULL,
        end_at INTEGER NOT NULL,
        home_wh REAL,
        grid_import_wh REAL,
        grid_export_wh REAL,
        battery_charge_wh REAL,
        battery_discharge_wh REAL,
        soc_percent REAL,
        PRIMARY KEY (site_id, end_at)
      ) STRICT, WITHOUT ROWID;

      -- Providers that bill per request (Tesla) record each call's cost in micro-dollars.
      ALTER TABLE request_ledger ADD COLUMN cost_micro_usd INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 4,
    description: 'site tags',
    sql: `
      -- User-defined labels ("North campus") that group sites in the portfolio. They follow
      -- the site row: a site removed with its data loses its tags; one removed without them
      -- gets its tags back with its history when it is added again. \`position\` keeps the
      -- order the person gave. Uniqueness ignores case, as the app compares tags.
      CREATE TABLE site_tags (
        site_id INTEGER NOT NULL REFERENCES sites (site_id) ON DELETE CASCADE,
        tag TEXT NOT NULL COLLATE NOCASE,
        position INTEGER NOT NULL,
        PRIMARY KEY (site_id, tag)
      ) STRICT, WITHOUT ROWID;
    `,
  },
  {
    version: 5,
    description: 'alert summaries and site status details as message keys',
    sql: `
      -- Sentences are stored as a catalogue key and its params (JSON), put into words when
      -- they are shown, so a stored alert reads in the language chosen at that moment. The
      -- text columns keep the English wording: all older rows have, and a fallback.
      ALTER TABLE alerts ADD COLUMN summary_key TEXT;
      ALTER TABLE alerts ADD COLUMN summary_params TEXT;
      ALTER TABLE sites ADD COLUMN status_key TEXT;
      ALTER TABLE sites ADD COLUMN status_params TEXT;
      -- When the provider says the status began (epoch seconds), where it says.
      ALTER TABLE sites ADD COLUMN status_since INTEGER;
    `,
  },
  {
    version: 6,
    description: 'what ratio learning found per site and day',
    sql: `
      -- Each past local day's clear-day ratio (NULL: no data or not clear), so a start does
      -- not relearn 60 days of every site. Writing a day's intervals deletes its row (see
      -- rollup.ts); \`basis\` names the geometry and day bounds it was learned with.
      CREATE TABLE learned_days (
        site_id INTEGER NOT NULL REFERENCES sites (site_id) ON DELETE CASCADE,
        local_date TEXT NOT NULL,
        basis TEXT NOT NULL,
        clear_ratio REAL,
        PRIMARY KEY (site_id, local_date)
      ) STRICT, WITHOUT ROWID;
    `,
  },
];

/** The newest schema this build understands. */
export const latestSchemaVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0);

/** The database was written by a newer app version; reading it could misinterpret its data. */
export class SchemaTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`The cache has schema version ${found}; this app understands up to ${supported}.`);
    this.name = 'SchemaTooNewError';
  }
}

/** The file is a SQLite database, but not one this app made (tables, no schema_version). */
export class ForeignDatabaseError extends Error {
  constructor() {
    super('The file is a database of another program.');
    this.name = 'ForeignDatabaseError';
  }
}

/** The schema version a database is at (0 for a new, empty database). */
export function currentSchemaVersion(db: DatabaseSync): number {
  const hasTable = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'")
    .get();
  if (hasTable === undefined) {
    const anyTable = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get();
    if (anyTable !== undefined) throw new ForeignDatabaseError();
    return 0;
  }
  const row = db.prepare('SELECT max(version) AS version FROM schema_version').get() as
    { version: number | null } | undefined;
  return row?.version ?? 0;
}

/**
 * Brings the database up to `latestSchemaVersion`, one transaction per step. Throws
 * SchemaTooNewError rather than touching a database from a newer app.
 */
export function migrate(
  db: DatabaseSync,
  now: number,
  steps: readonly Migration[] = migrations,
): number {
  const latest = steps.reduce((max, m) => Math.max(max, m.version), 0);
  let version = currentSchemaVersion(db);
  if (version > latest) throw new SchemaTooNewError(version, latest);
  if (version === 0) {
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL) STRICT',
    );
  }
  // Every step not yet recorded, not only those above the highest: steps written on parallel
  // branches can land out of order, and a database that got 4 before 3 existed still needs 3.
  const applied = appliedVersions(db);
  const pending = [...steps]
    .filter((m) => !applied.has(m.version))
    .sort((a, b) => a.version - b.version);
  const record = db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)');
  for (const step of pending) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(step.sql);
      record.run(step.version, now);
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
    version = Math.max(version, step.version);
  }
  return version;
}

/** The step numbers recorded in `schema_version` (none for a new database). */
function appliedVersions(db: DatabaseSync): Set<number> {
  const rows = db.prepare('SELECT version FROM schema_version').all() as { version: number }[];
  return new Set(rows.map((r) => r.version));
}
