/**
 * The relay as a Node service (`npm run relay`, the Docker image): reads the environment,
 * refuses to start on malformed values with one line per problem, warns about what is merely
 * missing, and serves the Fetch-API app with @hono/node-server. The only Node-specific file.
 */
import { realpathSync } from 'node:fs';
import {
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingMessage,
  type Server,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createRelayApp, type RelayDeps } from './app';
import { loadRelayConfig, RelayConfigError, relayProviderIds, type RelayConfig } from './config';
import { createJsonLogger, type RelayLogger } from './logger';
import { RedisQuotaStore } from './quota/redis-store';
import type { QuotaStore } from './quota/store';
import { maxUpstreamAnswerBytes } from './upstream';

/** A relay listening on a real socket. */
export interface RunningRelay {
  /** Base URL on the loopback address, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The upstream `fetch` the Node entry injects: node:http(s) with keep-alive agents, which costs
 * less CPU per call than the built-in fetch (measured by bench/relay.ts). It covers what token
 * calls use (method, headers, string body, abort signal), never follows redirects, and stops
 * buffering one byte past the answer limit so the caller sees the overflow.
 */
export function createNodeTokenFetch(): typeof fetch {
  const agents = {
    'http:': new HttpAgent({ keepAlive: true }),
    'https:': new HttpsAgent({ keepAlive: true }),
  };
  const tokenFetch = (
    input: Parameters<typeof fetch>[0],
    init: RequestInit = {},
  ): Promise<Response> =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        reject(new TypeError(`unsupported protocol ${url.protocol}`));
        return;
      }
      const signal = init.signal ?? null;
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const body = typeof init.body === 'string' ? Buffer.from(init.body) : Buffer.alloc(0);
      const headers: Record<string, string> = Object.fromEntries(new Headers(init.headers));
      headers['content-length'] = String(body.length);
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(
        url,
        { method: init.method ?? 'GET', headers, agent: agents[url.protocol] },
        (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            chunks.push(chunk);
            if (size > maxUpstreamAnswerBytes) res.destroy();
          });
          const finish = (): void => {
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(res.headers)) {
              for (const item of Array.isArray(value) ? value : [value ?? '']) {
                responseHeaders.append(name, item);
              }
            }
            const status = res.statusCode ?? 0;
            const nullBody = status === 204 || status === 304;
            try {
              resolve(
                new Response(nullBody ? null : Buffer.concat(chunks), {
                  status,
                  headers: responseHeaders,
                }),
              );
            } catch (error) {
              reject(error);
            }
          };
          res.on('end', finish);
          res.on('close', () => {
            if (size > maxUpstreamAnswerBytes) finish();
          });
          res.on('error', (error) => {
            if (size <= maxUpstreamAnswerBytes) reject(error);
          });
        },
      );
      const abort = (): void => {
        req.destroy(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
      };
      signal?.addEventListener('abort', abort, { once: true });
      req.on('close', () => signal?.removeEventListener('abort', abort));
      req.on('error', (error) => reject(error));
      if (body.length > 0) req.end(body);
      else req.end();
    });
  return tokenFetch as typeof fetch;
}

/** How long a socket may take and how many may be open: what keeps slow clients from starving the relay. */
export interface RelaySocketLimits {
  /** The whole header block must arrive within this (slowloris). */
  headersTimeoutMs: number;
  /** The whole request, body included; at least `headersTimeoutMs`. */
  requestTimeoutMs: number;
  /** Open sockets beyond this are closed as they arrive. */
  maxConnections: number;
}

/** Production limits: a token call is a few hundred bytes, so seconds are generous. */
export const defaultRelaySocketLimits: RelaySocketLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  maxConnections: 1_024,
};

/**
 * How often Node looks for sockets past their deadlines. Its default (30 s) would let a
 * trickling client hold a socket three times longer than `headersTimeoutMs` says.
 */
const connectionsCheckingIntervalMs = 1_000;

/** Serves the relay over HTTP; port 0 picks a free port (tests, bench). */
export async function serveRelay(
  config: RelayConfig,
  deps: RelayDeps = {},
  listen: { host?: string; port?: number; limits?: Partial<RelaySocketLimits> } = {},
): Promise<RunningRelay> {
  const limits = { ...defaultRelaySocketLimits, ...listen.limits };
  const quotaStore = deps.quotaStore ?? redisStoreFor(config, deps.logger);
  const app = createRelayApp(config, {
    clientAddress: (c) => getConnInfo(c).remote.address,
    fetch: createNodeTokenFetch(),
    ...deps,
    quotaStore,
  });
  const host = listen.host ?? config.host;
  const server = await new Promise<Server>((resolve, reject) => {
    const created = serve(
      {
        fetch: app.fetch,
        hostname: host,
        port: listen.port ?? config.port,
        serverOptions: {
          headersTimeout: limits.headersTimeoutMs,
          requestTimeout: Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs),
          connectionsCheckingInterval: connectionsCheckingIntervalMs,
        },
      },
      () => resolve(created as Server),
    ) as Server;
    created.once('error', reject);
  });
  server.maxConnections = limits.maxConnections;
  const { port } = server.address() as AddressInfo;
  const urlHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await quotaStore?.close();
    },
  };
}

/** The Redis store when `REDIS_URL` is set (undefined: the app keeps its in-memory one). */
function redisStoreFor(
  config: RelayConfig,
  logger: RelayLogger | undefined,
): QuotaStore | undefined {
  if (!config.quota.redisUrl) return undefined;
  let connected = false;
  return new RedisQuotaStore(config.quota.redisUrl, {
    // The client retries on its own; the first ready connection is worth one line.
    onReady: () => {
      if (!connected) logger?.info('quota store connected (Redis)');
      connected = true;
    },
  });
}

/** Starts from `process.env`; returns the exit code to use if it could not start. */
export async function runRelayFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  logger: RelayLogger = createJsonLogger({ sink: (line) => process.stdout.write(`${line}\n`) }),
  deps: RelayDeps = {},
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
  const relay = await serveRelay(loaded.config, { ...deps, logger });
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
