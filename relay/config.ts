/**
 * The relay's whole configuration, read from the environment once at start and validated with
 * zod. Missing credentials only disable a provider (with a warning), so a fresh deployment still
 * answers /healthz; a MALFORMED value (bad URL, bad number, bad PEM) refuses to start with one
 * line per problem, because a relay that half-works with a typo is worse than one that says why.
 */
import { z } from 'zod';
import {
  baseUrlVar,
  booleanVar,
  codeKeyVar,
  credentialVar,
  headerNameVar,
  hostVar,
  integerVar,
  pemVar,
  redirectListVar,
  schemeVar,
} from './env-vars';
import { quotaConfigFrom, quotaEnvSchema, type QuotaConfig } from './quota/config';
import { teslaRegions, type TeslaRegion } from '../shared/tesla-regions';

/** Providers the relay can exchange codes for, in the order they are listed to people. */
export const relayProviderIds = ['enphase', 'solaredge', 'tesla'] as const;
/** One of {@link relayProviderIds}. */
export type RelayProviderId = (typeof relayProviderIds)[number];

/** Narrows a path segment to a provider id. */
export function isRelayProviderId(value: string): value is RelayProviderId {
  return (relayProviderIds as readonly string[]).includes(value);
}

/** What the relay needs to talk to one provider's token endpoint. */
export interface ProviderConfig {
  id: RelayProviderId;
  displayName: string;
  /** Token endpoint base, without a trailing slash. */
  authBase: string;
  /** Null when the provider is disabled. */
  credentials: { clientId: string; clientSecret: string } | null;
  /** What a caller is told when the provider is disabled. */
  disabledReason: string | null;
  /**
   * The provider checks PKCE itself: the relay passes the app's verifier on as `code_verifier`
   * (the app's challenge went to the authorize page). The reference docs say Enphase has no
   * PKCE and say nothing either way for SolarEdge and Tesla, so it is configuration
   * (`SOLAREDGE_PKCE`, `TESLA_PKCE`), off until confirmed; the relay's own code binding
   * protects every provider regardless.
   */
  pkce: boolean;
}

/** The validated configuration the app and the Node entry run on. */
export interface RelayConfig {
  host: string;
  port: number;
  /** The relay's own public origin (and path prefix), without a trailing slash. */
  publicUrl: string;
  /** Scheme of the desktop app's deep link: the callback page only ever forwards there. */
  appScheme: string;
  allowedRedirectUris: ReadonlySet<string>;
  rateLimitPerMinute: number;
  upstreamTimeoutMs: number;
  /** Header a trusted proxy sets to the caller's address; null means the socket address. */
  clientIpHeader: string | null;
  teslaPublicKeyPem: string | null;
  /** Tesla's `audience` per region: the regional Fleet API base a token is issued for. */
  teslaAudiences: Readonly<Record<TeslaRegion, string>>;
  /** AES-256-GCM key sealing sign-in codes for the deep link (RELAY_CODE_KEY, or one per process). */
  codeKey: Uint8Array<ArrayBuffer>;
  providers: Readonly<Record<RelayProviderId, ProviderConfig>>;
  /** Quota leases: plan capacity, policy, limits, and the shared store (relay/quota/). */
  quota: QuotaConfig;
}

/** The largest request body the relay reads; token and refresh requests are a few hundred bytes. */
export const maxRequestBodyBytes = 8 * 1024;

/** Thrown when a variable is present but malformed; `problems` has one line per variable. */
export class RelayConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid relay configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'RelayConfigError';
  }
}

/** A configuration and what the operator should hear about it at start. */
export interface LoadedRelayConfig {
  config: RelayConfig;
  warnings: string[];
}

const displayNames: Record<RelayProviderId, string> = {
  enphase: 'Enphase',
  solaredge: 'SolarEdge',
  tesla: 'Tesla',
};

const defaultAuthBases: Record<RelayProviderId, string> = {
  enphase: 'https://api.enphaseenergy.com',
  solaredge: 'https://monitoringapi.solaredge.com',
  tesla: 'https://fleet-auth.prd.vn.cloud.tesla.com',
};

/** Tesla's regional Fleet API bases (reference), each region's `audience`. */
export const defaultTeslaAudiences: Readonly<Record<TeslaRegion, string>> = {
  NA: 'https://fleet-api.prd.na.vn.cloud.tesla.com',
  EU: 'https://fleet-api.prd.eu.vn.cloud.tesla.com',
  CN: 'https://fleet-api.prd.cn.vn.cloud.tesla.cn',
};

const envPrefix: Record<RelayProviderId, string> = {
  enphase: 'ENPHASE',
  solaredge: 'SOLAREDGE',
  tesla: 'TESLA',
};

const envSchema = z.object({
  RELAY_HOST: hostVar,
  RELAY_PORT: integerVar(8787, 0, 65535, 'a TCP port'),
  RELAY_PUBLIC_URL: baseUrlVar(''),
  RELAY_APP_SCHEME: schemeVar,
  RELAY_ALLOWED_REDIRECT_URIS: redirectListVar,
  RELAY_RATE_LIMIT_PER_MINUTE: integerVar(60, 1, 10_000_000, 'requests per address per minute'),
  RELAY_UPSTREAM_TIMEOUT_MS: integerVar(10_000, 1, 120_000, 'in milliseconds'),
  RELAY_CLIENT_IP_HEADER: headerNameVar,
  ENPHASE_CLIENT_ID: credentialVar,
  ENPHASE_CLIENT_SECRET: credentialVar,
  ENPHASE_AUTH_BASE: baseUrlVar(defaultAuthBases.enphase),
  SOLAREDGE_CLIENT_ID: credentialVar,
  SOLAREDGE_CLIENT_SECRET: credentialVar,
  SOLAREDGE_AUTH_BASE: baseUrlVar(defaultAuthBases.solaredge),
  TESLA_CLIENT_ID: credentialVar,
  TESLA_CLIENT_SECRET: credentialVar,
  TESLA_AUTH_BASE: baseUrlVar(defaultAuthBases.tesla),
  TESLA_PUBLIC_KEY_PEM: pemVar,
  TESLA_AUDIENCE_NA: baseUrlVar(defaultTeslaAudiences.NA),
  TESLA_AUDIENCE_EU: baseUrlVar(defaultTeslaAudiences.EU),
  TESLA_AUDIENCE_CN: baseUrlVar(defaultTeslaAudiences.CN),
  RELAY_CODE_KEY: codeKeyVar,
  SOLAREDGE_PKCE: booleanVar(false),
  TESLA_PKCE: booleanVar(false),
  ...quotaEnvSchema.shape,
});

type ParsedEnv = z.output<typeof envSchema>;

/** The relay's own callback URL for a provider: what each provider must have registered. */
export function callbackUrlFor(publicUrl: string, provider: RelayProviderId): string {
  return `${publicUrl}/oauth/${provider}/callback`;
}

/**
 * Reads and validates the environment. Throws {@link RelayConfigError} for malformed values;
 * returns warnings for what is merely missing.
 */
export function loadRelayConfig(
  env: Readonly<Record<string, string | undefined>>,
): LoadedRelayConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new RelayConfigError(
      parsed.error.issues.map(
        (issue) => `${String(issue.path[0] ?? 'environment')} ${issue.message}`,
      ),
    );
  }
  const vars = parsed.data;
  const warnings: string[] = [];
  const providers = Object.fromEntries(
    relayProviderIds.map((id) => [id, providerConfig(id, vars, warnings)]),
  ) as Record<RelayProviderId, ProviderConfig>;
  if (relayProviderIds.every((id) => providers[id].credentials === null)) {
    warnings.unshift('No provider is enabled: every /oauth/* call will answer provider_disabled.');
  }

  let publicUrl = vars.RELAY_PUBLIC_URL;
  if (publicUrl === '') {
    publicUrl = `http://localhost:${vars.RELAY_PORT}`;
    warnings.push(`RELAY_PUBLIC_URL is not set: assuming ${publicUrl} (development only).`);
  }
  const allowed =
    vars.RELAY_ALLOWED_REDIRECT_URIS ?? relayProviderIds.map((id) => callbackUrlFor(publicUrl, id));
  if (allowed.length === 0) {
    warnings.push('RELAY_ALLOWED_REDIRECT_URIS is empty: every /token call will be refused.');
  }
  if (vars.RELAY_CODE_KEY === null) {
    warnings.push(
      'RELAY_CODE_KEY is not set: browser sign-ins work only while this one instance serves them.',
    );
  }
  if (providers.tesla.credentials && vars.TESLA_PUBLIC_KEY_PEM === null) {
    warnings.push(
      'TESLA_PUBLIC_KEY_PEM is not set: Tesla partner registration cannot fetch the public key.',
    );
  }

  return {
    config: {
      host: vars.RELAY_HOST,
      port: vars.RELAY_PORT,
      publicUrl,
      appScheme: vars.RELAY_APP_SCHEME,
      allowedRedirectUris: new Set(allowed),
      rateLimitPerMinute: vars.RELAY_RATE_LIMIT_PER_MINUTE,
      upstreamTimeoutMs: vars.RELAY_UPSTREAM_TIMEOUT_MS,
      clientIpHeader: vars.RELAY_CLIENT_IP_HEADER,
      teslaPublicKeyPem: vars.TESLA_PUBLIC_KEY_PEM,
      teslaAudiences: Object.fromEntries(
        teslaRegions.map((region) => [region, vars[`TESLA_AUDIENCE_${region}`]]),
      ) as Record<TeslaRegion, string>,
      codeKey: vars.RELAY_CODE_KEY ?? crypto.getRandomValues(new Uint8Array(32)),
      providers,
      quota: quotaConfigFrom(vars),
    },
    warnings,
  };
}

function providerConfig(id: RelayProviderId, vars: ParsedEnv, warnings: string[]): ProviderConfig {
  const prefix = envPrefix[id];
  const clientId = vars[`${prefix}_CLIENT_ID` as keyof ParsedEnv] as string | undefined;
  const clientSecret = vars[`${prefix}_CLIENT_SECRET` as keyof ParsedEnv] as string | undefined;
  const authBase = vars[`${prefix}_AUTH_BASE` as keyof ParsedEnv] as string;
  const pkceVar = `${prefix}_PKCE` as keyof ParsedEnv;
  const pkce = pkceVar in vars ? vars[pkceVar] === true : false;
  const base = { id, displayName: displayNames[id], authBase, pkce };
  if (clientId !== undefined && clientSecret !== undefined) {
    return { ...base, credentials: { clientId, clientSecret }, disabledReason: null };
  }
  const missing = [
    clientId === undefined ? `${prefix}_CLIENT_ID` : null,
    clientSecret === undefined ? `${prefix}_CLIENT_SECRET` : null,
  ].filter((name): name is string => name !== null);
  warnings.push(
    `${id} is disabled: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set.`,
  );
  return {
    ...base,
    credentials: null,
    disabledReason: `This relay has no ${displayNames[id]} credentials configured.`,
  };
}
