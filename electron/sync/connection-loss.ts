/**
 * What the scheduler does when a connection's grant is gone: no more calls through that
 * provider instance, the status bar says why, and the connection lifecycle hears about it once.
 * The lifecycle (connections/lifecycle.ts) alone marks the connection and its sites
 * `needs_reauth`; the scheduler only reports.
 */
import type { Clock, Logger } from '../ports';
import type { Provider } from '../providers/provider';
import type { BackoffBook } from './backoff-book';
import { connectionKeyOf, type ConnectionBlocks } from './connection-blocks';
import { providerLabel } from './explain';
import { errorNameOf, safeMessageOf, safeTextOf } from './failure';

/** The backoff-book key under which a connection's lost grant is remembered (for lastError). */
export function connectionBackoffKey(connectionKey: string): string {
  return `connection:${connectionKey}`;
}

/** What reporting a lost connection touches. */
export interface ConnectionLossDeps {
  clock: Clock;
  log: Logger;
  backoff: BackoffBook;
  blocks: ConnectionBlocks;
  /** Told once per lost connection, with the reason for the user. */
  onConnectionLost: (connectionId: string, message: string) => void;
}

/** Blocks the provider and reports the loss; does nothing twice for the same instance. */
export function reportConnectionLost(
  deps: ConnectionLossDeps,
  provider: Provider,
  error: unknown,
): void {
  const { clock, log, backoff, blocks } = deps;
  const connectionId = provider.connectionId;
  if (connectionId === null || !blocks.block(provider)) return;
  const message = safeMessageOf(error);
  const key = connectionBackoffKey(connectionKeyOf(provider));
  const reason = safeTextOf(error);
  const text = {
    key: 'error.sync.accountLost',
    params: { provider: providerLabel(provider.id), reason },
  } as const;
  backoff.fail(key, clock.now(), text, { longest: true });
  log.warn('connection needs re-auth', { provider: provider.id, connectionId });
  try {
    deps.onConnectionLost(connectionId, message);
  } catch (failure) {
    log.warn('re-auth listener failed', { error: errorNameOf(failure) });
  }
}
