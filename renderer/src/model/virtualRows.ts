/**
 * Which rows of a long, fixed-row-height table to put in the DOM: the ones on screen plus a
 * margin, so 1,000 sites cost as much as the forty a window can show. Pure, tested with tables.
 */

/** Where the table's body is, relative to the window, and how its rows are laid out. */
export interface VirtualWindow {
  /** The body's top edge in viewport pixels (negative once scrolled past). */
  bodyTop: number;
  /** Window height in pixels. */
  viewportHeight: number;
  rowHeight: number;
  count: number;
  /** Rows kept beyond each edge, so a fast scroll or a Tab does not meet an empty gap. */
  overscan: number;
}

/** Rows [start, end) to render. */
export interface RowRange {
  start: number;
  end: number;
}

/** The rows that intersect the window, widened by `overscan` on each side and clamped. */
export function visibleRows(w: VirtualWindow): RowRange {
  if (w.count <= 0 || w.rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(-w.bodyTop / w.rowHeight);
  const last = Math.ceil((w.viewportHeight - w.bodyTop) / w.rowHeight);
  const start = Math.min(Math.max(0, first - w.overscan), w.count);
  const end = Math.max(start, Math.min(w.count, last + w.overscan));
  return { start, end };
}

/**
 * A range around row `index` for when keyboard focus jumps far (End, PageDown): the row is
 * rendered at once at its true place, and the next scroll measurement settles the window.
 */
export function rowsAround(
  index: number,
  count: number,
  pageRows: number,
  overscan: number,
): RowRange {
  if (count <= 0) return { start: 0, end: 0 };
  const at = Math.min(count - 1, Math.max(0, index));
  return {
    start: Math.max(0, at - pageRows - overscan),
    end: Math.min(count, at + pageRows + overscan + 1),
  };
}

/** The row a key moves keyboard focus to in a list of `count` rows, or null for other keys. */
export function rowKeyTarget(
  key: string,
  index: number,
  count: number,
  page: number,
): number | null {
  if (count <= 0) return null;
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowUp':
      return clamp(index - 1);
    case 'PageDown':
      return clamp(index + page);
    case 'PageUp':
      return clamp(index - page);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
