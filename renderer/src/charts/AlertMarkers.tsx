/**
 * Alert markers on the site charts: a vertical line where an alert began (solid) or ended
 * (dashed), and the same markers as a list for screen readers and keyboard users.
 */
import { ReferenceLine } from 'recharts';
import type { ChartMarker } from '../model/chartMarkers';
import { t } from '../i18n/t';

const stroke = { fault: 'var(--bad)', warning: 'var(--warn)', info: 'var(--text-3)' } as const;

/**
 * The marker lines for a recharts chart, placed by instant (day) or by bar tick (week, month).
 * Returned as an array of elements: recharts only sees its own children, not a wrapper component.
 */
export function alertMarkerLines(
  markers: readonly ChartMarker[],
  placeBy: 't' | 'tick',
  xAxisId?: string,
) {
  return markers.map((m) => (
    <ReferenceLine
      key={m.key}
      x={placeBy === 't' ? m.t : m.tick}
      xAxisId={xAxisId}
      className={`alert-marker alert-marker-${m.kind}`}
      stroke={stroke[m.severity]}
      strokeWidth={1.5}
      strokeDasharray={m.kind === 'end' ? '3 3' : undefined}
      ifOverflow="discard"
      label={{ value: m.kind === 'start' ? '▼' : '▲', position: 'top', fill: stroke[m.severity] }}
    />
  ));
}

/** The markers in words, under the chart (visually hidden). */
export function ChartMarkerList({ markers }: { markers: readonly ChartMarker[] }) {
  if (markers.length === 0) return null;
  return (
    <ul
      className="visually-hidden"
      aria-label={t('chart.markersLabel')}
      data-testid="chart-markers"
    >
      {markers.map((m) => (
        <li
          key={m.key}
          data-testid="chart-marker"
          data-alert-id={m.alertId}
          data-kind={m.kind}
          data-t={m.t}
        >
          {m.label}
        </li>
      ))}
    </ul>
  );
}
