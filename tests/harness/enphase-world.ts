/**
 * The outside world of an Enphase connection, on loopback: the Enphase emulator (login form,
 * token endpoint, v4 API with quotas) and the REAL relay pointed at it (relay-world.ts). `env`
 * is what the app needs to use both, exactly as a user would set it.
 */
import {
  startEnphaseEmulator,
  type EmulatorClock,
  type EnphaseEmulator,
  type EnphaseEmulatorOptions,
} from '../emulators/enphase';
import { startRelayWorld, type RelayWorld } from './relay-world';

/** A running emulator + relay pair. */
export interface EnphaseWorld extends RelayWorld<EnphaseEmulator> {
  /** The app's configuration variables for this world. */
  env: Record<string, string>;
  clock: EmulatorClock;
}

/** Starts the emulator and a relay in front of it. */
export async function startEnphaseWorld(
  options: EnphaseEmulatorOptions = {},
): Promise<EnphaseWorld> {
  const emulator = await startEnphaseEmulator(options);
  const world = await startRelayWorld(emulator, {
    ENPHASE_CLIENT_ID: emulator.app.clientId,
    ENPHASE_CLIENT_SECRET: emulator.app.clientSecret,
    ENPHASE_AUTH_BASE: emulator.url,
  });
  return {
    ...world,
    clock: emulator.clock,
    env: {
      ENALYSIS_RELAY_URL: world.relay.url,
      ENPHASE_AUTH_BASE: emulator.url,
      ENPHASE_API_BASE: emulator.url,
      ENPHASE_CLIENT_ID: emulator.app.clientId,
      ENPHASE_API_KEY: emulator.app.apiKey,
    },
  };
}
