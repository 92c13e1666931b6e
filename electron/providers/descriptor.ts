/**
 * What a provider folder declares about itself, so the rest of the app needs no provider facts:
 * its name, how a person connects an account, what its quota counts and the sentence that
 * explains it, when it has nothing new, and how one connected account is read (its sites, one
 * test call, and the Provider the scheduler syncs). providers/registry.ts lists the descriptors,
 * one line each; the Connections page renders what `providers.list` returns from them.
 */
import type {
  ConnectMethod,
  ProviderId,
  ProviderInfo,
  QuotaKind,
  Settings,
} from '../../shared/domain';
import { AppError } from '../errors';
import type { Message } from '../i18n/words';
import type { CacheStore } from '../cache/types';
import type { AppConfig } from '../config';
import type { Words } from '../i18n/words';
import type { Clock, Logger } from '../ports';
import type { TokenSource } from '../vault/types';
import type { RequestPacer } from './pacer';
import type { Provider, RemoteSystemInfo } from './provider';

/**
 * One owner account seen through its provider's API, for the connect flow: every site it can
 * see (all pages) and one real test call.
 */
export interface AccountApi {
  /** Every system the account can see, all pages. */
  listSystems(): Promise<RemoteSystemInfo[]>;
  /**
   * One real API call. Resolves `{ ok, message }`; a rejection with a named error counts as a
   * failed test too.
   */
  testConnection(): Promise<TestResult | void>;
}

/** What a connection test found, in words the person reads in their language. */
export interface TestResult {
  ok: boolean;
  message: Message;
}

/** Why a test call failed: the error's own sentence, or that the request failed. */
export function testFailure(error: unknown): Message {
  return error instanceof AppError ? error.text : { key: 'notice.test.failed' };
}

/** What a provider gets to read one connected account. */
export interface AccountContext {
  connectionId: string;
  /** The provider's id of the account (SolarEdge Site Access: the one site granted). */
  accountId: string;
  /** How the account was connected: 'api-key' tokens are a pasted key. */
  method: ConnectMethod;
  tokens: TokenSource;
  config: AppConfig;
  cache: CacheStore;
  clock: Clock;
  log: Logger;
  fetch?: typeof fetch;
  /** Paces requests for quotas per minute shared by every connection of the provider. */
  pacer: RequestPacer | null;
  /** The account's chosen sites (their external ids); null lists every site (the site picker). */
  selected: () => ReadonlySet<string> | null;
  /** The account's region for providers split by region (Tesla), when known. */
  region?: string | null;
  /** Asked before each billed request: an error (a spending limit reached) stops it unsent. */
  mayCall?: (() => Error | null) | null;
}

/** What checking a pasted key may use: one real call to the provider. */
export interface KeyCheckContext {
  config: AppConfig;
  clock: Clock;
  log: Logger;
  fetch?: typeof fetch;
}

/** The account a pasted key opens. */
export interface KeyAccount {
  /** The provider's id of the account: pasting a key of the same account again replaces it. */
  accountId: string;
}

/**
 * What the quota sentence may depend on: the platform configuration, an operator's override,
 * and the language it is written in.
 */
export interface QuotaContext {
  config: AppConfig;
  settings: Settings;
  words: Words;
}

/** See the module comment. */
export interface ProviderDescriptor {
  readonly id: ProviderId;
  /** The name people know it by. */
  readonly name: string;
  /** How an account is connected; empty for sources nobody connects (the demo fleet). */
  readonly connect: readonly ConnectMethod[];
  /** What connecting means, in the app's words in the language in force (its connect card). */
  intro(words: Words): string;
  readonly quota: {
    readonly kind: QuotaKind;
    /** How this provider's quota works and what this installation may spend, in one or two sentences. */
    sentence(context: QuotaContext): string;
  };
  readonly quiet: {
    /** True when the provider has nothing new between sunset and sunrise. */
    readonly pauseAtNight: boolean;
    /** How late the provider's cloud shows uploaded data (s). */
    readonly cloudDelaySeconds: number;
  };
  /** How long a refresh token lives unused (s); absent when it does not expire from disuse. */
  readonly refreshIdleLimitSeconds?: number;
  /**
   * For 'api-key' providers: makes ONE real call with the pasted key and says which account it
   * opens, or throws an AppError whose message tells the person what is wrong with the key.
   */
  validateKey?(key: string, context: KeyCheckContext): Promise<KeyAccount>;
  /** Reads one connected account; absent for sources without accounts. */
  account?(context: AccountContext): Provider & AccountApi;
}

/** The part of a descriptor the renderer may see: nothing secret, sentences already written. */
export function publicInfoOf(descriptor: ProviderDescriptor, context: QuotaContext): ProviderInfo {
  return {
    id: descriptor.id,
    name: descriptor.name,
    connect: [...descriptor.connect],
    intro: descriptor.intro(context.words),
    quota: { kind: descriptor.quota.kind, sentence: descriptor.quota.sentence(context) },
  };
}
