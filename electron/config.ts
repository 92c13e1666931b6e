/**
 * Public configuration: relay URL, OAuth client ids, the Enphase API key, plan and share, and
 * provider base URLs. Built-in defaults, overridable by environment variables for testing and staging.
 * Secrets (`*_CLIENT_SECRET`) never live here: they exist only in the relay's environment.
 */
import { z } from 'zod';
import { isSecureTransport } from '../shared/transport';

const anyUrl = z.url({ protocol: /^https?$/ });
/** Packaged builds: https, or http to this machine only (the relay's rule). */
const secureUrl = anyUrl.refine(
  (value) => isSecureTransport(new URL(value)),
  'must use https (http only for localhost) in a packaged build',
);

/** The configuration's shape; `url` decides which URLs a build accepts. */
function configSchemaWith(url: typeof anyUrl) {
  return z.object({
    relayUrl: url,
    dataDir: z.string().min(1).nullable(),
    enphase: z.object({
      authBase: url,
      apiBase: url,
      clientId: z.string(),
      apiKey: z.string(),
      /** The plan the platform's Enphase application is registered on (its quota). */
      plan: z.enum(['watt', 'kilowatt', 'megawatt', 'partner']),
      /** Percent of that quota one installation may spend, when no relay lease decides it. */
      sharePercent: z.coerce.number().int().min(1).max(100),
      /** True when the operator set ENPHASE_SHARE_PERCENT: that share, not the relay's lease. */
      shareFixed: z.boolean(),
    }),
    solaredge: z.object({ authBase: url, apiBase: url, clientId: z.string() }),
    tesla: z.object({ authBase: url, tokenBase: url, clientId: z.string() }),
  });
}

/** The app's public configuration. */
export type AppConfig = z.infer<ReturnType<typeof configSchemaWith>>;

/** How the build was made. */
export interface ConfigOptions {
  /** A packaged (release) build: overrides may not send tokens over clear-text http. */
  packaged?: boolean;
}

/** Which environment variable sets which field, so errors name what the user typed. */
const variableNames: Record<string, string> = {
  relayUrl: 'ENALYSIS_RELAY_URL',
  'enphase.authBase': 'ENPHASE_AUTH_BASE',
  'enphase.apiBase': 'ENPHASE_API_BASE',
  'enphase.plan': 'ENPHASE_PLAN',
  'enphase.sharePercent': 'ENPHASE_SHARE_PERCENT',
  'solaredge.authBase': 'SOLAREDGE_AUTH_BASE',
  'solaredge.apiBase': 'SOLAREDGE_API_BASE',
  'tesla.authBase': 'TESLA_AUTH_BASE',
  'tesla.tokenBase': 'TESLA_TOKEN_BASE',
};

/** Raised when an override is malformed; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration from defaults and environment overrides. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  options: ConfigOptions = {},
): AppConfig {
  const pick = (name: string, fallback: string) => {
    const value = env[name]?.trim();
    return value ? value : fallback;
  };
  const raw = {
    relayUrl: pick('ENALYSIS_RELAY_URL', 'https://relay.enalysis.app'),
    dataDir: env.ENALYSIS_DATA_DIR?.trim() || null,
    enphase: {
      authBase: pick('ENPHASE_AUTH_BASE', 'https://api.enphaseenergy.com'),
      apiBase: pick('ENPHASE_API_BASE', 'https://api.enphaseenergy.com'),
      clientId: pick('ENPHASE_CLIENT_ID', ''),
      apiKey: pick('ENPHASE_API_KEY', ''),
      plan: pick('ENPHASE_PLAN', 'kilowatt').toLowerCase(),
      sharePercent: pick('ENPHASE_SHARE_PERCENT', '100'),
      shareFixed: Boolean(env.ENPHASE_SHARE_PERCENT?.trim()),
    },
    solaredge: {
      // Site Access consent page (its host differs between sources: configuration).
      authBase: pick('SOLAREDGE_AUTH_BASE', 'https://connect.solaredge.com'),
      apiBase: pick('SOLAREDGE_API_BASE', 'https://monitoringapi.solaredge.com'),
      clientId: pick('SOLAREDGE_CLIENT_ID', ''),
    },
    tesla: {
      authBase: pick('TESLA_AUTH_BASE', 'https://auth.tesla.com'),
      tokenBase: pick('TESLA_TOKEN_BASE', 'https://fleet-auth.prd.vn.cloud.tesla.com'),
      clientId: pick('TESLA_CLIENT_ID', ''),
    },
  };
  const parsed = configSchemaWith(options.packaged ? secureUrl : anyUrl).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '?';
    const variable = variableNames[path] ?? path;
    throw new ConfigError(`${variable} is invalid: ${issue?.message ?? 'malformed'}.`);
  }
  return parsed.data;
}
