/**
 * The portfolio's view choices (sort, search and filters, the 30-day chart shown or not),
 * remembered in memory for the session so leaving and returning keeps them.
 */
import { useCallback, useState } from 'react';
import { NO_FILTER, type PortfolioFilter } from '../model/portfolioFilter';
import { DEFAULT_SORT, type SortState } from '../model/portfolioSort';

/** A hook like useState whose last value survives the page unmounting. */
function remembered<T>(initial: T): () => [T, (next: T) => void] {
  let last = initial;
  return function useRemembered() {
    const [value, setValue] = useState<T>(() => last);
    const update = useCallback((next: T) => {
      last = next;
      setValue(next);
    }, []);
    return [value, update];
  };
}

/** The table's sort. */
export const useRememberedSort = remembered<SortState>(DEFAULT_SORT);
/** The search text, the status and provider filters and tag grouping. */
export const useRememberedFilter = remembered<PortfolioFilter>(NO_FILTER);
/** Whether the 30-day fleet chart is open (closed at first: the sites come first). */
export const useRememberedChartOpen = remembered(false);
