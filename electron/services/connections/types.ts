/**
 * What the connection handlers need from the rest of the app. Everything is injected so the
 * handlers run the same in the app, in the harness and in unit tests; the core provides the
 * provider-side pieces (listing an account's systems, one test call, budgets).
 */
import type { Budget, ProviderId } from '../../../shared/domain';
import type { ConnectionLifecycle } from '../../connections/lifecycle';
import type { ConnectionCache } from '../../connections/site-rows';
import type { SignedInTokens, SignInMethod } from '../../oauth/flow';
import type { OAuthProviderId } from '../../oauth/token-set';
import type { Clock, Logger } from '../../ports';
import type { AccountApi, KeyAccount } from '../../providers/descriptor';
import type { Words } from '../../i18n/words';
import type { ProviderNames } from '../../vault/problems';
import type { TokenVault } from '../../vault/vault';
import type { TokenSource } from '../../vault/types';

export type { AccountApi } from '../../providers/descriptor';

/** Builds the API view of one connection over its TokenSource. */
export type AccountApiFactory = (
  connection: { id: string; provider: ProviderId },
  tokens: TokenSource,
) => AccountApi;

export type { ConnectionCache } from '../../connections/site-rows';

/** Everything `createConnectionHandlers` needs. */
export interface ConnectionHandlerDeps {
  vault: TokenVault;
  /** Runs a sign-in (OAuthFlow.signIn of that provider). */
  signIn: (provider: OAuthProviderId, method: SignInMethod) => Promise<SignedInTokens>;
  accounts: AccountApiFactory;
  /** Checks a pasted API key with one real call (the provider descriptor's `validateKey`). */
  validateKey: (provider: ProviderId, key: string) => Promise<KeyAccount>;
  cache: ConnectionCache;
  /** The owner of every connection state change (connections/lifecycle.ts). */
  lifecycle: ConnectionLifecycle;
  /** The budget math (the provider side writes it); the handler only passes it through. */
  budgets: () => Budget[] | Promise<Budget[]>;
  /** False on Linux's basic_text backend (from the Cipher). */
  keyringProtected: boolean;
  /** Provider names for the sentences (from the descriptors). */
  providerName: ProviderNames;
  /** Problems and test results in the language in force when they are answered (default English). */
  words?: Words;
  clock: Clock;
  log: Logger;
}
