/**
 * Sunrise, sunset and whether it is night at a site, for the screens that must explain an
 * empty day ("03:35 local, sunrise 05:12") and for kiosk mode, which skips sites in their night.
 * Computed in main from the site's coordinates and zone with suncalc.
 */
import { getTimes } from 'suncalc';
import type { Daylight } from '../../shared/domain';
import { addDays, localDateOf, startOfLocalDay, type LocalDate } from '../../shared/time';

/** Where a site is: what the sun's times depend on. */
export interface SitePlace {
  latitude: number;
  longitude: number;
  timeZone: string;
}

function seconds(date: Date | null): number | null {
  return date === null ? null : Math.floor(date.getTime() / 1000);
}

function sunOf(place: SitePlace, day: LocalDate) {
  // suncalc answers for the solar day containing the instant: the local day's noon is in it.
  const noon = startOfLocalDay(day, place.timeZone) + 12 * 3600;
  return getTimes(new Date(noon * 1000), place.latitude, place.longitude);
}

/** The site's sunrise and sunset on its local day at `now`, the next sunrise, and night or not. */
export function daylightOf(place: SitePlace, now: number): Daylight {
  const today = localDateOf(now, place.timeZone);
  const sun = sunOf(place, today);
  const sunrise = seconds(sun.sunrise);
  const sunset = seconds(sun.sunset);
  let night: boolean;
  if (sunrise !== null && sunset !== null) night = now < sunrise || now >= sunset;
  else night = sun.alwaysDown === true;
  let nextSunrise = sunrise !== null && sunrise > now ? sunrise : null;
  // After sunset (or through a polar night) the next sunrise is on a later local day.
  for (let ahead = 1; nextSunrise === null && ahead <= 183; ahead++) {
    const later = seconds(sunOf(place, addDays(today, ahead)).sunrise);
    if (later !== null && later > now) nextSunrise = later;
  }
  return { sunrise, sunset, nextSunrise, night };
}
