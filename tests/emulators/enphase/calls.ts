/**
 * The log of every request the emulator answered, so tests and the efficiency script can count
 * calls (per kind, path, status) without trusting the app's own ledger. Only harmless query
 * parameters are kept: keys, codes and tokens never enter the log.
 */

/** One answered request. */
export interface RecordedCall {
  method: string;
  /** Path without the query string. */
  path: string;
  status: number;
  /** Emulator clock at arrival (epoch s). */
  at: number;
  kind: 'api' | 'oauth';
  /** The non-secret query parameters (page, size, start_at, granularity…). */
  query: Record<string, string>;
}

const keptParameters = new Set([
  'page',
  'size',
  'sort_by',
  'start_at',
  'end_at',
  'start_date',
  'end_date',
  'granularity',
  'summary_date',
  'site_id',
  'grant_type',
  'response_type',
]);

/** The safe part of a query string. */
export function safeQuery(search: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of search) if (keptParameters.has(name)) out[name] = value;
  return out;
}

/** Append-only call log. */
export class CallLog {
  private entries: RecordedCall[] = [];

  /** Records one answered request. */
  record(call: RecordedCall): void {
    this.entries.push(call);
  }

  /** A copy of the calls so far, oldest first. */
  list(): RecordedCall[] {
    return this.entries.map((call) => ({ ...call, query: { ...call.query } }));
  }

  /** Forgets the calls so far. */
  clear(): void {
    this.entries = [];
  }
}
