/**
 * Follows the vault's own state changes (a refused grant, an unreadable blob found while a
 * provider asked for a token): the connection's sites show "needs reauth" with the reason, and
 * the renderer hears `connection-changed` so Settings can offer "Reconnect" at once.
 */
import type { EventPayload } from '../../../shared/contract';
import type { TokenVault } from '../../vault/vault';
import { setSitesStatus } from './sites';
import type { ConnectionCache } from './types';

/** Starts following; returns the function that stops it. */
export function watchConnectionStates(
  vault: TokenVault,
  cache: ConnectionCache,
  emit: (payload: EventPayload<'connection-changed'>) => void,
): () => void {
  return vault.onStateChange((record) => {
    if (record.state === 'needs_reauth')
      setSitesStatus(cache, record, 'needs_reauth', record.problem);
    emit({ connectionId: record.id, state: record.state });
  });
}
