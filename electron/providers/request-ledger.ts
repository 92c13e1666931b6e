/**
 * Where a provider's HTTP client records each request, so budgets (requests, credits, money)
 * survive restarts. The cache implements it; every provider's client only writes to it.
 */
import type { LedgerEntry } from '../cache/types';
import type { Logger } from '../ports';

/** See the module comment. */
export type RequestLedger = { recordRequest(entry: LedgerEntry): void };

/**
 * Records one request; a ledger that cannot be written is logged, never thrown: a lost ledger
 * line must not turn a good answer into a failure.
 */
export function recordSafely<E extends LedgerEntry>(
  ledger: { recordRequest(entry: E): void } | null | undefined,
  log: Logger,
  entry: E,
): void {
  if (!ledger) return;
  try {
    ledger.recordRequest(entry);
  } catch (error) {
    log.warn('request ledger write failed', {
      endpoint: entry.endpoint,
      error: error instanceof Error ? error.name : typeof error,
    });
  }
}
