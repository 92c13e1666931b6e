/** Axis and grid styling every chart shares, from the theme's CSS variables. */
import { decimalsFor, formatNumber } from '../../../shared/format';

/** Tick text: small, muted, tabular. */
export const TICK = {
  fill: 'var(--chart-axis)',
  fontSize: 12,
  fontVariantNumeric: 'tabular-nums',
} as const;

/** Y-axis tick in the chart's unit, with decimals only where the axis needs them. */
export function axisNumber(value: number, axisMax: number): string {
  if (value === 0) return '0';
  return formatNumber(value, Math.max(0, decimalsFor(axisMax) - 1));
}

/** The Y-axis width that fits its longest tick: no clipped labels, no wasted gutter. */
export function yAxisWidth(axisMax: number): number {
  const longest = axisNumber(axisMax * 1.1, axisMax).length;
  return Math.max(36, 12 + longest * 7.5);
}
