/**
 * The port a provider's HTTP client waits on when its quota per minute is shared by every
 * connection (and installation) of that provider: requests wait rather than fail. The scheduler
 * builds one per provider that needs it (electron/sync/minute-gate.ts); providers only use it.
 */

/** See the module comment. */
export interface RequestPacer {
  /** Resolves when one request may leave now. */
  acquire(): Promise<void>;
  /** The provider said "not before `instant`" (a 429): nothing leaves before it. */
  holdUntil(instant: number): void;
}
