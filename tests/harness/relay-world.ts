/**
 * The part every provider's world shares: the REAL relay started the way production starts it
 * (environment → loadRelayConfig → serveRelay) on loopback, in front of one emulator, with every
 * line it logs kept for the secrecy tests. Each `<provider>-world.ts` adds its provider's
 * variables and what the app needs to use both.
 */
import { createServer } from 'node:net';
import { loadRelayConfig } from '../../relay/config';
import { createJsonLogger } from '../../relay/logger';
import { serveRelay, type RunningRelay } from '../../relay/node';

/** A running emulator and the relay in front of it. */
export interface RelayWorld<Emulator> {
  emulator: Emulator;
  relay: RunningRelay;
  /** Every line the relay logged (secrecy tests search it). */
  relayLogs: string[];
  /** Stops the relay, then the emulator. */
  stop(): Promise<void>;
}

/** A port nobody listens on now (the relay must know its public URL before it listens). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/**
 * Starts a relay for `emulator` with the provider's variables in `providerEnv`, on `port` (a
 * free one unless the emulator had to know the relay's address first).
 */
export async function startRelayWorld<Emulator extends { stop(): Promise<void> }>(
  emulator: Emulator,
  providerEnv: Record<string, string>,
  port?: number,
): Promise<RelayWorld<Emulator>> {
  const relayPort = port ?? (await freePort());
  const relayLogs: string[] = [];
  const { config } = loadRelayConfig({
    RELAY_PUBLIC_URL: relayUrlOn(relayPort),
    RELAY_RATE_LIMIT_PER_MINUTE: '1000',
    ...providerEnv,
  });
  const relay = await serveRelay(
    config,
    { logger: createJsonLogger({ sink: (line) => relayLogs.push(line) }) },
    { host: '127.0.0.1', port: relayPort },
  );
  return {
    emulator,
    relay,
    relayLogs,
    async stop() {
      await relay.close();
      await emulator.stop();
    },
  };
}

/** The relay's public URL on a loopback port. */
export function relayUrlOn(port: number): string {
  return `http://127.0.0.1:${port}`;
}
