/** The money and CO2 settings and the savings of a period, loaded over the bridge. */
import type { EconomicValue, EconomicsView } from '../../../shared/economics';
import { enalysis } from '../api';
import { useDebouncedEvent } from '../hooks/useEvent';
import { useInvoke, type InvokeState } from '../hooks/useInvoke';

/** `economics.get`, reloadable after a save. */
export function useEconomics(): InvokeState<EconomicsView> {
  return useInvoke('economics.get', () => enalysis().economics.get());
}

/**
 * Savings and CO2 of these sites (null: every shown site) over local dates [from, to];
 * `version` changes when prices change, and new data reloads it.
 */
export function useEconomicValue(
  siteIds: string[] | null,
  from: string | null,
  to: string | null,
  version: string,
): InvokeState<EconomicValue> {
  const key =
    from && to ? `economics.value:${siteIds?.join(',') ?? '*'}:${from}:${to}:${version}` : null;
  const value = useInvoke(key, () =>
    enalysis().economics.value({ siteIds, from: from ?? '', to: to ?? '' }),
  );
  useDebouncedEvent('data-updated', value.reload, 500);
  return value;
}
