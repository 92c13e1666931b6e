/**
 * The relay's whole configuration, read from the environment once at start and validated with
 * zod. Missing credentials only disable a provider (with a warning), so a fresh deployment still
 * answers /healthz; a MALFORMED value (bad URL, bad number, bad PEM) refuses to start with one
 * line per problem, because a relay that half-works with a typo is worse than one that says why.
 */
import { z } from 'zod';
import { parseP256PublicKeyPem } from './pem';

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
  teslaAudience: string;
  providers: Readonly<Record<RelayProviderId, ProviderConfig>>;
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

const envPrefix: Record<RelayProviderId, string> = {
  enphase: 'ENPHASE',
  solaredge: 'SOLAREDGE',
  tesla: 'TESLA',
};

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Schemes that would turn the callback page into an open redirect or a script gadget. */
const forbiddenSchemes = new Set([
  'http',
  'https',
  'javascript',
  'data',
  'file',
  'blob',
  'vbscript',
]);

function blankToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

const optionalText = z.preprocess(blankToUndefined, z.string().optional());

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}

function fail(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

/** Parses an absolute http(s) URL; http only for loopback hosts so secrets never cross the net in clear. */
function checkUrl(raw: string): { url: URL } | { problem: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { problem: `must be an absolute URL (got "${clip(raw)}")` };
  }
  const loopback = loopbackHosts.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return { problem: `must use https (http only for localhost) (got "${clip(raw)}")` };
  }
  if (url.username || url.password || url.hash) {
    return { problem: `must not carry credentials or a #fragment (got "${clip(raw)}")` };
  }
  return { url };
}

function baseUrlVar(fallback: string) {
  return optionalText.transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const checked = checkUrl(raw);
    if ('problem' in checked) return fail(ctx, checked.problem);
    if (checked.url.search) return fail(ctx, `must not carry a ?query (got "${clip(raw)}")`);
    return `${checked.url.origin}${checked.url.pathname}`.replace(/\/+$/, '');
  });
}

function integerVar(fallback: number, min: number, max: number, what: string) {
  return optionalText.transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const text = raw.trim();
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
      return fail(
        ctx,
        `must be a whole number from ${min} to ${max}, ${what} (got "${clip(raw)}")`,
      );
    }
    return value;
  });
}

/** Credentials are opaque, but whitespace inside one is always a copy-paste accident. */
const credentialVar = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,512}$/.test(raw)) {
    return fail(ctx, 'must be 1-512 printable characters without spaces or line breaks');
  }
  return raw;
});

const schemeVar = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return 'enalysis';
  const scheme = raw.trim().toLowerCase();
  if (!/^[a-z][a-z0-9+.-]{1,40}$/.test(scheme)) {
    return fail(ctx, `must be a URL scheme such as "enalysis" (got "${clip(raw)}")`);
  }
  if (forbiddenSchemes.has(scheme)) {
    return fail(ctx, `must be the app's own scheme, not "${scheme}"`);
  }
  return scheme;
});

const redirectListVar = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return undefined;
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  for (const entry of entries) {
    const checked = checkUrl(entry);
    if ('problem' in checked) return fail(ctx, `entry ${checked.problem}`);
  }
  return entries;
});

const headerNameVar = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return null;
  const name = raw.trim().toLowerCase();
  if (!/^[a-z0-9-]{1,64}$/.test(name)) {
    return fail(ctx, `must be an HTTP header name such as "x-forwarded-for" (got "${clip(raw)}")`);
  }
  return name;
});

const pemVar = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return null;
  const parsed = parseP256PublicKeyPem(raw);
  if (!parsed.ok) return fail(ctx, `is not a usable PEM: ${parsed.problem}`);
  return parsed.pem;
});

const hostVar = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return '127.0.0.1';
  const host = raw.trim();
  if (!/^[A-Za-z0-9.:-]{1,253}$/.test(host)) {
    return fail(ctx, `must be a host name or IP address (got "${clip(raw)}")`);
  }
  return host;
});

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
  TESLA_AUDIENCE: baseUrlVar('https://fleet-api.prd.na.vn.cloud.tesla.com'),
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
      teslaAudience: vars.TESLA_AUDIENCE,
      providers,
    },
    warnings,
  };
}

function providerConfig(id: RelayProviderId, vars: ParsedEnv, warnings: string[]): ProviderConfig {
  const prefix = envPrefix[id];
  const clientId = vars[`${prefix}_CLIENT_ID` as keyof ParsedEnv] as string | undefined;
  const clientSecret = vars[`${prefix}_CLIENT_SECRET` as keyof ParsedEnv] as string | undefined;
  const authBase = vars[`${prefix}_AUTH_BASE` as keyof ParsedEnv] as string;
  const base = { id, displayName: displayNames[id], authBase };
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
