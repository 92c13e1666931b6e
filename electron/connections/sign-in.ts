/**
 * The pieces a connection is made of, built from public config and ports: the relay client
 * (code exchange and refresh), the token vault over the stored records, and the sign-in flow.
 * The vault comes first and alone, so the providers and the lifecycle can be built on it before
 * anything that signs in.
 */
import type { AppConfig } from '../config';
import { UnavailableError } from '../errors';
import type { DeepLinkInbox } from '../oauth/deep-link';
import { OAuthFlow, type SignInMethod, type SignedInTokens } from '../oauth/flow';
import { RelayClient } from '../oauth/relay-client';
import type {
  AuthWindowPort,
  Cipher,
  Clock,
  ExternalBrowserPort,
  KeyValueStore,
  Logger,
} from '../ports';
import { ConnectionRecords } from '../vault/records';
import type { ProviderNames } from '../vault/problems';
import { TokenVault } from '../vault/vault';

/** What opening the vault needs. */
export interface VaultSetup {
  config: AppConfig;
  /** The settings store (electron-store / conf): records live under its `connections` key. */
  store: KeyValueStore;
  cipher: Cipher;
  clock: Clock;
  log: Logger;
  /** Provider names for the sentences records carry (from the descriptors). */
  providerName: ProviderNames;
  /** For relay calls; the global fetch by default. */
  fetch?: typeof fetch;
}

/** The vault and the relay client it refreshes through. */
export interface OpenedVault {
  vault: TokenVault;
  relay: RelayClient;
}

/** Opens the token vault over the stored connection records. */
export function openVault(setup: VaultSetup): OpenedVault {
  const relay = new RelayClient({
    relayUrl: setup.config.relayUrl,
    provider: 'enphase',
    providerName: 'Enphase',
    fetch: setup.fetch,
  });
  const vault = new TokenVault({
    records: new ConnectionRecords(setup.store, setup.log),
    cipher: setup.cipher,
    refreshers: { enphase: relay },
    clock: setup.clock,
    log: setup.log,
    providerName: setup.providerName,
  });
  return { vault, relay };
}

/** What the sign-in flow needs besides the relay. */
export interface SignInSetup {
  config: AppConfig;
  relay: RelayClient;
  authWindow: AuthWindowPort;
  externalBrowser?: ExternalBrowserPort;
  clock: Clock;
  log: Logger;
  /** How long a sign-in may take (default 10 minutes). */
  signInTimeoutMs?: number;
  /** Where system-browser answers arrive (default: the app-wide inbox `handleDeepLink` feeds). */
  deepLinks?: DeepLinkInbox;
}

/** The Enphase sign-in (popup or system browser) and the function the handlers call. */
export function createSignIn(setup: SignInSetup): {
  flow: OAuthFlow;
  signIn: (provider: 'enphase', method: SignInMethod) => Promise<SignedInTokens>;
} {
  const { config } = setup;
  const flow = new OAuthFlow({
    provider: 'enphase',
    providerName: 'Enphase',
    authBase: config.enphase.authBase,
    clientId: config.enphase.clientId,
    relayUrl: config.relayUrl,
    exchange: setup.relay,
    authWindow: setup.authWindow,
    externalBrowser: setup.externalBrowser,
    clock: setup.clock,
    log: setup.log,
    timeoutMs: setup.signInTimeoutMs,
    deepLinks: setup.deepLinks,
  });
  const signIn = (_provider: 'enphase', method: SignInMethod): Promise<SignedInTokens> => {
    if (!config.enphase.clientId) {
      return Promise.reject(
        new UnavailableError('Enphase sign-in is not configured in this build.'),
      );
    }
    return flow.signIn(method);
  };
  return { flow, signIn };
}
