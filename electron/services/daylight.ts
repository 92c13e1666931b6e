/**
 * Sunrise, sunset and whether it is night at a site, for the screens that must explain an
 * empty day ("03:35 local, sunrise 05:12") and for kiosk mode, which skips sites in their night.
 * Computed in main from the site's coordinates and zone with suncalc.
 */
import { getTimes } from 'suncalc';
import type { Daylight } from '../../shared/domain';
import { LocalDayCache } from '../cache/localDays';

/** Where a site is: what the sun's times depend on. */
export interface SitePlace {
  latitude: number;
  longitude: number;
  timeZone: string;
}

/** Local days per zone, remembered: luxon costs a quarter millisecond per site otherwise. */
const sharedDays = new LocalDayCache(10_000);

function seconds(date: Date | null): number | null {
  return date === null ? null : Math.floor(date.getTime() / 1000);
}

/** The site's sunrise and sunset on its local day at `now`, the next sunrise, and night or not. */
export function daylightOf(place: SitePlace, now: number, days = sharedDays): Daylight {
  // suncalc answers for the solar day containing the instant: the local day's noon is in it,
  // and a whole number of days later (give or take a daylight-saving hour) is that day's.
  const noon = days.dayContaining(now, place.timeZone).start + 12 * 3600;
  const sunOf = (ahead: number) =>
    getTimes(new Date((noon + ahead * 86_400) * 1000), place.latitude, place.longitude);
  const sun = sunOf(0);
  const sunrise = seconds(sun.sunrise);
  const sunset = seconds(sun.sunset);
  let night: boolean;
  if (sunrise !== null && sunset !== null) night = now < sunrise || now >= sunset;
  else night = sun.alwaysDown === true;
  let nextSunrise = sunrise !== null && sunrise > now ? sunrise : null;
  // After sunset (or through a polar night) the next sunrise is on a later local day.
  for (let ahead = 1; nextSunrise === null && ahead <= 183; ahead++) {
    const later = seconds(sunOf(ahead).sunrise);
    if (later !== null && later > now) nextSunrise = later;
  }
  return { sunrise, sunset, nextSunrise, night };
}
