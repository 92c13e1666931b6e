/**
 * Where a provider's HTTP client records each request, so budgets (requests, credits, money)
 * survive restarts. The cache implements it; every provider's client only writes to it.
 */
import type { LedgerEntry } from '../cache/types';

/** See the module comment. */
export type RequestLedger = { recordRequest(entry: LedgerEntry): void };
