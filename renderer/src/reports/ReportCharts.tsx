/**
 * The report's two charts as fixed-size SVG (print has no hover, and a static drawing prints
 * crisply): energy per day or month beside last year's, and the sites ranked by specific yield.
 */
import type { Report } from '../../../shared/report';
import { formatBucketLabel, formatNumber } from '../../../shared/format';
import { axisNumber, yAxisWidth } from '../charts/axis';
import {
  barBoxes,
  labelStride,
  niceTicks,
  roundedTopBar,
  type Plot,
} from '../model/barChartGeometry';
import { t } from '../i18n/t';

const WIDTH = 680;

/** Energy per bucket (kWh), current bars with last year's as thin grey bars behind. */
export function ReportEnergyChart({ report }: { report: Report }) {
  const height = 200;
  const buckets = report.buckets;
  const max = buckets.reduce((m, b) => Math.max(m, b.wh, b.previousWh ?? 0), 0) / 1000;
  const ticks = niceTicks(max);
  const top = ticks.at(-1) ?? 1;
  const left = yAxisWidth(top);
  const plot: Plot = { left, top: 8, width: WIDTH - left - 4, height: height - 32 };
  const current = barBoxes(
    buckets.map((b) => b.wh / 1000),
    plot,
    top,
    0.3,
    22,
  );
  const previous = barBoxes(
    buckets.map((b) => (b.previousWh ?? 0) / 1000),
    plot,
    top,
    0.3,
    22,
  );
  const range = report.period.kind === 'month' ? 'month' : 'year';
  const stride = labelStride(buckets.length ? plot.width / buckets.length : 0, 26);
  const y = (v: number) => plot.top + plot.height - (v / top) * plot.height;
  return (
    <svg
      className="report-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={range === 'month' ? t('report.chartPerDay') : t('report.chartPerMonth')}
      data-testid="report-energy-chart"
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={plot.left}
            x2={plot.left + plot.width}
            y1={y(tick)}
            y2={y(tick)}
            stroke="var(--chart-grid)"
          />
          <text x={plot.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" className="axis-text">
            {axisNumber(tick, top)}
          </text>
        </g>
      ))}
      {previous.map((bar, i) =>
        buckets[i]!.previousWh === null ? null : (
          <rect
            key={`p${i}`}
            x={bar.x - bar.width * 0.15}
            y={bar.y}
            width={bar.width * 0.3}
            height={bar.height}
            fill="var(--chart-previous)"
          />
        ),
      )}
      {current.map((bar, i) => (
        <path
          key={buckets[i]!.label}
          d={roundedTopBar({ ...bar, x: bar.x + bar.width * 0.2, width: bar.width * 0.6 })}
          fill="var(--accent)"
        />
      ))}
      {current.map((bar, i) =>
        (buckets.length - 1 - i) % stride === 0 ? (
          <text
            key={`l${i}`}
            x={bar.center}
            y={height - 8}
            textAnchor="middle"
            className="axis-text"
          >
            {formatBucketLabel(buckets[i]!.label, range)}
          </text>
        ) : null,
      )}
    </svg>
  );
}

/** Horizontal bars of specific yield (kWh/kWp), best first, the fleet's value as a line. */
export function ReportRankingChart({ report }: { report: Report }) {
  const rowHeight = 22;
  const labelWidth = 220;
  const sites = report.sites;
  const height = sites.length * rowHeight + 24;
  const max = sites.reduce((m, s) => Math.max(m, s.specificYield), 0);
  const top = niceTicks(max).at(-1) ?? 1;
  const width = WIDTH - labelWidth - 70;
  const x = (v: number) => labelWidth + (v / top) * width;
  return (
    <svg
      className="report-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={t('report.rankingLabel')}
      data-testid="report-ranking-chart"
    >
      {sites.map((site, i) => (
        <g key={site.siteId} transform={`translate(0, ${i * rowHeight + 4})`}>
          <text
            x={labelWidth - 8}
            y={rowHeight / 2}
            dy="0.32em"
            textAnchor="end"
            className="axis-text report-rank-label"
          >
            {site.name.length > 34 ? `${site.name.slice(0, 33)}…` : site.name}
          </text>
          <rect
            x={labelWidth}
            y={4}
            width={Math.max(1, x(site.specificYield) - labelWidth)}
            height={rowHeight - 8}
            rx={2}
            fill="var(--accent)"
          />
          <text x={x(site.specificYield) + 6} y={rowHeight / 2} dy="0.32em" className="axis-text">
            {formatNumber(site.specificYield, 2)}
          </text>
        </g>
      ))}
      {report.totals.capacityW > 0 && (
        <g>
          <line
            x1={x(report.totals.specificYield)}
            x2={x(report.totals.specificYield)}
            y1={0}
            y2={sites.length * rowHeight + 4}
            stroke="var(--text-3)"
            strokeDasharray="3 3"
          />
          <text
            x={x(report.totals.specificYield)}
            y={height - 6}
            textAnchor="middle"
            className="axis-text"
          >
            {t('report.fleetYield', { value: formatNumber(report.totals.specificYield, 2) })}
          </text>
        </g>
      )}
    </svg>
  );
}
