/**
 * What a site page says and shows while the site is in its night: its local time with sunrise
 * and sunset, and the last full day instead of an empty grid while today has nothing yet.
 * Main computes the sun's times (electron/services/daylight.ts); this decides the words.
 */
import type { Daylight, PortfolioRow, SiteSeries } from '../../../shared/domain';
import { addDays, localTimeOf, type LocalDate } from '../../../shared/time';
import { t } from '../i18n/t';

/** "03:35 local time · sunrise 04:43 · sunset 21:33" for a site in `zone` at `now`. */
export function daylightFacts(daylight: Daylight, now: number, zone: string): string {
  const parts = [t('site.localTime', { time: localTimeOf(now, zone) })];
  const { sunrise, sunset } = daylight;
  if (sunrise !== null) parts.push(t('site.sunrise', { time: localTimeOf(sunrise, zone) }));
  if (sunset !== null) parts.push(t('site.sunset', { time: localTimeOf(sunset, zone) }));
  if (sunrise === null && sunset === null)
    parts.push(daylight.night ? t('site.sunDown') : t('site.sunUp'));
  return parts.join(' · ');
}

/**
 * The day to show instead of today's empty chart: yesterday, while today has produced nothing
 * and its sun has not risen yet. Null when today's own chart is the right one (after sunrise an
 * empty day is news, for example a fault, and must stay on screen).
 */
export function lastFullDayFor(
  series: Pick<SiteSeries, 'range' | 'anchor' | 'points'>,
  today: LocalDate,
  daylight: Daylight,
  now: number,
): LocalDate | null {
  if (series.range !== 'day' || series.anchor !== today) return null;
  if (series.points.some((p) => p.value > 0)) return null;
  const beforeSunrise = daylight.sunrise === null ? daylight.night : now < daylight.sunrise;
  return daylight.night && beforeSunrise ? addDays(today, -1) : null;
}

/** Kiosk slides: the fleet, then every site whose sun is up (a night slide shows only zeros). */
export function kioskSlides(rows: readonly PortfolioRow[]): string[] {
  const awake = rows
    .filter((row) => !row.daylight.night)
    .sort((a, b) => a.site.name.localeCompare(b.site.name))
    .map((row) => row.site.id);
  return ['portfolio', ...awake];
}
