/**
 * Entry for serverless Fetch-API hosts (Cloudflare Workers-style `export default { fetch }`,
 * Deno, Bun). The host hands the environment over with each request, so the relay is built on
 * the first one and kept. A malformed environment answers 503 with no detail to the caller (the
 * problems go to the log, one line each), since a serverless host has no "refuse to start".
 */
import { createRelayApp, type RelayDeps } from './app';
import { loadRelayConfig, RelayConfigError } from './config';
import { createJsonLogger } from './logger';
import { applySecurityHeaders } from './security-headers';

/** A Fetch handler whose configuration comes from the host's environment bindings. */
export interface RelayFetchEntry {
  fetch(request: Request, env?: Readonly<Record<string, unknown>>): Promise<Response>;
}

/** Builds the entry; `deps` defaults suit a serverless host (console logs, global fetch). */
export function createRelayFetchEntry(deps: RelayDeps = {}): RelayFetchEntry {
  let app: ReturnType<typeof createRelayApp> | null = null;
  let refused: Response | null = null;
  return {
    async fetch(request, env = {}) {
      if (!app && !refused) {
        const logger = deps.logger ?? createJsonLogger();
        const strings = Object.fromEntries(
          Object.entries(env).filter(
            (entry): entry is [string, string] => typeof entry[1] === 'string',
          ),
        );
        try {
          const { config, warnings } = loadRelayConfig(strings);
          for (const warning of warnings) logger.warn(warning);
          if (config.quota.redisUrl) {
            logger.warn(
              'REDIS_URL is ignored on a Fetch host: leases and limits stay per isolate.',
            );
          }
          app = createRelayApp(config, { ...deps, logger });
        } catch (error) {
          if (!(error instanceof RelayConfigError)) throw error;
          for (const problem of error.problems) logger.error(`configuration: ${problem}`);
          refused = Response.json(
            {
              error: 'relay_misconfigured',
              error_description: 'The relay is not configured correctly.',
            },
            { status: 503 },
          );
          applySecurityHeaders(refused.headers);
        }
      }
      return app ? app.fetch(request) : (refused as Response).clone();
    },
  };
}

/** Default export for hosts that import the module and call `fetch(request, env)`. */
export default createRelayFetchEntry();
