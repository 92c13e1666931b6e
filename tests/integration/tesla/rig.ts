/**
 * A Tesla client wired to a running emulator over real HTTP, with a ledger and a log that keep
 * everything they were given, and a token source that refreshes through the emulator's token
 * endpoint the way the vault will (the new refresh token kept before anything else).
 */
import { TeslaClient, TeslaHttp, type TeslaLedgerEntry } from '../../../electron/providers/tesla';
import type { TokenSource } from '../../../electron/vault/types';
import type { TeslaEmulator } from '../../emulators/tesla';
import {
  RefreshingTokenSource,
  recordingHttpOptions,
  type RigLimits,
  type RigRecords as Records,
} from '../../harness/client-rig';

/** What a rig recorded. */
export type RigRecords = Records<TeslaLedgerEntry>;

/** A client on the emulator (NA first, as production asks NA for the region) and its records. */
export function teslaRig(
  tesla: TeslaEmulator,
  tokens: TokenSource,
  options: RigLimits = {},
): { client: TeslaClient; http: TeslaHttp; records: RigRecords } {
  const records: RigRecords = { ledger: [], logs: [] };
  const http = new TeslaHttp({
    connectionId: 'tesla-test',
    regionBases: [tesla.regionBase.NA, tesla.regionBase.EU],
    tokens,
    clock: tesla.clock,
    ...recordingHttpOptions(records, options),
  });
  return { client: new TeslaClient(http), http, records };
}

/** A grant's tokens, refreshed through the emulator (a Tesla refresh sends no client secret). */
export class TeslaTokenSource extends RefreshingTokenSource {
  constructor(tesla: TeslaEmulator, access: string, refresh: string) {
    super(
      {
        url: `${tesla.url}/oauth2/v3/token`,
        connectionId: 'tesla-test',
        form: (refreshToken) => ({
          grant_type: 'refresh_token',
          refresh_token: refreshToken,
          client_id: tesla.app.clientId,
        }),
      },
      access,
      refresh,
    );
  }
}
