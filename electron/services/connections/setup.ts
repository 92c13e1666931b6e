/**
 * The connection channels from the pieces the core built: the sign-in flow (over the relay the
 * vault refreshes through), the vault, the lifecycle that owns every state change, and the
 * provider-side account API. One call for the core and for the OAuth test rig.
 */
import type { ProviderId } from '../../../shared/domain';
import { GrantKeeper } from '../../connections/keep-alive';
import type { OAuthFlow } from '../../oauth/flow';
import type { RelayClient } from '../../oauth/relay-client';
import type { TokenSource } from '../../vault/types';
import type { TokenVault } from '../../vault/vault';
import { createSignIn, type SignInSetup } from '../../connections/sign-in';
import { createConnectionHandlers, type ConnectionChannels } from '../connections';
import type { Handlers } from '../../ipc/dispatch';
import type { ConnectionHandlerDeps } from './types';

/** What the core hands over to build the connection channels. */
export interface ConnectionsSetup
  extends Omit<ConnectionHandlerDeps, 'signIn' | 'keyringProtected'>, Omit<SignInSetup, 'relay'> {
  relay: RelayClient;
  /** False on Linux's basic_text backend (from the Cipher). */
  keyringProtected: boolean;
  /** Seconds a provider's refresh token survives unused, or null (connections/keep-alive.ts). */
  idleLimitOf?: (provider: ProviderId) => number | null;
}

/** The built feature. */
export interface Connections {
  handlers: Pick<Handlers, ConnectionChannels>;
  vault: TokenVault;
  /** Every provider's sign-in flow (deep links reach them through the shared inbox). */
  flows: OAuthFlow[];
  /** The TokenSource a provider uses for one connection. */
  tokenSource(connectionId: string): TokenSource;
  /** Renews idle grants before their provider lets them lapse (started by the core). */
  keepAlive: GrantKeeper;
  /** Stops following vault state changes and cancels sign-ins in progress. */
  stop(): void;
}

/** Builds the connection channels. */
export function createConnections(setup: ConnectionsSetup): Connections {
  const { flows, signIn } = createSignIn(setup);
  const handlers = createConnectionHandlers({ ...setup, signIn });
  const keepAlive = new GrantKeeper({
    records: () => setup.vault.records.all(),
    tokenSource: (connectionId) => setup.vault.tokenSource(connectionId),
    idleLimitOf: setup.idleLimitOf ?? (() => null),
    clock: setup.clock,
    log: setup.log,
  });
  return {
    handlers,
    vault: setup.vault,
    flows,
    keepAlive,
    tokenSource: (connectionId) => setup.vault.tokenSource(connectionId),
    stop() {
      setup.lifecycle.stop();
      for (const flow of flows) flow.cancel();
      keepAlive.stop();
    },
  };
}
