/**
 * Everything a real sign-in touches, over real HTTP: the Enphase emulator and the REAL relay in
 * front of it (tests/harness/enphase-world.ts), Debian's Chromium as the popup
 * (PlaywrightAuthWindow), and the app's connection feature built by `createConnections` on the harness ports (AES-GCM cipher, conf settings file,
 * memory logger). Every IPC answer of the connections channels and every token the relay handed
 * out are kept, so tests can prove where secrets never appear.
 */
import { NotKeyProviderError, providerNameOf } from '../../../electron/providers/registry';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  invokeChannels,
  type EventPayload,
  type InvokeChannel,
  type IpcResult,
  type ResponseOf,
} from '../../../shared/contract';
import { openCache } from '../../../electron/cache/cache';
import type { CacheStore } from '../../../electron/cache/types';
import { loadConfig, type AppConfig } from '../../../electron/config';
import { UnavailableError } from '../../../electron/errors';
import { createDispatcher, type Handlers } from '../../../electron/ipc/dispatch';
import { DeepLinkInbox } from '../../../electron/oauth/deep-link';
import type { Clock, ExternalBrowserPort } from '../../../electron/ports';
import type { TokenVault } from '../../../electron/vault/vault';
import { ConnectionLifecycle } from '../../../electron/connections/lifecycle';
import { openVault } from '../../../electron/connections/sign-in';
import { createConnections, type Connections } from '../../../electron/services/connections/setup';
import type { RunningRelay } from '../../../relay/node';
import type { EnphaseEmulator } from '../../emulators/enphase';
import { AesGcmCipher } from '../../harness/aes-gcm-cipher';
import { ConfStore } from '../../harness/conf-store';
import { MemoryLogger } from '../../harness/memory-logger';
import { startEnphaseWorld } from '../../harness/enphase-world';
import { PlaywrightAuthWindow } from '../../harness/playwright-auth-window';
import { emulatorAccount } from './emulator-account';
import { said } from '../../harness/said';

/** Debian's Chromium with the harness's flags (copied, so these tests need not load Vite). */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A failed call, as an exception a test can expect. */
export class IpcCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'IpcCallError';
  }
}

/** The app's clock, moved by tests (e.g. past the access token's expiry). */
export class RigClock implements Clock {
  seconds = Math.floor(Date.now() / 1000);
  now(): number {
    return this.seconds;
  }
}

/** A running rig. */
export interface OAuthRig {
  emulator: EnphaseEmulator;
  relay: RunningRelay;
  relayLogs: string[];
  browser: Browser;
  authWindow: PlaywrightAuthWindow;
  config: AppConfig;
  dataDir: string;
  store: ConfStore;
  log: MemoryLogger;
  clock: RigClock;
  cache: CacheStore;
  connections: Connections;
  deepLinks: DeepLinkInbox;
  events: EventPayload<'connection-changed'>[];
  /** Calls a channel through the real dispatcher, as the renderer would. */
  call(channel: string, payload?: unknown): Promise<IpcResult<unknown>>;
  /** Like `call`, but resolves the typed value and throws IpcCallError for a failure. */
  ask<C extends InvokeChannel>(channel: C, payload?: unknown): Promise<ResponseOf<C>>;
  /** Every answer of a connections.* or budget.get call, as sent to the renderer. */
  answers: IpcResult<unknown>[];
  /** Every access and refresh token the relay handed to the app. */
  issued: { access: string[]; refresh: string[] };
  stop(): Promise<void>;
}

/** Options for {@link startOAuthRig}. */
export interface OAuthRigOptions {
  /** The system-browser port (default: none). */
  externalBrowser?: (rig: { browser: Browser }) => ExternalBrowserPort;
  signInTimeoutMs?: number;
}

/** Starts the emulator, the relay, Chromium and the connection feature. */
export async function startOAuthRig(options: OAuthRigOptions = {}): Promise<OAuthRig> {
  const world = await startEnphaseWorld();
  const { emulator, relay, relayLogs } = world;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const authWindow = new PlaywrightAuthWindow(browser);

  const config = loadConfig(world.env);
  const dataDir = mkdtempSync(join(tmpdir(), 'enalysis-oauth-'));
  const store = new ConfStore(dataDir);
  const log = new MemoryLogger();
  const clock = new RigClock();
  const cache = openCache(join(dataDir, 'cache.sqlite'), { log, clock });
  const events: EventPayload<'connection-changed'>[] = [];
  const issued = { access: [] as string[], refresh: [] as string[] };
  const recordingFetch = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const response = await fetch(input, init);
    try {
      const body = (await response.clone().json()) as Record<string, unknown>;
      if (typeof body.access_token === 'string') issued.access.push(body.access_token);
      if (typeof body.refresh_token === 'string') issued.refresh.push(body.refresh_token);
    } catch {
      // Not JSON: nothing issued.
    }
    return response;
  }) as typeof fetch;
  const deepLinks = new DeepLinkInbox();

  const cipher = new AesGcmCipher(dataDir);
  const { vault, relay: relayClient } = openVault({
    config,
    store,
    cipher,
    clock,
    log,
    providerName: (provider) => providerNameOf(provider),
    fetch: recordingFetch,
  });
  // No providers or budgets in this rig: the lifecycle drives nothing there.
  const lifecycle = new ConnectionLifecycle({
    vault,
    cache,
    providers: { reconcile: () => {}, drop: () => {} },
    invalidate: () => {},
    emit: (payload) => events.push(payload),
    providerName: (provider) => providerNameOf(provider),
    log,
  });
  // What the core's scheduler does on this event, in miniature: store the chosen systems as sites.
  lifecycle.onSitesChanged((connectionId) => storeChosenSites(cache, vault, connectionId, clock));
  const connections = createConnections({
    config,
    vault,
    relay: relayClient,
    lifecycle,
    keyringProtected: cipher.keyringProtected,
    providerName: (provider) => providerNameOf(provider),
    authWindow,
    externalBrowser: options.externalBrowser?.({ browser }),
    cache,
    validateKey: (provider) => Promise.reject(new NotKeyProviderError(provider)),
    accounts: (_connection, tokens) =>
      emulatorAccount(config.enphase.apiBase, config.enphase.apiKey, tokens),
    budgets: () => [],
    clock,
    log,
    signInTimeoutMs: options.signInTimeoutMs,
    deepLinks,
  });
  const notHere = () => {
    throw new UnavailableError(said('Not part of this rig.'));
  };
  const handlers = {
    ...Object.fromEntries(invokeChannels.map((channel) => [channel, notHere])),
    ...connections.handlers,
  } as Handlers;
  const dispatch = createDispatcher(handlers, log);
  const answers: IpcResult<unknown>[] = [];
  const call = async (channel: string, payload: unknown = {}) => {
    const result = await dispatch(channel, payload);
    answers.push(result);
    return result;
  };

  return {
    emulator,
    relay,
    relayLogs,
    browser,
    authWindow,
    config,
    dataDir,
    store,
    log,
    clock,
    cache,
    connections,
    deepLinks,
    events,
    answers,
    issued,
    call,
    async ask(channel, payload = {}) {
      const result = await call(channel, payload);
      if (!result.ok) throw new IpcCallError(result.error.code, result.error.message);
      return result.value as ResponseOf<typeof channel>;
    },
    async stop() {
      connections.stop();
      await authWindow.close();
      await browser.close().catch(() => {});
      await world.stop();
      cache.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function storeChosenSites(
  cache: CacheStore,
  vault: TokenVault,
  connectionId: string,
  clock: Clock,
): void {
  const record = vault.records.get(connectionId);
  if (!record) return;
  for (const externalId of record.siteExternalIds) {
    const id = `enphase:${externalId}`;
    if (cache.getSite(id)) continue;
    cache.upsertSite({
      id,
      provider: 'enphase',
      externalId,
      connectionId,
      name: `System ${externalId}`,
      city: '',
      country: 'US',
      timeZone: 'America/Denver',
      latitude: 39.74,
      longitude: -104.99,
      capacityW: 0,
      status: 'normal',
      statusDetail: null,
      addedAt: clock.now(),
    });
  }
}

/** Signs in on the emulator's login page the way a person would. */
export async function signInOnPage(page: Page, login: string, password: string): Promise<void> {
  await page.fill('#email', login);
  await page.fill('#password', password);
  // The popup closes as soon as the redirect is caught: the click may outlive its page.
  await page.click('#signin', { noWaitAfter: true }).catch(() => {});
}

/** Presses Deny on the emulator's login page. */
export async function denyOnPage(page: Page): Promise<void> {
  await page.click('#deny', { noWaitAfter: true }).catch(() => {});
}

/** The password of an emulator account (see the emulator's README). */
export function passwordOf(login: string): string {
  const letter = /^(?:facility|portfolio)-([abc])@/.exec(login)?.[1];
  if (!letter) throw new Error(`no test password for ${login}`);
  return `sunny-roofs-${letter}`;
}

/**
 * Signs `login` in through the popup, makes its first system a site and caches one interval
 * ten minutes old: the starting point of the tests about losing and regaining a sign-in.
 */
export async function connectOneSite(
  rig: OAuthRig,
  login: string,
): Promise<{ connectionId: string; siteId: string }> {
  const answer = rig.ask('connections.connect', { provider: 'enphase' });
  await signInOnPage(await rig.authWindow.nextPage(), login, passwordOf(login));
  const { connection, systems } = await answer;
  const externalId = systems[0]!.externalId;
  const siteId = `enphase:${externalId}`;
  await rig.ask('connections.chooseSites', {
    connectionId: connection.id,
    externalIds: [externalId],
  });
  rig.cache.upsertIntervals(siteId, [{ endAt: rig.clock.now() - 600, wh: 250, w: 3000 }]);
  return { connectionId: connection.id, siteId };
}
