/**
 * The pieces a connection is made of, built from public config and ports: the relay client
 * (code exchange and refresh), the token vault over the stored records, and the sign-in flow.
 * The vault comes first and alone, so the providers and the lifecycle can be built on it before
 * anything that signs in.
 */
import type { AppConfig } from '../config';
import { UnavailableError } from '../errors';
import type { DeepLinkInbox } from '../oauth/deep-link';
import { solarEdgeAuthorizeUrl } from '../oauth/authorize-url';
import { OAuthFlow, type SignInMethod, type SignedInTokens } from '../oauth/flow';
import type { OAuthProviderId } from '../oauth/token-set';
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
import { TokenVault } from '../vault/vault';

/** What opening the vault needs. */
export interface VaultSetup {
  config: AppConfig;
  /** The settings store (electron-store / conf): records live under its `connections` key. */
  store: KeyValueStore;
  cipher: Cipher;
  clock: Clock;
  log: Logger;
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
    refreshers: { enphase: relay, solaredge: solarEdgeRelay(setup) },
    clock: setup.clock,
    log: setup.log,
  });
  return { vault, relay };
}

/** The relay client for SolarEdge Site Access (code exchange, rotating refresh, revoke). */
export function solarEdgeRelay(setup: Pick<VaultSetup, 'config' | 'fetch'>): RelayClient {
  return new RelayClient({
    relayUrl: setup.config.relayUrl,
    provider: 'solaredge',
    providerName: 'SolarEdge',
    fetch: setup.fetch,
  });
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
  /** The SolarEdge relay client (built from the configuration when absent). */
  solarEdgeRelay?: RelayClient;
  fetch?: typeof fetch;
}

/** Every provider's sign-in (popup or system browser) and the function the handlers call. */
export function createSignIn(setup: SignInSetup): {
  flows: OAuthFlow[];
  signIn: (provider: OAuthProviderId, method: SignInMethod) => Promise<SignedInTokens>;
} {
  const { config } = setup;
  const common = {
    relayUrl: config.relayUrl,
    authWindow: setup.authWindow,
    externalBrowser: setup.externalBrowser,
    clock: setup.clock,
    log: setup.log,
    timeoutMs: setup.signInTimeoutMs,
    deepLinks: setup.deepLinks,
  };
  const flows: Record<OAuthProviderId, { flow: OAuthFlow; clientId: string; name: string }> = {
    enphase: {
      name: 'Enphase',
      clientId: config.enphase.clientId,
      flow: new OAuthFlow({
        ...common,
        provider: 'enphase',
        providerName: 'Enphase',
        authBase: config.enphase.authBase,
        clientId: config.enphase.clientId,
        exchange: setup.relay,
      }),
    },
    solaredge: {
      name: 'SolarEdge',
      clientId: config.solaredge.clientId,
      flow: new OAuthFlow({
        ...common,
        provider: 'solaredge',
        providerName: 'SolarEdge',
        authBase: config.solaredge.authBase,
        clientId: config.solaredge.clientId,
        exchange: setup.solarEdgeRelay ?? solarEdgeRelay(setup),
        authorizeUrl: solarEdgeAuthorizeUrl,
        accountIsCallbackSite: true,
      }),
    },
  };
  const signIn = (provider: OAuthProviderId, method: SignInMethod): Promise<SignedInTokens> => {
    const entry = flows[provider];
    if (!entry.clientId) {
      return Promise.reject(
        new UnavailableError(`${entry.name} sign-in is not configured in this build.`),
      );
    }
    return entry.flow.signIn(method);
  };
  return { flows: Object.values(flows).map((entry) => entry.flow), signIn };
}
