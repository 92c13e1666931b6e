/**
 * The whole connection feature from public config and ports, in one call for the core: the relay
 * client, the Enphase sign-in flow, the token vault, the handlers and the watcher that turns a
 * refused grant into `needs_reauth` sites and a `connection-changed` event.
 */
import type { AppConfig } from '../../config';
import { UnavailableError } from '../../errors';
import type { DeepLinkInbox } from '../../oauth/deep-link';
import { OAuthFlow, type SignInMethod, type SignedInTokens } from '../../oauth/flow';
import { RelayClient } from '../../oauth/relay-client';
import type { AuthWindowPort, Cipher, ExternalBrowserPort, KeyValueStore } from '../../ports';
import { ConnectionRecords } from '../../vault/records';
import type { TokenSource } from '../../vault/types';
import { TokenVault } from '../../vault/vault';
import { createConnectionHandlers, type ConnectionChannels } from '../connections';
import type { Handlers } from '../../ipc/dispatch';
import { watchConnectionStates } from './state-watch';
import type { ConnectionHandlerDeps } from './types';

/** What the core hands over to build the connection feature. */
export interface ConnectionsSetup extends Omit<
  ConnectionHandlerDeps,
  'vault' | 'signIn' | 'keyringProtected'
> {
  config: AppConfig;
  /** The settings store (electron-store / conf): records live under its `connections` key. */
  store: KeyValueStore;
  cipher: Cipher;
  authWindow: AuthWindowPort;
  externalBrowser?: ExternalBrowserPort;
  /** For relay calls; the global fetch by default. */
  fetch?: typeof fetch;
  /** How long a sign-in may take (default 10 minutes). */
  signInTimeoutMs?: number;
  /** Where system-browser answers arrive (default: the app-wide inbox `handleDeepLink` feeds). */
  deepLinks?: DeepLinkInbox;
}

/** The built feature. */
export interface Connections {
  handlers: Pick<Handlers, ConnectionChannels>;
  vault: TokenVault;
  flow: OAuthFlow;
  /** The TokenSource the Enphase provider uses for one connection. */
  tokenSource(connectionId: string): TokenSource;
  /** Stops following vault state changes and cancels sign-ins in progress. */
  stop(): void;
}

/** Builds the connection feature. */
export function createConnections(setup: ConnectionsSetup): Connections {
  const { config, log, clock } = setup;
  const relay = new RelayClient({
    relayUrl: config.relayUrl,
    provider: 'enphase',
    providerName: 'Enphase',
    fetch: setup.fetch,
  });
  const flow = new OAuthFlow({
    provider: 'enphase',
    providerName: 'Enphase',
    authBase: config.enphase.authBase,
    clientId: config.enphase.clientId,
    relayUrl: config.relayUrl,
    exchange: relay,
    authWindow: setup.authWindow,
    externalBrowser: setup.externalBrowser,
    clock,
    log,
    timeoutMs: setup.signInTimeoutMs,
    deepLinks: setup.deepLinks,
  });
  const vault = new TokenVault({
    records: new ConnectionRecords(setup.store, log),
    cipher: setup.cipher,
    refreshers: { enphase: relay },
    clock,
    log,
  });
  const signIn = (_provider: 'enphase', method: SignInMethod): Promise<SignedInTokens> => {
    if (!config.enphase.clientId) {
      return Promise.reject(
        new UnavailableError('Enphase sign-in is not configured in this build.'),
      );
    }
    return flow.signIn(method);
  };
  const handlers = createConnectionHandlers({
    ...setup,
    vault,
    signIn,
    keyringProtected: setup.cipher.keyringProtected,
  });
  const unwatch = watchConnectionStates(vault, setup.cache, setup.emit);
  return {
    handlers,
    vault,
    flow,
    tokenSource: (connectionId) => vault.tokenSource(connectionId),
    stop() {
      unwatch();
      flow.cancel();
    },
  };
}
