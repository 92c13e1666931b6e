/**
 * Loads a site's header facts and the chart series for the route, refreshed on data-updated and
 * every minute (a new local day, power that is no longer current, stale marks).
 */
import type { SeriesRange, SiteDetail, SiteSeries } from '../../../shared/domain';
import { enalysis } from '../api';
import { useDebouncedEvent } from '../hooks/useEvent';
import { useInvoke, type InvokeState } from '../hooks/useInvoke';
import { useMinuteTick, useNow } from '../hooks/useNow';
import { lastFullDayFor } from '../model/night';

/** Detail and series of one site. */
export interface SiteData {
  detail: InvokeState<SiteDetail>;
  series: InvokeState<SiteSeries>;
  /** The anchor in use: the route's, or the site's today once the detail is known. */
  anchor: string | null;
  /** Yesterday's chart, loaded while today has nothing yet before sunrise (model/night.ts). */
  lastFullDay: InvokeState<SiteSeries>;
}

/** The site page's data for `siteId` at `range`/`anchor` (null anchor: the site's today). */
export function useSiteData(
  siteId: string,
  range: SeriesRange,
  routeAnchor: string | null,
): SiteData {
  const detail = useInvoke(`site.get:${siteId}`, () => enalysis().site.get({ siteId }));
  // Without an anchor in the URL, "today" is the SITE's today, which only main knows for sure.
  const today = detail.lastValue?.site.id === siteId ? detail.lastValue.localDate : null;
  const anchor = routeAnchor ?? today;
  const series = useInvoke(
    anchor === null ? null : `site.series:${siteId}:${range}:${anchor}`,
    () => enalysis().site.series({ siteId, range, anchor: anchor ?? '' }),
  );
  const now = useNow();
  const site = detail.lastValue?.site.id === siteId ? detail.lastValue : null;
  const fallbackDay =
    site && today && series.value ? lastFullDayFor(series.value, today, site.daylight, now) : null;
  const lastFullDay = useInvoke(
    fallbackDay === null ? null : `site.series:${siteId}:day:${fallbackDay}`,
    () => enalysis().site.series({ siteId, range: 'day', anchor: fallbackDay ?? '' }),
  );
  useDebouncedEvent(
    'data-updated',
    ({ siteIds }) => {
      if (!siteIds.includes(siteId)) return;
      detail.reload();
      series.reload();
    },
    300,
  );
  useMinuteTick(now, () => {
    detail.reload();
    series.reload();
    lastFullDay.reload();
  });
  return { detail, series, anchor, lastFullDay };
}
