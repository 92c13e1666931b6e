/**
 * The outside world of a SolarEdge connection, on loopback: the SolarEdge emulator (consent
 * page, token and revoke endpoints, V2 API with credits) and the REAL relay pointed at it
 * (relay-world.ts). `env` is what the app needs to use both.
 */
import {
  startSolarEdgeEmulator,
  type SolarEdgeEmulator,
  type SolarEdgeEmulatorOptions,
} from '../emulators/solaredge';
import { startRelayWorld, type RelayWorld } from './relay-world';

/** A running emulator + relay pair. */
export interface SolarEdgeWorld extends RelayWorld<SolarEdgeEmulator> {
  /** The app's configuration variables for this world. */
  env: Record<string, string>;
}

/** Starts the emulator and a relay in front of it. */
export async function startSolarEdgeWorld(
  options: SolarEdgeEmulatorOptions = {},
): Promise<SolarEdgeWorld> {
  const emulator = await startSolarEdgeEmulator(options);
  const world = await startRelayWorld(emulator, {
    SOLAREDGE_CLIENT_ID: emulator.app.clientId,
    SOLAREDGE_CLIENT_SECRET: emulator.app.clientSecret,
    SOLAREDGE_AUTH_BASE: emulator.url,
  });
  return {
    ...world,
    env: {
      ENALYSIS_RELAY_URL: world.relay.url,
      SOLAREDGE_AUTH_BASE: emulator.url,
      SOLAREDGE_API_BASE: emulator.url,
      SOLAREDGE_CLIENT_ID: emulator.app.clientId,
    },
  };
}
