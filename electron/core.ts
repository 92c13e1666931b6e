/**
 * The composition of every main-process service that does not need Electron: cache, providers,
 * scheduler and the IPC handlers. electron/main.ts builds it with Electron-backed ports; the
 * test harness builds the very same thing with test ports.
 */
import type { EventName, EventPayload } from '../shared/contract';
import type { Dispatch } from './ipc/dispatch';
import type { Cipher, Clock, KeyValueStore, Logger, NetworkMonitor } from './ports';

/** Everything the core needs from its host. */
export interface CoreOptions {
  /** Folder for the cache database (the user data folder in the app). */
  dataDir: string;
  settings: KeyValueStore;
  cipher: Cipher;
  network: NetworkMonitor;
  log: Logger;
  clock?: Clock;
  /** `--demo`: show the demo fleet even when real connections exist. */
  forceDemo: boolean;
  /** `--kiosk`: trade-show mode. */
  kiosk: boolean;
  version: string;
  platform: string;
}

/** Listens to every event the core pushes to the renderer. */
export type EventSink = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** A running core. */
export interface Core {
  /** Handles one invoke call with an untrusted payload (sender already checked by the host). */
  dispatch: Dispatch;
  /** Subscribes to pushed events; returns the unsubscribe function. */
  onEvent(sink: EventSink): () => void;
  /** Stops timers and closes the cache. */
  stop(): Promise<void>;
}

/** Builds and starts the core. */
export async function createCore(_options: CoreOptions): Promise<Core> {
  throw new Error('createCore is being written');
}
