/**
 * Starts the Enphase emulator on 127.0.0.1: OAuth, the v4 API and the admin routes on one
 * port, every API/OAuth answer recorded and optionally slowed by `latencyMs`.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { EmulatorAdmin } from './admin';
import { adminRoutes } from './admin-routes';
import { apiRoutes } from './api';
import { CallLog, safeQuery } from './calls';
import { EmulatorClock } from './clock';
import type { EmulatorContext, RegisteredApp } from './context';
import { routeNotFound } from './errors';
import { FaultQueue } from './faults';
import { defaultAccounts } from './fixtures';
import { Fleet } from './fleet';
import { errorResponse, jsonResponse, sleep } from './http';
import { oauthRoutes } from './oauth';
import { DEFAULT_EMULATOR_SEED } from './production';
import { QuotaCounter, type Plan } from './quota';
import type { AccountSpec } from './systems';
import { defaultLifetimes, TokenStore, type TokenLifetimes } from './tokens';

/** The platform application's test credentials. */
export const DEFAULT_CLIENT_ID = 'enalysis-test-client';
/** Known only to the emulator and the relay under test. */
export const DEFAULT_CLIENT_SECRET = 'enalysis-test-secret';
/** The app's API key for the emulator. */
export const DEFAULT_API_KEY = 'enalysis-test-key';
/** The relay's callback in production, and on any loopback port for tests. */
export const DEFAULT_REDIRECT_URIS: readonly string[] = [
  'https://relay.enalysis.app/oauth/enphase/callback',
  'http://127.0.0.1:*/oauth/enphase/callback',
  'http://localhost:*/oauth/enphase/callback',
];

/** How to start an emulator; every field has a default. */
export interface EnphaseEmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Starts at the real now unless given; tests pass a fixed instant. */
  clock?: EmulatorClock;
  /** Default `kilowatt`. */
  plan?: Plan;
  clientId?: string;
  clientSecret?: string;
  apiKey?: string;
  redirectUris?: string[];
  accounts?: readonly AccountSpec[];
  /** Added before every API and OAuth answer (ms, default 0). */
  latencyMs?: number;
  /** Cloud lag behind the gateways' uploads (s, default 20 minutes). */
  dataDelaySeconds?: number;
  /** Weather seed of the production model. */
  seed?: number;
  /** Token lifetimes (s); e.g. a 1-week refresh token as one report saw. */
  tokenLifetimes?: Partial<TokenLifetimes>;
}

/** A running emulator. */
export interface EnphaseEmulator {
  /** Base URL for both ENPHASE_AUTH_BASE and ENPHASE_API_BASE, e.g. `http://127.0.0.1:41234`. */
  url: string;
  port: number;
  clock: EmulatorClock;
  admin: EmulatorAdmin;
  /** The registered application (credentials the relay and app config need in tests). */
  app: Readonly<RegisteredApp>;
  accounts: readonly AccountSpec[];
  stop(): Promise<void>;
}

/** Starts an emulator on 127.0.0.1. */
export async function startEnphaseEmulator(
  options: EnphaseEmulatorOptions = {},
): Promise<EnphaseEmulator> {
  const clock = options.clock ?? new EmulatorClock();
  const app: RegisteredApp = {
    clientId: options.clientId ?? DEFAULT_CLIENT_ID,
    clientSecret: options.clientSecret ?? DEFAULT_CLIENT_SECRET,
    apiKey: options.apiKey ?? DEFAULT_API_KEY,
    redirectUris: [...(options.redirectUris ?? DEFAULT_REDIRECT_URIS)],
  };
  const accounts = options.accounts ?? defaultAccounts;
  const context: EmulatorContext = {
    clock,
    app,
    fleet: new Fleet({
      accounts,
      clock,
      seed: options.seed ?? DEFAULT_EMULATOR_SEED,
      dataDelaySeconds: options.dataDelaySeconds ?? 20 * 60,
    }),
    tokens: new TokenStore(clock, app.clientId, { ...defaultLifetimes, ...options.tokenLifetimes }),
    quota: new QuotaCounter(options.plan ?? 'kilowatt'),
    faults: new FaultQueue(),
    calls: new CallLog(),
    latencyMs: 0,
  };
  const admin = new EmulatorAdmin(context);
  admin.setLatency(options.latencyMs ?? 0);
  const server = await listen(buildApp(context, admin), options.port ?? 0);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    clock,
    admin,
    app,
    accounts,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function buildApp(context: EmulatorContext, admin: EmulatorAdmin): Hono {
  const root = new Hono();
  root.use('*', async (c, next) => {
    const path = c.req.path;
    const kind = path.startsWith('/api/') ? 'api' : path.startsWith('/oauth/') ? 'oauth' : null;
    if (kind === null) return next();
    const at = context.clock.now();
    if (context.latencyMs > 0) await sleep(context.latencyMs);
    await next();
    context.calls.record({
      method: c.req.method,
      path,
      status: c.res.status,
      at,
      kind,
      query: safeQuery(new URL(c.req.url).searchParams),
    });
  });
  root.route('/oauth', oauthRoutes(context));
  root.route('/api/v4', apiRoutes(context));
  root.route('/__admin', adminRoutes(admin, context.clock));
  root.notFound((c) =>
    c.req.path.startsWith('/api/') ? errorResponse(routeNotFound) : c.text('Not Found', 404),
  );
  root.onError((error) => {
    console.error('Enphase emulator error:', error);
    return jsonResponse(500, { message: 'Internal Server Error', code: 500 });
  });
  return root;
}

/** Serves a Hono app on 127.0.0.1 (port 0: a free one); shared with the SolarEdge emulator. */
export function listen(app: Hono, port: number): Promise<Server> {
  return new Promise<Server>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, () =>
      resolve(server as Server),
    ) as Server;
    server.once('error', reject);
  });
}
