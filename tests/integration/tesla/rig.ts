/**
 * A Tesla client wired to a running emulator over real HTTP, with a ledger and a log that keep
 * everything they were given, and a token source that refreshes through the emulator's token
 * endpoint the way the vault will (the new refresh token kept before anything else).
 */
import { ReauthRequiredError } from '../../../electron/errors';
import type { Logger } from '../../../electron/ports';
import { TeslaClient, TeslaHttp, type TeslaLedgerEntry } from '../../../electron/providers/tesla';
import type { TokenSource } from '../../../electron/vault/types';
import type { TeslaEmulator } from '../../emulators/tesla';

/** What a rig recorded. */
export interface RigRecords {
  ledger: TeslaLedgerEntry[];
  logs: string[];
}

/** A client on the emulator (NA first, as production asks NA for the region) and its records. */
export function teslaRig(
  tesla: TeslaEmulator,
  tokens: TokenSource,
  options: { maxBytes?: number; timeoutMs?: number } = {},
): { client: TeslaClient; http: TeslaHttp; records: RigRecords } {
  const records: RigRecords = { ledger: [], logs: [] };
  const line = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    records.logs.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  const log: Logger = { info: line('info'), warn: line('warn'), error: line('error') };
  const http = new TeslaHttp({
    connectionId: 'tesla-test',
    regionBases: [tesla.regionBase.NA, tesla.regionBase.EU],
    tokens,
    clock: tesla.clock,
    log,
    fetch: (input, init) => fetch(input, init),
    timeoutMs: options.timeoutMs ?? 10_000,
    maxBytes: options.maxBytes ?? 5_000_000,
    ledger: { recordRequest: (entry) => records.ledger.push(entry) },
  });
  return { client: new TeslaClient(http), http, records };
}

/** A grant's tokens, refreshed through the emulator like the vault will. */
export class TeslaTokenSource implements TokenSource {
  refreshes = 0;

  constructor(
    private readonly tesla: TeslaEmulator,
    public access: string,
    public refresh: string,
  ) {}

  accessToken(): Promise<string> {
    return Promise.resolve(this.access);
  }

  async renewAfterUnauthorized(rejected: string): Promise<string> {
    if (rejected !== this.access) return this.access;
    const response = await fetch(`${this.tesla.url}/oauth2/v3/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: this.refresh,
        client_id: this.tesla.app.clientId,
      }),
    });
    const json = (await response.json()) as Record<string, string>;
    if (response.status !== 200) throw new ReauthRequiredError('tesla-test');
    this.refresh = json.refresh_token!;
    this.access = json.access_token!;
    this.refreshes += 1;
    return this.access;
  }
}
