/**
 * The Connections page's data: the registered providers, the accounts and the budgets, re-read
 * whenever main says they moved.
 */
import type { ResponseOf } from '../../../shared/contract';
import { enalysis } from '../api';
import { useDebouncedEvent } from '../hooks/useEvent';
import { useInvoke, type InvokeState } from '../hooks/useInvoke';

/** The answers the page renders from. */
export interface ConnectionsData {
  /** What each registered provider declares (name, how to connect, its quota sentence). */
  providers: InvokeState<ResponseOf<'providers.list'>>;
  list: InvokeState<ResponseOf<'connections.list'>>;
  budget: InvokeState<ResponseOf<'budget.get'>>;
  /** Re-reads accounts and budgets (after an action of the page's own). */
  reload: () => void;
}

/** Loads them, and reloads them on connection, data and settings events. */
export function useConnectionsData(): ConnectionsData {
  const providers = useInvoke('providers.list', () => enalysis().providers.list());
  const list = useInvoke('connections.list', () => enalysis().connections.list());
  const budget = useInvoke('budget.get', () => enalysis().budget.get());
  const reload = () => {
    list.reload();
    budget.reload();
  };
  // A lost grant, a reconnect elsewhere, new data (refresh times, calls spent): read again.
  useDebouncedEvent('connection-changed', reload, 150);
  useDebouncedEvent('data-updated', reload, 500);
  // The scheduler's state moved (a month's credits ran out, a refresh ended): so may the budget.
  useDebouncedEvent('sync-progress', budget.reload, 1000);
  // Plan or share changed in Settings: the budget's limits change with them.
  useDebouncedEvent('settings-changed', budget.reload, 300);
  // …and so does the quota sentence each provider declares.
  useDebouncedEvent('settings-changed', providers.reload, 300);
  // …and the accounts' problems are main's sentences, said in the language just chosen.
  useDebouncedEvent('settings-changed', list.reload, 300);
  return { providers, list, budget, reload };
}
