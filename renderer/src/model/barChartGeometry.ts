/**
 * Geometry of the fleet bar chart, drawn as plain SVG: thirty bars do not need a chart library,
 * and leaving it out keeps the portfolio's first screen free of a 150–200 ms charting task.
 */

/** Axis ticks from 0 to a "nice" top at or above `max` (steps of 1, 2, 2.5 or 5 × 10ⁿ). */
export function niceTicks(max: number, targetCount = 4): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / targetCount;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const count = Math.ceil(max / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** One bar's rectangle in SVG coordinates. */
export interface BarBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the bar's slot, for its label and tooltip. */
  center: number;
}

/** The plot area inside the SVG. */
export interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Bars for `values` in equal slots across the plot, each `1 - gap` of its slot wide (at most
 * `maxBar` px), scaled so `top` reaches the plot's top.
 */
export function barBoxes(
  values: readonly number[],
  plot: Plot,
  top: number,
  gap = 0.25,
  maxBar = 28,
): BarBox[] {
  if (values.length === 0) return [];
  const slot = plot.width / values.length;
  const width = Math.max(1, Math.min(maxBar, slot * (1 - gap)));
  return values.map((value, i) => {
    const height = top > 0 ? (Math.max(0, value) / top) * plot.height : 0;
    const center = plot.left + slot * (i + 0.5);
    return { x: center - width / 2, y: plot.top + plot.height - height, width, height, center };
  });
}

/** Show every n-th label so labels `labelPx` wide never touch on slots `slotPx` wide. */
export function labelStride(slotPx: number, labelPx: number): number {
  if (slotPx <= 0) return 1;
  return Math.max(1, Math.ceil(labelPx / slotPx));
}

/** The slot under an x position (for hover), or null outside the plot. */
export function slotAt(x: number, plot: Plot, count: number): number | null {
  if (count === 0 || x < plot.left || x > plot.left + plot.width) return null;
  return Math.min(count - 1, Math.floor(((x - plot.left) / plot.width) * count));
}

/** An SVG path for a bar with rounded top corners only (the base sits flat on the axis). */
export function roundedTopBar(box: BarBox, radius = 3): string {
  const r = Math.max(0, Math.min(radius, box.width / 2, box.height));
  const { x, y, width: w, height: h } = box;
  if (h <= 0) return '';
  return (
    `M${x},${y + h}V${y + r}Q${x},${y} ${x + r},${y}` +
    `H${x + w - r}Q${x + w},${y} ${x + w},${y + r}V${y + h}Z`
  );
}
