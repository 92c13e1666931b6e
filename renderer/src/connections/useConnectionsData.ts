/** The Connections page's data: the accounts and the budgets, re-read whenever main says they moved. */
import type { ResponseOf } from '../../../shared/contract';
import { enalysis } from '../api';
import { useDebouncedEvent } from '../hooks/useEvent';
import { useInvoke, type InvokeState } from '../hooks/useInvoke';

/** Both answers the page renders from. */
export interface ConnectionsData {
  list: InvokeState<ResponseOf<'connections.list'>>;
  budget: InvokeState<ResponseOf<'budget.get'>>;
  /** Re-reads both (after an action of the page's own). */
  reload: () => void;
}

/** Loads both, and reloads them on connection, data and settings events. */
export function useConnectionsData(): ConnectionsData {
  const list = useInvoke('connections.list', () => enalysis().connections.list());
  const budget = useInvoke('budget.get', () => enalysis().budget.get());
  const reload = () => {
    list.reload();
    budget.reload();
  };
  // A lost grant, a reconnect elsewhere, new data (refresh times, calls spent): read again.
  useDebouncedEvent('connection-changed', reload, 150);
  useDebouncedEvent('data-updated', reload, 500);
  // Plan or share changed in Settings: the budget's limits change with them.
  useDebouncedEvent('settings-changed', budget.reload, 300);
  return { list, budget, reload };
}
