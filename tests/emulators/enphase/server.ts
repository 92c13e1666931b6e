/**
 * Starts the Enphase emulator on 127.0.0.1: OAuth, the v4 API and the admin routes on one
 * port, every API/OAuth answer recorded and optionally slowed by `latencyMs`.
 */
import { Hono } from 'hono';
import { recordCalls } from '../common/record-calls';
import { serveEmulator } from '../common/serve';
import { EmulatorAdmin } from './admin';
import { adminRoutes } from './admin-routes';
import { apiRoutes } from './api';
import { CallLog } from './calls';
import { EmulatorClock } from './clock';
import type { EmulatorContext, RegisteredApp } from './context';
import { routeNotFound } from './errors';
import { FaultQueue } from './faults';
import { defaultAccounts } from './fixtures';
import { Fleet } from './fleet';
import { errorResponse, jsonResponse } from './http';
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
  const served = await serveEmulator(buildApp(context, admin), options.port);
  return { ...served, clock, admin, app, accounts };
}

function buildApp(context: EmulatorContext, admin: EmulatorAdmin): Hono {
  const root = new Hono();
  root.use(
    '*',
    recordCalls(context, {
      kindOf: (path) =>
        path.startsWith('/api/') ? 'api' : path.startsWith('/oauth/') ? 'oauth' : null,
    }),
  );
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
