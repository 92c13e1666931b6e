/**
 * A SolarEdge client wired to a running emulator over real HTTP, with a ledger and a log that
 * keep everything they were given, and a Site Access token source that refreshes through the
 * emulator's token endpoint the way the vault will (the new refresh token kept before use).
 */
import type { LedgerEntry } from '../../../electron/cache/types';
import {
  defaultDialect,
  SolarEdgeClient,
  SolarEdgeHttp,
  type SolarEdgeCredential,
  type SolarEdgeDialect,
} from '../../../electron/providers/solaredge';
import { SE_CLIENT_ID, SE_CLIENT_SECRET, type SolarEdgeEmulator } from '../../emulators/solaredge';
import {
  RefreshingTokenSource,
  recordingHttpOptions,
  type RigLimits,
  type RigRecords as Records,
} from '../../harness/client-rig';

/** What a rig recorded. */
export type RigRecords = Records<LedgerEntry>;

/** Options of a client under test. */
export interface ClientRigOptions extends RigLimits {
  credential: SolarEdgeCredential;
  dialect?: SolarEdgeDialect;
  pageSize?: number;
  apiBase?: string;
}

/** A client on the emulator and what it recorded. */
export function clientRig(
  se: SolarEdgeEmulator,
  options: ClientRigOptions,
): { client: SolarEdgeClient; records: RigRecords } {
  const records: RigRecords = { ledger: [], logs: [] };
  const http = new SolarEdgeHttp({
    connectionId: 'se-test',
    apiBase: options.apiBase ?? se.url,
    credential: options.credential,
    clock: se.clock,
    ...recordingHttpOptions(records, options),
  });
  return {
    client: new SolarEdgeClient(http, options.dialect ?? defaultDialect, options.pageSize),
    records,
  };
}

/** A Site Access grant's tokens, refreshed through the emulator (client secret in the form). */
export class EmulatorTokenSource extends RefreshingTokenSource {
  constructor(se: SolarEdgeEmulator, access: string, refresh: string) {
    super(
      {
        url: `${se.url}/v2/oauth2/token`,
        connectionId: 'se-test',
        form: (refreshToken) => ({
          grant_type: 'refresh_token',
          refresh_token: refreshToken,
          client_id: SE_CLIENT_ID,
          client_secret: SE_CLIENT_SECRET,
        }),
      },
      access,
      refresh,
    );
  }
}
