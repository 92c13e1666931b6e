/**
 * What the SolarEdge and Tesla client rigs share: the options a provider's HTTP layer takes in a
 * test (the real fetch, generous limits, and a log and a ledger that keep every line and entry),
 * and a token source that renews a grant through an emulator's token endpoint the way the vault
 * does. Each rig keeps only what its provider does differently.
 */
import { ReauthRequiredError } from '../../electron/errors';
import type { Logger } from '../../electron/ports';
import type { TokenSource } from '../../electron/vault/types';

/** What a rig recorded: every ledger entry and log line the client gave it. */
export interface RigRecords<Entry> {
  ledger: Entry[];
  logs: string[];
}

/** Limits a test may tighten; the defaults are generous enough never to matter. */
export interface RigLimits {
  timeoutMs?: number;
  maxBytes?: number;
}

/** The recording and transport options of a provider HTTP layer under test. */
export function recordingHttpOptions<Entry>(
  records: RigRecords<Entry>,
  limits: RigLimits = {},
): {
  log: Logger;
  fetch: typeof fetch;
  timeoutMs: number;
  maxBytes: number;
  ledger: { recordRequest(entry: Entry): void };
} {
  const line = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    records.logs.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  return {
    log: { info: line('info'), warn: line('warn'), error: line('error') },
    fetch: (input, init) => fetch(input, init),
    timeoutMs: limits.timeoutMs ?? 10_000,
    maxBytes: limits.maxBytes ?? 5_000_000,
    ledger: { recordRequest: (entry) => records.ledger.push(entry) },
  };
}

/** Where and how a grant is renewed: the token URL and the form a refresh posts. */
export interface RefreshEndpoint {
  url: string;
  /** The connection a refused refresh names in its ReauthRequiredError. */
  connectionId: string;
  form(refreshToken: string): Record<string, string>;
}

/** A grant's tokens, renewed like the vault does: the new refresh token kept before use. */
export class RefreshingTokenSource implements TokenSource {
  /** How many refreshes were made (each one is a token-endpoint call). */
  refreshes = 0;

  constructor(
    private readonly endpoint: RefreshEndpoint,
    public access: string,
    public refresh: string,
  ) {}

  accessToken(): Promise<string> {
    return Promise.resolve(this.access);
  }

  async renewAfterUnauthorized(rejected: string): Promise<string> {
    if (rejected !== this.access) return this.access;
    const response = await fetch(this.endpoint.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(this.endpoint.form(this.refresh)),
    });
    const json = (await response.json()) as Record<string, string>;
    if (response.status !== 200) throw new ReauthRequiredError(this.endpoint.connectionId);
    // The new refresh token first: the old one is already dead.
    this.refresh = json.refresh_token!;
    this.access = json.access_token!;
    this.refreshes += 1;
    return this.access;
  }
}
