/**
 * Starts the Tesla Fleet API emulator on 127.0.0.1: the sign-in page and token endpoint under
 * `/oauth2/v3`, the NA and EU Fleet API bases under `/na` and `/eu` (so `audience` and 421 are
 * real), partner registration, and the admin routes, on one port. Every API and OAuth answer
 * is recorded (without codes or tokens).
 */
import { Hono } from 'hono';
import { CallLog } from '../enphase/calls';
import { EmulatorClock } from '../enphase/clock';
import { FaultQueue } from '../enphase/faults';
import { jsonResponse } from '../enphase/http';
import { recordCalls } from '../common/record-calls';
import { serveEmulator } from '../common/serve';
import { TeslaAdmin } from './admin';
import { teslaAdminRoutes } from './admin-routes';
import { fleetApiRoutes } from './api';
import { BillingBook, defaultTeslaBilling, type TeslaBilling } from './billing';
import type { Bucket, Period, TeslaApp, TeslaContext } from './context';
import { fleetError } from './errors';
import { defaultTeslaOwners } from './fixtures';
import { EnergyFleet } from './fleet';
import { defaultTeslaLifetimes, TeslaGrants, type TeslaLifetimes } from './grants';
import { defaultBuckets } from './history';
import { teslaOAuthRoutes } from './oauth';
import { PUBLIC_KEY_PATH } from './partner';
import type { TeslaOwnerSpec, TeslaRegion } from './sites';

/** The platform's Tesla client id in tests. */
export const TESLA_CLIENT_ID = 'enalysis-tesla-client';
/** Known only to the emulator and the relay under test. */
export const TESLA_CLIENT_SECRET = 'enalysis-tesla-secret';
/** The relay's callback in production, and on any loopback port for tests. */
export const TESLA_REDIRECT_URIS: readonly string[] = [
  'https://relay.enalysis.app/oauth/tesla/callback',
  'https://relay.enalysis.test/oauth/tesla/callback',
  'http://127.0.0.1:*/oauth/tesla/callback',
  'http://localhost:*/oauth/tesla/callback',
];
/** The weather seed unless a test picks another. */
export const DEFAULT_TESLA_SEED = 20_261_206;

/** How to start an emulator; every field has a default. */
export interface TeslaEmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  clock?: EmulatorClock;
  clientId?: string;
  clientSecret?: string;
  redirectUris?: string[];
  /** Default `https://relay.enalysis.app` and `https://relay.enalysis.test`. */
  allowedOrigins?: string[];
  owners?: readonly TeslaOwnerSpec[];
  billing?: Partial<TeslaBilling>;
  lifetimes?: Partial<TeslaLifetimes>;
  /** Codes carry the owner's region as a prefix (default true; false: the app must ask). */
  regionPrefixedCodes?: boolean;
  /** A token works only in its audience's region (default true). */
  audienceEnforced?: boolean;
  /** Bucket per calendar_history period (default day: 5min, week/month: day, year: month). */
  buckets?: Partial<Record<Period, Bucket>>;
  /** How long after a sample ends the cloud has it (s, default 5 minutes). */
  dataDelaySeconds?: number;
  seed?: number;
  /** Where partner registration fetches a domain's key (default `https://<domain>/.well-known/…`). */
  publicKeyUrl?: (domain: string) => string;
  /** Added before every API and OAuth answer (ms, default 0). */
  latencyMs?: number;
}

/** A running emulator. */
export interface TeslaEmulator {
  /** Origin of the sign-in page and token endpoint (TESLA_AUTH_BASE and TESLA_TOKEN_BASE). */
  url: string;
  /** The regional Fleet API bases (the `audience` values). */
  regionBase: Record<TeslaRegion, string>;
  port: number;
  clock: EmulatorClock;
  admin: TeslaAdmin;
  app: Readonly<TeslaApp>;
  owners: readonly TeslaOwnerSpec[];
  stop(): Promise<void>;
}

/** Starts an emulator on 127.0.0.1. */
export async function startTeslaEmulator(
  options: TeslaEmulatorOptions = {},
): Promise<TeslaEmulator> {
  const clock = options.clock ?? new EmulatorClock();
  const app: TeslaApp = {
    clientId: options.clientId ?? TESLA_CLIENT_ID,
    clientSecret: options.clientSecret ?? TESLA_CLIENT_SECRET,
    redirectUris: [...(options.redirectUris ?? TESLA_REDIRECT_URIS)],
    allowedOrigins: options.allowedOrigins ?? [
      'https://relay.enalysis.app',
      'https://relay.enalysis.test',
    ],
  };
  const owners = options.owners ?? defaultTeslaOwners;
  const regionBase: Record<TeslaRegion, string> = { NA: '', EU: '' };
  const context: TeslaContext = {
    clock,
    app,
    fleet: new EnergyFleet(
      owners,
      clock,
      options.seed ?? DEFAULT_TESLA_SEED,
      options.dataDelaySeconds ?? 300,
    ),
    grants: new TeslaGrants(
      clock,
      { ...defaultTeslaLifetimes, ...options.lifetimes },
      options.regionPrefixedCodes ?? true,
    ),
    billing: new BillingBook({ ...defaultTeslaBilling, ...options.billing }),
    faults: new FaultQueue(),
    calls: new CallLog(),
    regionBase,
    audienceEnforced: options.audienceEnforced ?? true,
    buckets: { ...defaultBuckets, ...options.buckets },
    publicKeyUrl: options.publicKeyUrl ?? ((domain) => `https://${domain}${PUBLIC_KEY_PATH}`),
    partners: new Map(),
    latencyMs: options.latencyMs ?? 0,
  };
  const admin = new TeslaAdmin(context);
  const served = await serveEmulator(buildApp(context, admin), options.port);
  regionBase.NA = `${served.url}/na`;
  regionBase.EU = `${served.url}/eu`;
  return { ...served, regionBase, clock, admin, app, owners };
}

const keptParameters = ['kind', 'period', 'start_date', 'end_date', 'time_zone'];

function buildApp(context: TeslaContext, admin: TeslaAdmin): Hono {
  const root = new Hono();
  root.use(
    '*',
    recordCalls(context, {
      kindOf: (path) =>
        path.startsWith('/__admin') ? null : path.startsWith('/oauth2/') ? 'oauth' : 'api',
      keptParameters,
    }),
  );
  root.route('/oauth2/v3', teslaOAuthRoutes(context));
  root.route('/:region/api/1', fleetApiRoutes(context));
  root.route('/__admin', teslaAdminRoutes(admin, context.clock));
  root.notFound(() => fleetError(404, 'not_found'));
  root.onError((error) => {
    console.error('Tesla emulator error:', error);
    return jsonResponse(500, { response: null, error: 'internal error', error_description: '' });
  });
  return root;
}
