/**
 * What can go wrong in the cache, as named errors whose messages can be shown to the user as
 * they are. Provider data that breaks the cache's rules never reaches the database half-written.
 */
import { AppError, NotFoundError, UnavailableError } from '../errors';
import type { Message } from '../i18n/words';

/**
 * Input that would store nonsense (NaN energy, a negative power, a fractional instant). `detail`
 * says exactly what for the log; the user reads `text`, by default that the data was refused.
 */
export class InvalidDataError extends AppError {
  constructor(detail: string, text: Message = { key: 'error.cache.invalidData' }) {
    super('invalid_request', text, detail);
  }
}

/** A write named a site the cache does not know (never added, or removed). */
export class UnknownSiteError extends NotFoundError {
  constructor(readonly siteId: string) {
    super({ key: 'error.cache.unknownSite', params: { siteId } });
  }
}

/** A write failed and was rolled back (disk full, I/O error); earlier data is intact. */
export class CacheWriteError extends UnavailableError {
  constructor(
    text: Message,
    detail: string,
    readonly sqliteCode: number | null,
    options?: { cause?: unknown },
  ) {
    super(text, detail);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** SQLite reported damage while the app was running; the file is checked and rebuilt at next start. */
export class CacheCorruptError extends UnavailableError {
  constructor(options?: { cause?: unknown }) {
    super({ key: 'error.cache.corrupt' });
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** The cache file cannot be opened at all (folder not writable, file locked by another copy). */
export class CacheOpenError extends UnavailableError {
  constructor(detail: string, options?: { cause?: unknown }) {
    super({ key: 'error.cache.openFailed' }, detail);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** SQLite's primary result code of an error thrown by node:sqlite, or null for other errors. */
export function sqliteCodeOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { errcode?: unknown }).errcode;
  return typeof code === 'number' ? code & 0xff : null;
}

/** SQLite primary result codes the cache reacts to (https://sqlite.org/rescode.html). */
export const SqliteCode = {
  busy: 5,
  locked: 6,
  ioerr: 10,
  corrupt: 11,
  full: 13,
  cantOpen: 14,
  notADatabase: 26,
} as const;

/** True for errors that mean the file's content is damaged (as opposed to locked or unwritable). */
export function isCorruption(error: unknown): boolean {
  const code = sqliteCodeOf(error);
  if (code === SqliteCode.corrupt || code === SqliteCode.notADatabase) return true;
  // SQLITE_IOERR_SHORT_READ (522): the file ends before a page the database says it has.
  const extended = (error as { errcode?: unknown } | null)?.errcode;
  return extended === 522;
}
