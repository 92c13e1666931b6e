/**
 * The outside world of an Enphase connection, on loopback: the Enphase emulator (login form,
 * token endpoint, v4 API with quotas) and the REAL relay started the way production starts it
 * (environment → loadRelayConfig → serveRelay), pointed at the emulator. `env` is what the app
 * needs to use both, exactly as a user would set it.
 */
import { createServer } from 'node:net';
import { loadRelayConfig } from '../../relay/config';
import { createJsonLogger } from '../../relay/logger';
import { serveRelay, type RunningRelay } from '../../relay/node';
import {
  startEnphaseEmulator,
  type EmulatorClock,
  type EnphaseEmulator,
  type EnphaseEmulatorOptions,
} from '../emulators/enphase';

/** A running emulator + relay pair. */
export interface EnphaseWorld {
  emulator: EnphaseEmulator;
  relay: RunningRelay;
  /** Every line the relay logged (secrecy tests search it). */
  relayLogs: string[];
  /** The app's configuration variables for this world. */
  env: Record<string, string>;
  clock: EmulatorClock;
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

/** Starts the emulator and a relay in front of it. */
export async function startEnphaseWorld(
  options: EnphaseEmulatorOptions = {},
): Promise<EnphaseWorld> {
  const emulator = await startEnphaseEmulator(options);
  const port = await freePort();
  const relayLogs: string[] = [];
  const { config } = loadRelayConfig({
    RELAY_PUBLIC_URL: `http://127.0.0.1:${port}`,
    RELAY_RATE_LIMIT_PER_MINUTE: '1000',
    ENPHASE_CLIENT_ID: emulator.app.clientId,
    ENPHASE_CLIENT_SECRET: emulator.app.clientSecret,
    ENPHASE_AUTH_BASE: emulator.url,
  });
  const relay = await serveRelay(
    config,
    { logger: createJsonLogger({ sink: (line) => relayLogs.push(line) }) },
    { host: '127.0.0.1', port },
  );
  return {
    emulator,
    relay,
    relayLogs,
    clock: emulator.clock,
    env: {
      ENALYSIS_RELAY_URL: relay.url,
      ENPHASE_AUTH_BASE: emulator.url,
      ENPHASE_API_BASE: emulator.url,
      ENPHASE_CLIENT_ID: emulator.app.clientId,
      ENPHASE_API_KEY: emulator.app.apiKey,
    },
    async stop() {
      await relay.close();
      await emulator.stop();
    },
  };
}
