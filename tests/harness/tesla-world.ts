/**
 * The outside world of a Tesla connection, on loopback: the Tesla emulator (sign-in page, token
 * endpoint with regional audiences, NA and EU Fleet API bases with billing) and the REAL relay
 * started the way production starts it, with one audience per region. `env` is what the app
 * needs to use both, exactly as a user would set it.
 */
import { loadRelayConfig } from '../../relay/config';
import { createJsonLogger } from '../../relay/logger';
import { serveRelay, type RunningRelay } from '../../relay/node';
import type { EmulatorClock } from '../emulators/enphase';
import { freePort } from './enphase-world';
import {
  startTeslaEmulator,
  type TeslaEmulator,
  type TeslaEmulatorOptions,
} from '../emulators/tesla';

/** A running emulator + relay pair. */
export interface TeslaWorld {
  emulator: TeslaEmulator;
  relay: RunningRelay;
  relayLogs: string[];
  /** The app's configuration variables for this world. */
  env: Record<string, string>;
  clock: EmulatorClock;
  stop(): Promise<void>;
}

/** Starts the emulator and a relay in front of it. */
export async function startTeslaWorld(options: TeslaEmulatorOptions = {}): Promise<TeslaWorld> {
  const port = await freePort();
  const relayUrl = `http://127.0.0.1:${port}`;
  const emulator = await startTeslaEmulator({
    redirectUris: [`${relayUrl}/oauth/tesla/callback`],
    ...options,
  });
  const relayLogs: string[] = [];
  const { config } = loadRelayConfig({
    RELAY_PUBLIC_URL: relayUrl,
    RELAY_RATE_LIMIT_PER_MINUTE: '1000',
    TESLA_CLIENT_ID: emulator.app.clientId,
    TESLA_CLIENT_SECRET: emulator.app.clientSecret,
    TESLA_AUTH_BASE: emulator.url,
    TESLA_AUDIENCE_NA: emulator.regionBase.NA,
    TESLA_AUDIENCE_EU: emulator.regionBase.EU,
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
      TESLA_AUTH_BASE: emulator.url,
      TESLA_TOKEN_BASE: emulator.url,
      TESLA_CLIENT_ID: emulator.app.clientId,
      TESLA_API_BASE_NA: emulator.regionBase.NA,
      TESLA_API_BASE_EU: emulator.regionBase.EU,
    },
    async stop() {
      await relay.close();
      await emulator.stop();
    },
  };
}
