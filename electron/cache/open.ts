/**
 * Opens the cache file and makes sure it can be used: pragmas, schema, a cheap health check.
 * A file that cannot be read as this app's cache (garbage, truncated, another program's database,
 * a newer app's schema) is moved aside with its -wal/-shm files and a fresh cache is started, so
 * a damaged file costs a re-download, never a crash loop. Locked or unwritable files are NOT
 * moved: they are not damaged, and the caller gets a CacheOpenError to show.
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Clock, Logger } from '../ports';
import { moveAside } from '../files/move-aside';
import { CacheOpenError, isCorruption, sqliteCodeOf } from './errors';
import { ForeignDatabaseError, latestSchemaVersion, migrate, SchemaTooNewError } from './schema';
import type { CacheRecovery } from './types';
import { englishWords, type Message } from '../i18n/words';

/** Tuning the cache applies to every connection. */
export interface OpenTuning {
  /** SQLite page cache per connection, in KiB. Bounded so 100 site-years stay well under 150 MB RSS. */
  cacheKiB: number;
  /** Upper bound of the database file (SQLite max_page_count); writes past it fail as a full disk. */
  maxBytes?: number;
}

/** An open, migrated database and what had to be done to get it. */
export interface OpenedDatabase {
  db: DatabaseSync;
  recovery: CacheRecovery | null;
}

/** Why a file was judged unusable, in the words the user will read. */
class UnusableFileError extends Error {
  constructor(
    readonly userReason: 'damaged' | 'newer' | 'foreign',
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(detail, options);
    this.name = 'UnusableFileError';
  }
}

const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');

/** Path of the marker file a running cache leaves when SQLite reports damage. */
export function checkMarkerPath(filePath: string): string {
  return `${filePath}.needs-check`;
}

/**
 * Reads the 100-byte SQLite header and returns why the file is damaged, or null when it looks
 * sound. Catches garbage and truncation before SQLite is asked to make sense of them.
 */
export function headerProblem(filePath: string): string | null {
  if (!existsSync(filePath)) return null;
  const stats = statSync(filePath);
  if (!stats.isFile()) {
    throw new CacheOpenError(
      `The local data cache at ${filePath} is not a file, so it cannot be used.`,
    );
  }
  const size = stats.size;
  if (size === 0) return null; // SQLite treats an empty file as a new database.
  if (size < 100) return `the file is ${size} bytes long, shorter than a database header`;
  const header = Buffer.alloc(100);
  const fd = openSync(filePath, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (!header.subarray(0, 16).equals(sqliteMagic)) return 'the file is not a SQLite database';
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    return `the header names an impossible page size (${rawPageSize})`;
  }
  // Without a write-ahead log the main file alone holds the database, so its length must cover
  // every page the header counts (the count is trusted only when bytes 24 and 92 agree).
  const walPath = `${filePath}-wal`;
  const hasWal = existsSync(walPath) && statSync(walPath).size > 0;
  if (!hasWal) {
    if (size % pageSize !== 0) return `the file length (${size}) is not a whole number of pages`;
    const pages = header.readUInt32BE(28);
    const countIsValid = header.readUInt32BE(24) === header.readUInt32BE(92) && pages > 0;
    if (countIsValid && pages * pageSize > size) {
      return `the file is truncated (${size} of ${pages * pageSize} bytes)`;
    }
  }
  return null;
}

function configure(db: DatabaseSync, tuning: OpenTuning): void {
  // busy_timeout first, so switching to WAL waits for a briefly locked file instead of failing.
  db.exec('PRAGMA busy_timeout = 5000');
  const mode = db.prepare('PRAGMA journal_mode = WAL').get() as
    { journal_mode?: string } | undefined;
  if (mode?.journal_mode !== 'wal') {
    throw new CacheOpenError('The local data cache could not switch to write-ahead logging.');
  }
  // A 40 MB write-ahead log between checkpoints lets a backfill rewrite each page once per
  // checkpoint instead of once per batch; the size limit gives the space back afterwards.
  db.exec(`
    PRAGMA synchronous = NORMAL;
    PRAGMA foreign_keys = ON;
    PRAGMA cache_size = -${Math.max(512, Math.floor(tuning.cacheKiB))};
    PRAGMA temp_store = MEMORY;
    PRAGMA wal_autocheckpoint = 10000;
    PRAGMA journal_size_limit = ${64 * 1024 * 1024};
  `);
  if (tuning.maxBytes !== undefined) {
    const pageSize = (db.prepare('PRAGMA page_size').get() as { page_size: number }).page_size;
    db.exec(`PRAGMA max_page_count = ${Math.max(1, Math.floor(tuning.maxBytes / pageSize))}`);
  }
}

/** Touches the first and last pages of every table, where damage from truncation shows first. */
function probe(db: DatabaseSync): void {
  for (const table of ['sites', 'intervals', 'daily', 'cursors', 'request_ledger']) {
    db.prepare(`SELECT * FROM ${table} LIMIT 1`).all();
  }
  db.prepare(
    'SELECT site_id, end_at FROM intervals ORDER BY site_id DESC, end_at DESC LIMIT 1',
  ).all();
  db.prepare(
    'SELECT site_id, local_date FROM daily ORDER BY site_id DESC, local_date DESC LIMIT 1',
  ).all();
}

function fullCheck(db: DatabaseSync): void {
  const rows = db.prepare('PRAGMA quick_check').all() as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
    throw new UnusableFileError(
      'damaged',
      `quick_check: ${rows.map((r) => r.quick_check).join('; ')}`,
    );
  }
}

function openAndPrepare(filePath: string, tuning: OpenTuning, now: number): DatabaseSync {
  const problem = headerProblem(filePath);
  if (problem !== null) throw new UnusableFileError('damaged', problem);
  let db: DatabaseSync | null = null;
  try {
    db = new DatabaseSync(filePath, { timeout: 5000 });
    configure(db, tuning);
    const marked = existsSync(checkMarkerPath(filePath));
    if (marked) fullCheck(db);
    migrate(db, now);
    probe(db);
    if (marked) rmSync(checkMarkerPath(filePath), { force: true });
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof UnusableFileError) throw error;
    if (error instanceof SchemaTooNewError)
      throw new UnusableFileError('newer', error.message, { cause: error });
    if (error instanceof ForeignDatabaseError) {
      throw new UnusableFileError('foreign', error.message, { cause: error });
    }
    if (isCorruption(error)) {
      throw new UnusableFileError(
        'damaged',
        error instanceof Error ? error.message : String(error),
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}

function userNotice(reason: UnusableFileError['userReason'], movedTo: string): Message {
  const key = (
    {
      newer: 'notice.cache.newer',
      foreign: 'notice.cache.foreign',
      damaged: 'notice.cache.damaged',
    } as const
  )[reason];
  return { key, params: { movedTo } };
}

function openFailure(filePath: string, error: unknown): CacheOpenError {
  const code = sqliteCodeOf(error);
  const why =
    code === 5 || code === 6
      ? 'it is in use by another copy of Enalysis'
      : code === 14
        ? 'the file or its folder cannot be opened'
        : 'of an unexpected error';
  return new CacheOpenError(
    `The local data cache at ${filePath} could not be opened because ${why}.`,
    {
      cause: error,
    },
  );
}

/** Opens (creating if needed) and migrates the cache database, rebuilding an unusable file. */
export function openDatabase(
  filePath: string,
  tuning: OpenTuning,
  clock: Clock,
  log: Logger,
): OpenedDatabase {
  try {
    mkdirSync(dirname(filePath), { recursive: true });
  } catch (error) {
    throw new CacheOpenError(
      `The folder for the local data cache (${dirname(filePath)}) cannot be created.`,
      {
        cause: error,
      },
    );
  }
  try {
    return { db: openAndPrepare(filePath, tuning, clock.now()), recovery: null };
  } catch (error) {
    if (!(error instanceof UnusableFileError)) {
      if (error instanceof CacheOpenError) throw error;
      throw openFailure(filePath, error);
    }
    let movedTo: string;
    try {
      movedTo = moveAside(filePath, clock.now(), ['-wal', '-shm']);
    } catch (moveError) {
      throw new CacheOpenError(
        `The local data cache at ${filePath} is unusable and could not be moved aside.`,
        { cause: moveError },
      );
    }
    rmSync(checkMarkerPath(filePath), { force: true });
    log.warn('cache file unusable; moved aside and rebuilt', {
      reason: error.userReason,
      detail: error.message,
      movedTo,
      supportedSchema: latestSchemaVersion,
    });
    try {
      const db = openAndPrepare(filePath, tuning, clock.now());
      const notice = userNotice(error.userReason, movedTo);
      return { db, recovery: { movedTo, message: englishWords.say(notice), notice } };
    } catch (retryError) {
      throw openFailure(filePath, retryError);
    }
  }
}
