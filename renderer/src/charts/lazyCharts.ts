/**
 * recharts is most of the renderer's weight and only the site charts use it, so it loads in its
 * own chunk: the portfolio opens without it, and `preloadCharts()` fetches it while the app is
 * idle so a site chart never waits for it.
 */
import { lazy } from 'react';

let charts: Promise<unknown> | null = null;

/** Starts loading the chart chunk (once); safe to call any number of times. */
export function preloadCharts(): Promise<unknown> {
  charts ??= Promise.all([import('./PowerAreaChart'), import('./EnergyBarChart')]);
  return charts;
}

/** The power curve, loaded on first use. */
export const LazyPowerAreaChart = lazy(() =>
  preloadCharts().then(() =>
    import('./PowerAreaChart').then((m) => ({ default: m.PowerAreaChart })),
  ),
);

/** The energy bars, loaded on first use. */
export const LazyEnergyBarChart = lazy(() =>
  preloadCharts().then(() =>
    import('./EnergyBarChart').then((m) => ({ default: m.EnergyBarChart })),
  ),
);
