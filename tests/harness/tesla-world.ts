/**
 * The outside world of a Tesla connection, on loopback: the Tesla emulator (sign-in page, token
 * endpoint with regional audiences, NA and EU Fleet API bases with billing) and the REAL relay
 * pointed at it (relay-world.ts), with one audience per region. `env` is what the app needs to
 * use both, exactly as a user would set it.
 */
import type { EmulatorClock } from '../emulators/enphase';
import {
  startTeslaEmulator,
  type TeslaEmulator,
  type TeslaEmulatorOptions,
} from '../emulators/tesla';
import { freePort, relayUrlOn, startRelayWorld, type RelayWorld } from './relay-world';

/** A running emulator + relay pair. */
export interface TeslaWorld extends RelayWorld<TeslaEmulator> {
  /** The app's configuration variables for this world. */
  env: Record<string, string>;
  clock: EmulatorClock;
}

/** Starts the emulator and a relay in front of it. */
export async function startTeslaWorld(options: TeslaEmulatorOptions = {}): Promise<TeslaWorld> {
  // The emulator registers the relay's callback, so the relay's port is chosen first.
  const port = await freePort();
  const emulator = await startTeslaEmulator({
    redirectUris: [`${relayUrlOn(port)}/oauth/tesla/callback`],
    ...options,
  });
  const world = await startRelayWorld(
    emulator,
    {
      TESLA_CLIENT_ID: emulator.app.clientId,
      TESLA_CLIENT_SECRET: emulator.app.clientSecret,
      TESLA_AUTH_BASE: emulator.url,
      TESLA_AUDIENCE_NA: emulator.regionBase.NA,
      TESLA_AUDIENCE_EU: emulator.regionBase.EU,
    },
    port,
  );
  return {
    ...world,
    clock: emulator.clock,
    env: {
      ENALYSIS_RELAY_URL: world.relay.url,
      TESLA_AUTH_BASE: emulator.url,
      TESLA_TOKEN_BASE: emulator.url,
      TESLA_CLIENT_ID: emulator.app.clientId,
      TESLA_API_BASE_NA: emulator.regionBase.NA,
      TESLA_API_BASE_EU: emulator.regionBase.EU,
    },
  };
}
