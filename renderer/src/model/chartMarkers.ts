/**
 * Where a site's alerts began and ended on its chart: pure, so which markers a range shows (and
 * what they say to a screen reader) is tested with tables.
 */
import type { Alert } from '../../../shared/alerts';
import { formatBucketLabel, formatLocalDate } from '../../../shared/format';
import type { SeriesRange } from '../../../shared/domain';
import { localDateOf, localTimeOf, startOfLocalDay, endOfLocalDay } from '../../../shared/time';
import { t } from '../i18n/t';
import { ruleLabel } from './alertsView';

/** One marker: a start or an end of an alert inside the shown period. */
export interface ChartMarker {
  key: string;
  alertId: number;
  kind: 'start' | 'end';
  severity: Alert['severity'];
  /** The instant (a day chart's x). */
  t: number;
  /** The bar's tick (week and month charts place by it). */
  tick: string;
  /** What it says, e.g. "No production began 09:00". */
  label: string;
}

/**
 * The markers of `alerts` inside the local days `from`…`to` at the site. Day charts place them by
 * instant; the bar charts (week, month, year, lifetime) on the bar of the day, month or year the
 * edge falls in, and say the full date, since the bar alone does not.
 */
export function chartMarkers(
  alerts: readonly Alert[],
  range: SeriesRange,
  from: string,
  to: string,
  timeZone: string,
): ChartMarker[] {
  const start = startOfLocalDay(from, timeZone);
  const end = endOfLocalDay(to, timeZone);
  const out: ChartMarker[] = [];
  for (const alert of alerts) {
    const edges = [
      ['start', alert.startAt],
      ['end', alert.endAt],
    ] as const;
    for (const [kind, at] of edges) {
      if (at === null || at < start || at >= end) continue;
      const date = localDateOf(at, timeZone);
      const when =
        range === 'day'
          ? localTimeOf(at, timeZone)
          : `${formatLocalDate(date)} ${localTimeOf(at, timeZone)}`;
      out.push({
        key: `${alert.id}-${kind}`,
        alertId: alert.id,
        kind,
        severity: alert.severity,
        t: at,
        tick: range === 'lifetime' ? date.slice(0, 4) : formatBucketLabel(date, range),
        label: t(kind === 'start' ? 'alerts.markerBegan' : 'alerts.markerEnded', {
          rule: ruleLabel(alert.rule),
          when,
        }),
      });
    }
  }
  return out.sort((a, b) => a.t - b.t || a.key.localeCompare(b.key));
}
