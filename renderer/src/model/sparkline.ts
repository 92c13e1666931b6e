/** Geometry of the portfolio sparkline, kept pure so its scaling is tested. */

/** Sparkline drawing size in CSS pixels. */
export const SPARKLINE = { width: 112, height: 28, pad: 2 } as const;

/**
 * SVG `points` for hourly power values, on a scale topped by the site's capacity (or the data,
 * if it ever exceeds capacity) so every row compares by performance, not by building size.
 */
export function sparklinePoints(values: readonly number[], scaleMax: number): string {
  if (values.length === 0) return '';
  const { width, height, pad } = SPARKLINE;
  const max = Math.max(scaleMax, ...values, 1);
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  return values
    .map((v, i) => {
      const x = pad + i * step;
      const y = height - pad - (Math.max(0, v) / max) * (height - 2 * pad);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}
