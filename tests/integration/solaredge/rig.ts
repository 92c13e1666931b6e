/**
 * A SolarEdge client wired to a running emulator over real HTTP, with a ledger and a log that
 * keep everything they were given, and a Site Access token source that refreshes through the
 * emulator's token endpoint the way the vault will (the new refresh token kept before use).
 */
import { ReauthRequiredError } from '../../../electron/errors';
import type { LedgerEntry } from '../../../electron/cache/types';
import type { Logger } from '../../../electron/ports';
import {
  defaultDialect,
  SolarEdgeClient,
  SolarEdgeHttp,
  type SolarEdgeCredential,
  type SolarEdgeDialect,
} from '../../../electron/providers/solaredge';
import type { TokenSource } from '../../../electron/vault/types';
import { SE_CLIENT_ID, SE_CLIENT_SECRET, type SolarEdgeEmulator } from '../../emulators/solaredge';

/** What a rig recorded. */
export interface RigRecords {
  ledger: LedgerEntry[];
  logs: string[];
}

/** Options of a client under test. */
export interface ClientRigOptions {
  credential: SolarEdgeCredential;
  dialect?: SolarEdgeDialect;
  pageSize?: number;
  maxBytes?: number;
  timeoutMs?: number;
  apiBase?: string;
}

/** A client on the emulator and what it recorded. */
export function clientRig(
  se: SolarEdgeEmulator,
  options: ClientRigOptions,
): { client: SolarEdgeClient; records: RigRecords } {
  const records: RigRecords = { ledger: [], logs: [] };
  const line = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    records.logs.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  const log: Logger = { info: line('info'), warn: line('warn'), error: line('error') };
  const http = new SolarEdgeHttp({
    connectionId: 'se-test',
    apiBase: options.apiBase ?? se.url,
    credential: options.credential,
    clock: se.clock,
    log,
    fetch: (input, init) => fetch(input, init),
    timeoutMs: options.timeoutMs ?? 10_000,
    maxBytes: options.maxBytes ?? 5_000_000,
    ledger: { recordRequest: (entry) => records.ledger.push(entry) },
  });
  return {
    client: new SolarEdgeClient(http, options.dialect ?? defaultDialect, options.pageSize),
    records,
  };
}

/** A Site Access grant's tokens, refreshed through the emulator like the vault will. */
export class EmulatorTokenSource implements TokenSource {
  refreshes = 0;

  constructor(
    private readonly se: SolarEdgeEmulator,
    public access: string,
    public refresh: string,
  ) {}

  accessToken(): Promise<string> {
    return Promise.resolve(this.access);
  }

  async renewAfterUnauthorized(rejected: string): Promise<string> {
    if (rejected !== this.access) return this.access;
    const response = await fetch(`${this.se.url}/v2/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: this.refresh,
        client_id: SE_CLIENT_ID,
        client_secret: SE_CLIENT_SECRET,
      }),
    });
    const json = (await response.json()) as Record<string, string>;
    if (response.status !== 200) throw new ReauthRequiredError('se-test');
    // The new refresh token first: the old one is already dead.
    this.refresh = json.refresh_token!;
    this.access = json.access_token!;
    this.refreshes += 1;
    return this.access;
  }
}
