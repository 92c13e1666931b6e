/** Performance marks the benchmark waits for (see bench/): set once, after the DOM has the data. */
import { useEffect, useRef, type RefObject } from 'react';

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

/**
 * Like usePerformanceMark, but waits until `selector` matches inside `container`: recharts
 * draws its bars and areas a few commits after the chart element itself, and the mark must
 * mean "the user sees the data", not "React mounted an empty SVG".
 */
export function useDrawnMark(
  name: PerformanceMarkName,
  container: RefObject<HTMLElement | null>,
  selector: string,
  ready: boolean,
): void {
  const marked = useRef(false);
  useEffect(() => {
    const element = container.current;
    if (!ready || marked.current || !element) return;
    const markIfDrawn = () => {
      if (marked.current || !element.querySelector(selector)) return false;
      marked.current = true;
      performance.mark(name);
      return true;
    };
    if (markIfDrawn()) return;
    const observer = new MutationObserver(() => {
      if (markIfDrawn()) observer.disconnect();
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [name, container, selector, ready]);
}
