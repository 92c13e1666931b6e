/**
 * The one SQLite connection of the cache, with the rules every query follows: statements are
 * prepared once and reused, every write is a single IMMEDIATE transaction that leaves nothing
 * behind when it fails, and SQLite's failures become the cache's named errors.
 */
import { writeFileSync } from 'node:fs';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { AppError, UnavailableError } from '../errors';
import type { Clock, Logger } from '../ports';
import {
  CacheCorruptError,
  CacheWriteError,
  isCorruption,
  SqliteCode,
  sqliteCodeOf,
} from './errors';
import { checkMarkerPath } from './open';

/** Prepares (and caches) a statement on the cache's connection. */
export type Prepare = (sql: string) => StatementSync;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The cache's connection (see the module comment). */
export class CacheConnection {
  private readonly statements = new Map<string, StatementSync>();
  private closed = false;
  /** `prepare` as a free function, for modules that only run queries. */
  readonly prepare: Prepare = (sql) => {
    if (this.closed) throw new UnavailableError({ key: 'error.cache.closed' });
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  };

  constructor(
    private readonly db: DatabaseSync,
    private readonly filePath: string,
    private readonly log: Logger,
    private readonly clock: Clock,
  ) {}

  /** Runs `work` in one IMMEDIATE transaction; on any failure nothing of it stays. */
  transaction<T>(what: string, work: () => T): T {
    if (this.closed) throw new UnavailableError({ key: 'error.cache.closed' });
    try {
      this.db.exec('BEGIN IMMEDIATE');
      const result = work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      this.rollbackQuietly();
      throw this.asCacheError(error, what);
    }
  }

  /** Runs a read; damage it reveals is reported as CacheCorruptError and flagged for next start. */
  read<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      if (isCorruption(error)) throw this.markCorrupt(error);
      throw error;
    }
  }

  /** Closes the connection; later calls fail with UnavailableError. Safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.statements.clear();
    try {
      this.db.exec('PRAGMA optimize');
    } catch {
      // Only a planner hint; closing matters more.
    }
    this.db.close();
  }

  private rollbackQuietly(): void {
    try {
      // SQLite rolls some failures (SQLITE_FULL among them) back by itself.
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
    } catch (error) {
      this.log.error('cache rollback failed', { detail: String(error) });
    }
  }

  private asCacheError(error: unknown, what: string): Error {
    if (error instanceof AppError) return error;
    if (isCorruption(error)) return this.markCorrupt(error);
    const code = sqliteCodeOf(error);
    const kept = 'Nothing from this update was kept; the data saved before is intact.';
    if (code === SqliteCode.full) {
      this.log.error('cache write failed: disk full', { what });
      return new CacheWriteError(
        { key: 'error.cache.diskFull' },
        `The disk is full, so ${what} could not be saved to the local data cache. ${kept} ` +
          'Free some disk space and Enalysis will catch up.',
        code,
        { cause: error },
      );
    }
    const detail = error instanceof Error ? error.message : String(error);
    this.log.error('cache write failed', { what, detail, code });
    return new CacheWriteError(
      { key: 'error.cache.writeFailed' },
      `${capitalize(what)} could not be saved to the local data cache (${detail}). ${kept}`,
      code,
      { cause: error },
    );
  }

  /** Leaves a marker so the next start runs a full check (and rebuilds if needed), then reports. */
  private markCorrupt(error: unknown): CacheCorruptError {
    this.log.error('cache reported damage', {
      detail: error instanceof Error ? error.message : String(error),
    });
    try {
      writeFileSync(checkMarkerPath(this.filePath), `damage reported at ${this.clock.now()}\n`);
    } catch {
      // If even the marker cannot be written, the next failing call tries again.
    }
    return new CacheCorruptError({ cause: error });
  }
}
