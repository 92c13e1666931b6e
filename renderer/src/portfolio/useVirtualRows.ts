/**
 * Windowing for the portfolio table: only the rows near the window are in the DOM, with spacer
 * rows keeping the scroll height true. The page scrolls as a document (see shell.css), so the
 * window is measured from the table body's place on screen, not from a scroll box of its own.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { rowsAround, visibleRows, type RowRange } from '../model/virtualRows';

/** Fleets up to this many lines are rendered whole: windowing earns nothing there. */
export const VIRTUALISE_ABOVE = 120;
/** The row height the CSS gives every line (measured again once a row is on screen). */
const ROW_HEIGHT_GUESS = 51;
/** Lines kept beyond each edge of the window. */
const OVERSCAN = 8;

/** What the table renders from. */
export interface VirtualRows {
  /** Ref for the <tbody> the rows live in. */
  bodyRef: (element: HTMLTableSectionElement | null) => void;
  /** Lines [start, end) to render; spacers stand in for the rest. */
  range: RowRange;
  rowHeight: number;
  /** Lines a page key moves by. */
  pageRows: number;
  /** Renders line `index` at its place (for a keyboard jump) before it is scrolled to. */
  reveal: (index: number) => void;
}

/** Windowing for `count` lines of one height. */
export function useVirtualRows(count: number): VirtualRows {
  const virtual = count > VIRTUALISE_ABOVE;
  const body = useRef<HTMLTableSectionElement | null>(null);
  const [rowHeight, setRowHeight] = useState(ROW_HEIGHT_GUESS);
  const initial = Math.ceil(window.innerHeight / ROW_HEIGHT_GUESS) + OVERSCAN;
  const [measured, setMeasured] = useState<RowRange>({ start: 0, end: initial });
  const pageRows = Math.max(1, Math.floor(window.innerHeight / rowHeight) - 2);

  const measure = useCallback(() => {
    const element = body.current;
    if (!element) return;
    const next = visibleRows({
      bodyTop: element.getBoundingClientRect().top,
      viewportHeight: window.innerHeight,
      rowHeight,
      count,
      overscan: OVERSCAN,
    });
    setMeasured((old) => (old.start === next.start && old.end === next.end ? old : next));
  }, [rowHeight, count]);

  useLayoutEffect(() => {
    if (!virtual) return;
    let frame = 0;
    const schedule = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          measure();
        });
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true, capture: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
    };
  }, [virtual, measure]);

  // The real height of a line (fonts, zoom) replaces the guess once one is on screen.
  useLayoutEffect(() => {
    const row = body.current?.querySelector('tr[data-index]');
    const height = row?.getBoundingClientRect().height ?? 0;
    if (height > 0 && Math.abs(height - rowHeight) > 0.5) setRowHeight(height);
  }, [rowHeight, count]);

  const reveal = useCallback(
    (index: number) => {
      if (!virtual) return;
      setMeasured((old) =>
        index >= old.start && index < old.end ? old : rowsAround(index, count, pageRows, OVERSCAN),
      );
    },
    [virtual, count, pageRows],
  );

  const bodyRef = useCallback((element: HTMLTableSectionElement | null) => {
    body.current = element;
  }, []);
  const range = virtual
    ? { start: Math.min(measured.start, count), end: Math.min(measured.end, count) }
    : { start: 0, end: count };
  return { bodyRef, range, rowHeight, pageRows, reveal };
}
