/**
 * The relay as a Node service (`npm run relay`, the Docker image): reads the environment,
 * refuses to start on malformed values with one line per problem, warns about what is merely
 * missing, and serves the Fetch-API app with @hono/node-server. The only Node-specific file.
 */
import { realpathSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createRelayApp, type RelayDeps } from './app';
import { loadRelayConfig, RelayConfigError, relayProviderIds, type RelayConfig } from './config';
import { createJsonLogger, type RelayLogger } from './logger';

/** A relay listening on a real socket. */
export interface RunningRelay {
  /** Base URL on the loopback address, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves the relay over HTTP; port 0 picks a free port (tests, bench). */
export async function serveRelay(
  config: RelayConfig,
  deps: RelayDeps = {},
  listen: { host?: string; port?: number } = {},
): Promise<RunningRelay> {
  const app = createRelayApp(config, {
    clientAddress: (c) => getConnInfo(c).remote.address,
    ...deps,
  });
  const host = listen.host ?? config.host;
  const server = await new Promise<Server>((resolve, reject) => {
    const created = serve(
      { fetch: app.fetch, hostname: host, port: listen.port ?? config.port },
      () => resolve(created as Server),
    ) as Server;
    created.once('error', reject);
  });
  // Slow or stalled clients must not hold sockets open: a token call is a few hundred bytes.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  const { port } = server.address() as AddressInfo;
  const urlHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Starts from `process.env`; returns the exit code to use if it could not start. */
export async function runRelayFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  logger: RelayLogger = createJsonLogger({ sink: (line) => process.stdout.write(`${line}\n`) }),
): Promise<RunningRelay | null> {
  let loaded;
  try {
    loaded = loadRelayConfig(env);
  } catch (error) {
    if (!(error instanceof RelayConfigError)) throw error;
    process.stderr.write('Relay not started: the configuration is invalid.\n');
    for (const problem of error.problems) process.stderr.write(`  ${problem}\n`);
    return null;
  }
  for (const warning of loaded.warnings) logger.warn(warning);
  const relay = await serveRelay(loaded.config, { logger });
  logger.info('relay listening', {
    address: `${loaded.config.host}:${relay.port}`,
    public_url: loaded.config.publicUrl,
    providers: relayProviderIds.filter((id) => loaded.config.providers[id].credentials !== null),
  });
  return relay;
}

async function main(): Promise<void> {
  const relay = await runRelayFromEnvironment(process.env);
  if (!relay) {
    process.exitCode = 1;
    return;
  }
  const stop = (): void => {
    void relay.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  void main();
}
