/**
 * The pieces a connection is made of, built from public config and ports: the relay clients
 * (code exchange and refresh, one per provider that signs in), the token vault over the stored
 * records, and the sign-in flows. The vault comes first and alone, so the providers and the
 * lifecycle can be built on it before anything that signs in.
 */
import type { AppConfig } from '../config';
import { UnavailableError } from '../errors';
import type { DeepLinkInbox } from '../oauth/deep-link';
import { solarEdgeAuthorizeUrl } from '../oauth/authorize-url';
import {
  OAuthFlow,
  type OAuthFlowOptions,
  type SignInMethod,
  type SignedInTokens,
} from '../oauth/flow';
import { RelayClient } from '../oauth/relay-client';
import type { OAuthProviderId } from '../oauth/token-set';
import type {
  AuthWindowPort,
  Cipher,
  Clock,
  ExternalBrowserPort,
  KeyValueStore,
  Logger,
} from '../ports';
import type { TeslaLedger } from '../providers/tesla/http';
import { settleTeslaSignIn, teslaAuthorizeUrl } from '../providers/tesla/sign-in';
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

/** The relay client of each provider that signs in through the relay. */
export type RelayClients = Record<OAuthProviderId, RelayClient>;

/** The vault and the relay clients it refreshes through. */
export interface OpenedVault {
  vault: TokenVault;
  /** Enphase's relay client (the first provider; kept for callers that need only it). */
  relay: RelayClient;
  relays: RelayClients;
}

/** Opens the token vault over the stored connection records. */
export function openVault(setup: VaultSetup): OpenedVault {
  const clientOf = (provider: OAuthProviderId) =>
    new RelayClient({
      relayUrl: setup.config.relayUrl,
      provider,
      providerName: setup.providerName(provider),
      fetch: setup.fetch,
    });
  const relays: RelayClients = {
    enphase: clientOf('enphase'),
    solaredge: clientOf('solaredge'),
    tesla: clientOf('tesla'),
  };
  const vault = new TokenVault({
    records: new ConnectionRecords(setup.store, setup.log),
    cipher: setup.cipher,
    refreshers: relays,
    clock: setup.clock,
    log: setup.log,
    providerName: setup.providerName,
  });
  return { vault, relay: relays.enphase, relays };
}

/** What the sign-in flows need besides the relay. */
export interface SignInSetup {
  config: AppConfig;
  relay: RelayClient;
  /** The other providers' relay clients (SolarEdge, Tesla); Enphase's is `relay`. */
  relays?: Partial<RelayClients>;
  authWindow: AuthWindowPort;
  externalBrowser?: ExternalBrowserPort;
  clock: Clock;
  log: Logger;
  /** How long a sign-in may take (default 10 minutes). */
  signInTimeoutMs?: number;
  /** Where system-browser answers arrive (default: the app-wide inbox `handleDeepLink` feeds). */
  deepLinks?: DeepLinkInbox;
  /** For relay calls and provider calls a sign-in makes (Tesla's region); global fetch by default. */
  fetch?: typeof fetch;
  /** Where billed calls a sign-in makes are recorded (Tesla's `users/region`). */
  ledger?: TeslaLedger | null;
}

/** The names sign-in sentences use ("Enphase sign-in is not configured …"). */
const signInNames: Record<OAuthProviderId, string> = {
  enphase: 'Enphase',
  solaredge: 'SolarEdge',
  tesla: 'Tesla',
};

/** Every provider's sign-in (popup or system browser) and the function the handlers call. */
export function createSignIn(setup: SignInSetup): {
  flows: OAuthFlow[];
  signIn: (provider: OAuthProviderId, method: SignInMethod) => Promise<SignedInTokens>;
} {
  const { config } = setup;
  const relayOf = (provider: OAuthProviderId): RelayClient =>
    provider === 'enphase'
      ? setup.relay
      : (setup.relays?.[provider] ??
        new RelayClient({
          relayUrl: config.relayUrl,
          provider,
          providerName: signInNames[provider],
          fetch: setup.fetch,
        }));
  const flowOf = (
    provider: OAuthProviderId,
    extra: Pick<OAuthFlowOptions, 'authorizeUrl' | 'accountIsCallbackSite'> = {},
  ) =>
    new OAuthFlow({
      ...extra,
      provider,
      providerName: signInNames[provider],
      authBase: config[provider].authBase,
      clientId: config[provider].clientId,
      relayUrl: config.relayUrl,
      exchange: relayOf(provider),
      authWindow: setup.authWindow,
      externalBrowser: setup.externalBrowser,
      clock: setup.clock,
      log: setup.log,
      timeoutMs: setup.signInTimeoutMs,
      deepLinks: setup.deepLinks,
    });
  const flows: Record<OAuthProviderId, OAuthFlow> = {
    enphase: flowOf('enphase'),
    solaredge: flowOf('solaredge', {
      authorizeUrl: solarEdgeAuthorizeUrl,
      accountIsCallbackSite: true,
    }),
    tesla: flowOf('tesla', { authorizeUrl: teslaAuthorizeUrl }),
  };
  const signIn = async (
    provider: OAuthProviderId,
    method: SignInMethod,
  ): Promise<SignedInTokens> => {
    if (!config[provider].clientId) {
      throw new UnavailableError({
        key: 'error.signIn.notConfigured',
        params: { provider: signInNames[provider] },
      });
    }
    const tokens = await flows[provider].signIn(method);
    if (provider !== 'tesla') return tokens;
    // Tesla's tokens belong to one region: find the account's and move the grant there.
    return settleTeslaSignIn(tokens, {
      config,
      relay: relayOf('tesla'),
      clock: setup.clock,
      log: setup.log,
      fetch: setup.fetch,
      ledger: setup.ledger ?? null,
    });
  };
  return { flows: Object.values(flows), signIn };
}
