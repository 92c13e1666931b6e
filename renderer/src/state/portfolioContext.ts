/** The portfolio answer, shared by the sidebar's site list, the portfolio page and kiosk mode. */
import { createContext, useContext } from 'react';
import type { Portfolio } from '../../../shared/domain';
import type { InvokeState } from '../hooks/useInvoke';

/** The context object; use `usePortfolio()` rather than this. */
export const PortfolioContext = createContext<InvokeState<Portfolio> | null>(null);

/** The portfolio, loaded once and refreshed on `data-updated`. */
export function usePortfolio(): InvokeState<Portfolio> {
  const state = useContext(PortfolioContext);
  if (!state) throw new Error('usePortfolio must be used inside PortfolioProvider');
  return state;
}
