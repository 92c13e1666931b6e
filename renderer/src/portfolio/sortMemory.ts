/** The portfolio sort, remembered in memory for the session so leaving and returning keeps it. */
import { useCallback, useState } from 'react';
import { DEFAULT_SORT, type SortState } from '../model/portfolioSort';

let remembered: SortState = DEFAULT_SORT;

/** Like useState, but the last choice survives the page unmounting. */
export function useRememberedSort(): [SortState, (next: SortState) => void] {
  const [sort, setSort] = useState<SortState>(() => remembered);
  const update = useCallback((next: SortState) => {
    remembered = next;
    setSort(next);
  }, []);
  return [sort, update];
}
