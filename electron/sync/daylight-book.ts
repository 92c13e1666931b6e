/**
 * Each site's learned daylight shift (own-daylight.ts), worked out from its stored intervals
 * once per local day: the scheduler asks on every tick, the evidence changes once a day.
 */
import { addDays, localDateOf, startOfLocalDay, type LocalDate } from '../../shared/time';
import type { CacheStore, SiteRecord } from '../cache/types';
import { daylightShift, type DaylightShift, type ProductionSpan } from './own-daylight';

/** Local days before today whose production edges are evidence (the interval backfill's 7). */
export const DAYLIGHT_EVIDENCE_DAYS = 7;

/** See the module comment. */
export class DaylightBook {
  private readonly known = new Map<string, { date: LocalDate; shift: DaylightShift }>();

  constructor(private readonly cache: Pick<CacheStore, 'productionSpan'>) {}

  /** The site's shift from the days before `now`'s local date. */
  shiftOf(site: Pick<SiteRecord, 'id' | 'timeZone' | 'latitude' | 'longitude'>, now: number) {
    const today = localDateOf(now, site.timeZone);
    const cached = this.known.get(site.id);
    if (cached?.date === today) return cached.shift;
    const spans: ProductionSpan[] = [];
    for (let back = 1; back <= DAYLIGHT_EVIDENCE_DAYS; back++) {
      const day = addDays(today, -back);
      const from = startOfLocalDay(day, site.timeZone);
      const to = startOfLocalDay(addDays(day, 1), site.timeZone);
      const span = this.cache.productionSpan(site.id, from, to);
      if (span) spans.push(span);
    }
    const shift = daylightShift(site.latitude, site.longitude, spans);
    this.known.set(site.id, { date: today, shift });
    return shift;
  }
}
