/**
 * What a site should produce: the shared clear-sky model scaled by the site's capacity and its
 * learned performance ratio. Real sites do not tell us how their panels face, so the array is
 * assumed to face the equator at a moderate tilt; the learned ratio absorbs the difference.
 */
import { clearSkyPowerW, sunPosition, type PanelArray } from '../solar/clear-sky';

/** Where a site is and how big: all the model needs from a site record. */
export interface SiteGeometry {
  latitude: number;
  longitude: number;
  capacityW: number;
}

/** Performance ratio used before a site has shown enough clear days to learn its own. */
export const DEFAULT_PERFORMANCE_RATIO = 0.8;

/** The interval grid expected values are computed on (s): Enphase and the demo use 5 minutes. */
export const EXPECTED_STEP_SECONDS = 300;

/** The array assumed for a site: equator-facing, tilted like a typical commercial roof. */
export function assumedArray(site: SiteGeometry, performanceRatio: number): PanelArray {
  return {
    capacityW: site.capacityW,
    tiltDeg: Math.min(20, Math.abs(site.latitude)),
    azimuthDeg: site.latitude >= 0 ? 180 : 0,
    performanceRatio,
  };
}

/** Expected energy of the interval ending at `endAt` (Wh), power taken at its midpoint. */
export function expectedIntervalWh(
  site: SiteGeometry,
  endAt: number,
  performanceRatio: number,
  stepSeconds = EXPECTED_STEP_SECONDS,
): number {
  const sun = sunPosition(site.latitude, site.longitude, endAt - stepSeconds / 2);
  return (clearSkyPowerW(assumedArray(site, performanceRatio), sun) * stepSeconds) / 3600;
}

/** Expected energy per interval for every grid interval with `from < endAt <= to`. */
export function expectedIntervals(
  site: SiteGeometry,
  from: number,
  to: number,
  performanceRatio: number,
  stepSeconds = EXPECTED_STEP_SECONDS,
): { endAt: number; wh: number }[] {
  const out: { endAt: number; wh: number }[] = [];
  let endAt = (Math.floor(from / stepSeconds) + 1) * stepSeconds;
  for (; endAt <= to; endAt += stepSeconds) {
    out.push({ endAt, wh: expectedIntervalWh(site, endAt, performanceRatio, stepSeconds) });
  }
  return out;
}

/** Expected energy between two instants (Wh): the sum of the grid intervals in between. */
export function expectedWhBetween(
  site: SiteGeometry,
  from: number,
  to: number,
  performanceRatio: number,
): number {
  return expectedIntervals(site, from, to, performanceRatio).reduce((sum, i) => sum + i.wh, 0);
}
