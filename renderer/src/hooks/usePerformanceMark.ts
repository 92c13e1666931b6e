/** Performance marks the benchmark waits for (see bench/): set once, after the DOM has the data. */
import { useEffect, useRef } from 'react';

/** Marks the renderer's first portfolio table with data and first site chart with data. */
export type PerformanceMarkName = 'enalysis:portfolio-ready' | 'enalysis:site-chart-ready';

/**
 * Calls `performance.mark(name)` in the effect after the first render where `ready` is true,
 * i.e. after React committed that render to the DOM. Once per mounted component.
 */
export function usePerformanceMark(name: PerformanceMarkName, ready: boolean): void {
  const marked = useRef(false);
  useEffect(() => {
    if (!ready || marked.current) return;
    marked.current = true;
    performance.mark(name);
  }, [name, ready]);
}
