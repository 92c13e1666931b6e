/** The content size of an element, so charts render at their real size and downsample to it. */
import { useCallback, useState } from 'react';

/** Width and height in CSS pixels (0 until measured). */
export interface ElementSize {
  width: number;
  height: number;
}

/**
 * Returns a ref callback and the element's current content size. Sizes are rounded so
 * sub-pixel jitter during layout does not re-render a chart.
 */
export function useElementSize<T extends HTMLElement>(): [
  (element: T | null) => void,
  ElementSize,
] {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  const ref = useCallback((element: T | null) => {
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (!box) return;
      const next = { width: Math.round(box.width), height: Math.round(box.height) };
      setSize((old) => (old.width === next.width && old.height === next.height ? old : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}
