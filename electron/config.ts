/**
 * Public configuration: relay URL, OAuth client ids, the Enphase API key and provider base
 * URLs. Built-in defaults, overridable by environment variables for testing and staging.
 * Secrets (`*_CLIENT_SECRET`) never live here: they exist only in the relay's environment.
 */
import { z } from 'zod';

const url = z.url({ protocol: /^https?$/ });

const configSchema = z.object({
  relayUrl: url,
  dataDir: z.string().min(1).nullable(),
  enphase: z.object({ authBase: url, apiBase: url, clientId: z.string(), apiKey: z.string() }),
  solaredge: z.object({ authBase: url, apiBase: url, clientId: z.string() }),
  tesla: z.object({ authBase: url, tokenBase: url, clientId: z.string() }),
  /** Operator override: a fixed share (%) of the Enphase plan instead of the relay's lease. */
  enphaseShareOverride: z.number().int().min(1).max(100).nullable(),
});

/** The app's public configuration. */
export type AppConfig = z.infer<typeof configSchema>;

/** Which environment variable sets which field, so errors name what the user typed. */
const variableNames: Record<string, string> = {
  relayUrl: 'ENALYSIS_RELAY_URL',
  'enphase.authBase': 'ENPHASE_AUTH_BASE',
  'enphase.apiBase': 'ENPHASE_API_BASE',
  'solaredge.authBase': 'SOLAREDGE_AUTH_BASE',
  'solaredge.apiBase': 'SOLAREDGE_API_BASE',
  'tesla.authBase': 'TESLA_AUTH_BASE',
  'tesla.tokenBase': 'TESLA_TOKEN_BASE',
  enphaseShareOverride: 'ENALYSIS_ENPHASE_SHARE_PERCENT',
};

/** Raised when an override is malformed; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration from defaults and environment overrides. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
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
    },
    solaredge: {
      authBase: pick('SOLAREDGE_AUTH_BASE', 'https://monitoringapi.solaredge.com'),
      apiBase: pick('SOLAREDGE_API_BASE', 'https://monitoringapi.solaredge.com'),
      clientId: pick('SOLAREDGE_CLIENT_ID', ''),
    },
    tesla: {
      authBase: pick('TESLA_AUTH_BASE', 'https://auth.tesla.com'),
      tokenBase: pick('TESLA_TOKEN_BASE', 'https://fleet-auth.prd.vn.cloud.tesla.com'),
      clientId: pick('TESLA_CLIENT_ID', ''),
    },
    enphaseShareOverride: env.ENALYSIS_ENPHASE_SHARE_PERCENT?.trim()
      ? Number(env.ENALYSIS_ENPHASE_SHARE_PERCENT.trim())
      : null,
  };
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '?';
    const variable = variableNames[path] ?? path;
    throw new ConfigError(`${variable} is invalid: ${issue?.message ?? 'malformed'}.`);
  }
  return parsed.data;
}
