/**
 * The outside world of a SolarEdge connection, on loopback: the SolarEdge emulator (consent
 * page, token and revoke endpoints, V2 API with credits) and the REAL relay started the way
 * production starts it, pointed at the emulator. `env` is what the app needs to use both.
 */
import { loadRelayConfig } from '../../relay/config';
import { createJsonLogger } from '../../relay/logger';
import { serveRelay, type RunningRelay } from '../../relay/node';
import {
  startSolarEdgeEmulator,
  type SolarEdgeEmulator,
  type SolarEdgeEmulatorOptions,
} from '../emulators/solaredge';
import { freePort } from './enphase-world';

/** A running emulator + relay pair. */
export interface SolarEdgeWorld {
  emulator: SolarEdgeEmulator;
  relay: RunningRelay;
  /** Every line the relay logged (secrecy tests search it). */
  relayLogs: string[];
  /** The app's configuration variables for this world. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** Starts the emulator and a relay in front of it. */
export async function startSolarEdgeWorld(
  options: SolarEdgeEmulatorOptions = {},
): Promise<SolarEdgeWorld> {
  const emulator = await startSolarEdgeEmulator(options);
  const port = await freePort();
  const relayLogs: string[] = [];
  const { config } = loadRelayConfig({
    RELAY_PUBLIC_URL: `http://127.0.0.1:${port}`,
    RELAY_RATE_LIMIT_PER_MINUTE: '1000',
    SOLAREDGE_CLIENT_ID: emulator.app.clientId,
    SOLAREDGE_CLIENT_SECRET: emulator.app.clientSecret,
    SOLAREDGE_AUTH_BASE: emulator.url,
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
    env: {
      ENALYSIS_RELAY_URL: relay.url,
      SOLAREDGE_AUTH_BASE: emulator.url,
      SOLAREDGE_API_BASE: emulator.url,
      SOLAREDGE_CLIENT_ID: emulator.app.clientId,
    },
    async stop() {
      await relay.close();
      await emulator.stop();
    },
  };
}
