/**
 * Fetches the portfolio once for every screen and re-fetches it when data or alerts change (debounced) and
 * every minute: today, current power and stale marks are main's answers for one instant.
 */
import type { ReactNode } from 'react';
import { enalysis } from '../api';
import { useDebouncedEvent } from '../hooks/useEvent';
import { useInvoke } from '../hooks/useInvoke';
import { useMinuteTick, useNow } from '../hooks/useNow';
import { PortfolioContext } from './portfolioContext';

/** Provides the portfolio to the tree. */
export function PortfolioProvider({ children }: { children: ReactNode }) {
  const portfolio = useInvoke('portfolio.get', () => enalysis().portfolio.get());
  // Any site's new data changes fleet totals, so every data-updated burst triggers one reload.
  useDebouncedEvent('data-updated', portfolio.reload, 300);
  // A new demo/live mode or connection changes which sites exist.
  useDebouncedEvent('settings-changed', portfolio.reload, 300);
  useDebouncedEvent('connection-changed', portfolio.reload, 300);
  // A site's status includes its open alerts: an alert that opens after the data that showed it
  // (the watch judges after data-updated), or a mute, changes a row with no new data.
  useDebouncedEvent('alerts-changed', portfolio.reload, 300);
  // Time passing alone changes the answer (a new local day, power that is no longer current).
  useMinuteTick(useNow(), portfolio.reload);
  return <PortfolioContext.Provider value={portfolio}>{children}</PortfolioContext.Provider>;
}
