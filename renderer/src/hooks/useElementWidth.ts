/** The content width of an element, so charts render at their real size and downsample to it. */
import { useCallback, useState } from 'react';

/**
 * Returns a ref callback and the element's current width in CSS pixels (0 until measured).
 * Widths are rounded so sub-pixel jitter during layout does not re-render a chart.
 */
export function useElementWidth<T extends HTMLElement>(): [(element: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: T | null) => {
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) setWidth(Math.round(box.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
