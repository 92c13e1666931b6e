/**
 * Starts the relay the way production does (environment → loadRelayConfig → @hono/node-server
 * on a real socket) against one fake token endpoint per provider, and captures every log line
 * so tests can assert on what was (not) written.
 */
import { createHash, randomBytes } from 'node:crypto';
import { bindState } from '../../../shared/code-binding';
import { loadRelayConfig, relayProviderIds, type RelayProviderId } from '../../../relay/config';
import { createJsonLogger } from '../../../relay/logger';
import { serveRelay, type RelaySocketLimits } from '../../../relay/node';
import type { Clock } from '../../../relay/rate-limit';
import { startFakeTokenServer, type FakeTokenServer } from './fake-token-server';

/** The public URL the relay under test believes it has. */
export const testPublicUrl = 'https://relay.enalysis.test';
/** The audience the fake Tesla endpoint insists on: the relay's North American one here. */
export const testTeslaAudience = 'https://fleet-api.prd.eu.vn.cloud.tesla.com';

/** A relay and its fake providers. */
export interface RelayUnderTest {
  url: string;
  logs: string[];
  upstreams: Record<RelayProviderId, FakeTokenServer>;
  credentials: Record<RelayProviderId, { clientId: string; clientSecret: string }>;
  redirectUri(provider: RelayProviderId): string;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<RelayAnswer>;
  close(): Promise<void>;
}

/** A parsed answer from the relay. */
export interface RelayAnswer {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
}

/** Options for {@link startRelayUnderTest}. */
export interface RelayUnderTestOptions {
  /** Extra or overriding environment variables. */
  env?: Record<string, string>;
  clock?: Clock;
  /** Secrets the upstreams expect, when a test wants the relay to hold the wrong one. */
  upstreamSecrets?: Partial<Record<RelayProviderId, string>>;
  /** Tighter socket limits, so a test can watch a slow client being cut off. */
  socketLimits?: Partial<RelaySocketLimits>;
}

/** Starts three fake providers and a relay configured for them. */
export async function startRelayUnderTest(
  options: RelayUnderTestOptions = {},
): Promise<RelayUnderTest> {
  const credentials = Object.fromEntries(
    relayProviderIds.map((id) => [
      id,
      {
        clientId: `client-${id}-${randomBytes(4).toString('hex')}`,
        clientSecret: `secret-${id}-${randomBytes(12).toString('hex')}`,
      },
    ]),
  ) as RelayUnderTest['credentials'];
  const upstreamList = await Promise.all(
    relayProviderIds.map((id) =>
      startFakeTokenServer({
        provider: id,
        clientId: credentials[id].clientId,
        clientSecret: options.upstreamSecrets?.[id] ?? credentials[id].clientSecret,
        teslaAudience: testTeslaAudience,
      }),
    ),
  );
  const upstreams = Object.fromEntries(
    relayProviderIds.map((id, index) => [id, upstreamList[index]]),
  ) as RelayUnderTest['upstreams'];

  const env: Record<string, string> = {
    RELAY_PUBLIC_URL: testPublicUrl,
    // The fake never answers "slow-" grants, so this only has to outlast a loaded CI machine's
    // hiccups on the prompt answers; a 504 test waits this long.
    RELAY_UPSTREAM_TIMEOUT_MS: '1500',
    RELAY_RATE_LIMIT_PER_MINUTE: '1000',
    TESLA_AUDIENCE_NA: testTeslaAudience,
  };
  for (const id of relayProviderIds) {
    const prefix = id.toUpperCase();
    env[`${prefix}_CLIENT_ID`] = credentials[id].clientId;
    env[`${prefix}_CLIENT_SECRET`] = credentials[id].clientSecret;
    env[`${prefix}_AUTH_BASE`] = upstreams[id].url;
  }
  Object.assign(env, options.env);

  const logs: string[] = [];
  const { config } = loadRelayConfig(env);
  const relay = await serveRelay(
    config,
    {
      logger: createJsonLogger({ sink: (line) => logs.push(line) }),
      ...(options.clock ? { clock: options.clock } : {}),
    },
    {
      host: '127.0.0.1',
      port: 0,
      ...(options.socketLimits ? { limits: options.socketLimits } : {}),
    },
  );

  return {
    url: relay.url,
    logs,
    upstreams,
    credentials,
    redirectUri: (provider) => `${testPublicUrl}/oauth/${provider}/callback`,
    post: async (path, body, headers = {}) => {
      const response = await fetch(`${relay.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, json: parseObject(text) };
    },
    close: async () => {
      await relay.close();
      await Promise.all(upstreamList.map((upstream) => upstream.close()));
    },
  };
}

function parseObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return { unparsed: text };
  }
}

/** What the app keeps for one browser sign-in: the verifier, and the bound `state` it sends. */
export interface BoundSignIn {
  verifier: string;
  state: string;
}

/** A bound sign-in as the app makes one (random verifier, its SHA-256 in the state). */
export function boundSignIn(): BoundSignIn {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, state: bindState(randomBytes(32).toString('base64url'), challenge) };
}
