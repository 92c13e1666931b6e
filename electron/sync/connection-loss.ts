/**
 * What happens when a connection's grant is gone: no more calls through that provider
 * instance, every one of its sites shows `needs_reauth` (their cached data stays), the status
 * bar says so, and the scheduler's owner hears about it once.
 */
import type { CacheStore } from '../cache/types';
import type { Clock, Logger } from '../ports';
import type { Provider } from '../providers/provider';
import type { BackoffBook } from './backoff-book';
import { connectionKeyOf, type ConnectionBlocks } from './connection-blocks';
import { providerLabel } from './explain';
import { errorNameOf, safeMessageOf } from './failure';

/** The backoff-book key under which a connection's lost grant is remembered (for lastError). */
export function connectionBackoffKey(connectionKey: string): string {
  return `connection:${connectionKey}`;
}

/** What marking a lost connection touches. */
export interface ConnectionLossDeps {
  cache: CacheStore;
  clock: Clock;
  log: Logger;
  backoff: BackoffBook;
  blocks: ConnectionBlocks;
  onReauthRequired: (connectionId: string, message: string) => void;
}

/** Blocks the provider and marks its sites; does nothing twice for the same instance. */
export function markConnectionLost(
  deps: ConnectionLossDeps,
  provider: Provider,
  error: unknown,
  updated: Set<string>,
): void {
  const { cache, clock, log, backoff, blocks } = deps;
  const connectionId = provider.connectionId;
  if (connectionId === null || !blocks.block(provider)) return;
  const message = safeMessageOf(error);
  try {
    for (const site of cache.listSites()) {
      if (site.provider !== provider.id || site.connectionId !== connectionId) continue;
      if (site.status === 'needs_reauth') continue;
      cache.setSiteStatus(site.id, 'needs_reauth', message);
      updated.add(site.id);
    }
  } catch (failure) {
    log.warn('sites not marked for re-auth', { connectionId, error: errorNameOf(failure) });
  }
  const key = connectionBackoffKey(connectionKeyOf(provider));
  backoff.fail(key, clock.now(), `${providerLabel(provider.id)} account: ${message}`, {
    longest: true,
  });
  log.warn('connection needs re-auth', { provider: provider.id, connectionId });
  try {
    deps.onReauthRequired(connectionId, message);
  } catch (failure) {
    log.warn('re-auth listener failed', { error: errorNameOf(failure) });
  }
}
