/**
 * Starts the SolarEdge emulator on 127.0.0.1: the Site Access consent page, the OAuth token and
 * revoke endpoints, the V2 API, 410 for every V1 path, and the admin routes, on one port. Every
 * API and OAuth answer is recorded (without keys, codes or tokens).
 */
import { Hono } from 'hono';
import { CallLog } from '../enphase/calls';
import { EmulatorClock } from '../enphase/clock';
import { FaultQueue } from '../enphase/faults';
import { jsonResponse } from '../enphase/http';
import { recordCalls } from '../common/record-calls';
import { serveEmulator } from '../common/serve';
import { SolarEdgeAdmin } from './admin';
import { solarEdgeAdminRoutes } from './admin-routes';
import { apiRoutes } from './api';
import { MAX_SITES_IN_PAGE } from './api-sites';
import { defaultSpanCaps, type SpanCaps } from './api-series';
import type { Dialect, SiteAccessApp, SolarEdgeContext } from './context';
import { CreditBook, FREE_TIER, type CreditLimits } from './credits';
import { defaultFleetAccounts, defaultOwners } from './fixtures';
import { SiteFleet } from './fleet';
import { defaultGrantLifetimes, GrantStore, type GrantLifetimes } from './grants';
import { consentRoutes, tokenRoutes } from './oauth';
import { problemResponse, routeNotFound, v1Gone } from './problems';
import { DEFAULT_SOLAREDGE_SEED } from './production';
import type { FleetAccountSpec, OwnerSpec } from './sites';
import type { EnergyUnitChoice } from './units';

/** The platform's Site Access client id in tests. */
export const SE_CLIENT_ID = 'enalysis-se-client';
/** Known only to the emulator and the relay under test. */
export const SE_CLIENT_SECRET = 'enalysis-se-secret';
/** The relay's callback in production, and on any loopback port for tests. */
export const SE_REDIRECT_URIS: readonly string[] = [
  'https://relay.enalysis.app/oauth/solaredge/callback',
  'https://relay.enalysis.test/oauth/solaredge/callback',
  'http://127.0.0.1:*/oauth/solaredge/callback',
  'http://localhost:*/oauth/solaredge/callback',
];

/** How to start an emulator; every field has a default. */
export interface SolarEdgeEmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  clock?: EmulatorClock;
  clientId?: string;
  clientSecret?: string;
  redirectUris?: string[];
  accounts?: readonly FleetAccountSpec[];
  owners?: readonly OwnerSpec[];
  /** Every payer's limits (default the free tier: 10 a minute, 2,000 a month). */
  creditLimits?: CreditLimits;
  /** Credits per endpoint (`sites`, `site`, `overview`, `power`, `energy`, `devices`, `alerts`, `fleet-alerts`); 1 when absent. */
  creditCosts?: Record<string, number>;
  /** Where sources disagree; see {@link Dialect}. */
  dialect?: Partial<Dialect>;
  spanCaps?: Partial<SpanCaps>;
  /** `auto` (default) picks WH, KWH or MWH by magnitude. */
  energyUnit?: EnergyUnitChoice;
  /** How long after a quarter ends the cloud has it (s, default 5 minutes). */
  dataDelaySeconds?: number;
  seed?: number;
  grantLifetimes?: Partial<GrantLifetimes>;
  /** Added before every API and OAuth answer (ms, default 0). */
  latencyMs?: number;
  /** `revoke-token` insists on the client credentials (default true; see SolarEdgeContext). */
  revokeNeedsClient?: boolean;
}

/** A running emulator. */
export interface SolarEdgeEmulator {
  /** Base URL of the API (append `/v2`), the token endpoint and the consent page. */
  url: string;
  /** The authorize URL the app's configuration should name. */
  authorizeUrl: string;
  port: number;
  clock: EmulatorClock;
  admin: SolarEdgeAdmin;
  app: Readonly<SiteAccessApp>;
  accounts: readonly FleetAccountSpec[];
  owners: readonly OwnerSpec[];
  stop(): Promise<void>;
}

/** Starts an emulator on 127.0.0.1. */
export async function startSolarEdgeEmulator(
  options: SolarEdgeEmulatorOptions = {},
): Promise<SolarEdgeEmulator> {
  const clock = options.clock ?? new EmulatorClock();
  const app: SiteAccessApp = {
    clientId: options.clientId ?? SE_CLIENT_ID,
    clientSecret: options.clientSecret ?? SE_CLIENT_SECRET,
    redirectUris: [...(options.redirectUris ?? SE_REDIRECT_URIS)],
  };
  const accounts = options.accounts ?? defaultFleetAccounts;
  const owners = options.owners ?? defaultOwners;
  const context: SolarEdgeContext = {
    clock,
    app,
    fleet: new SiteFleet({
      accounts,
      owners,
      clock,
      seed: options.seed ?? DEFAULT_SOLAREDGE_SEED,
      dataDelaySeconds: options.dataDelaySeconds ?? 300,
    }),
    grants: new GrantStore(clock, { ...defaultGrantLifetimes, ...options.grantLifetimes }),
    credits: new CreditBook(options.creditLimits ?? FREE_TIER),
    creditCosts: { ...options.creditCosts },
    faults: new FaultQueue(),
    calls: new CallLog(),
    dialect: {
      timestamps: 'local',
      spanParams: 'startTime',
      sitesList: 'v2',
      sitesPageCap: MAX_SITES_IN_PAGE,
      ...options.dialect,
    },
    series: {
      caps: { ...defaultSpanCaps, ...options.spanCaps },
      energyUnit: options.energyUnit ?? 'auto',
    },
    revokedKeys: new Set(),
    openedAlerts: new Map(),
    latencyMs: options.latencyMs ?? 0,
    revokeNeedsClient: options.revokeNeedsClient ?? true,
  };
  const admin = new SolarEdgeAdmin(context);
  const served = await serveEmulator(buildApp(context, admin), options.port);
  return {
    ...served,
    authorizeUrl: `${served.url}/authorize`,
    clock,
    admin,
    app,
    accounts,
    owners,
  };
}

/** Span names SolarEdge's calls are told apart by, kept in the call log. */
const keptParameters = ['startTime', 'endTime', 'from', 'to', 'resolution', 'sites-in-page'];

function buildApp(context: SolarEdgeContext, admin: SolarEdgeAdmin): Hono {
  const root = new Hono();
  root.use(
    '*',
    recordCalls(context, {
      kindOf: (path) =>
        path.startsWith('/__admin')
          ? null
          : path.startsWith('/v2/oauth2') || path === '/authorize'
            ? 'oauth'
            : 'api',
      keptParameters,
    }),
  );
  root.route('/', consentRoutes(context));
  root.route('/v2/oauth2', tokenRoutes(context));
  root.route('/v2', apiRoutes(context));
  root.route('/__admin', solarEdgeAdminRoutes(admin, context.clock));
  root.notFound((c) =>
    problemResponse(c.req.path.startsWith('/v2/') ? routeNotFound : v1Gone, c.req.path),
  );
  root.onError((error) => {
    console.error('SolarEdge emulator error:', error);
    return jsonResponse(500, { title: 'Internal Server Error', status: 500 });
  });
  return root;
}
