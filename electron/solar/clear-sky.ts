/**
 * Clear-sky power of a panel array from the sun's position: the one model both the demo fleet
 * (what it produces) and insight/ (what a real site should produce) use, so "expected" and
 * "simulated" can never drift apart. Pure functions of position and instant.
 */
import { getPosition } from 'suncalc';

/** The sun seen from a place: degrees, azimuth clockwise from north (suncalc 2's convention). */
export interface SunPosition {
  altitude: number;
  azimuth: number;
}

/** How an array sits and how big it is; `performanceRatio` is the share reaching the meter. */
export interface PanelArray {
  capacityW: number;
  tiltDeg: number;
  azimuthDeg: number;
  performanceRatio: number;
}

const RAD = Math.PI / 180;
/** Extraterrestrial irradiance (W/m²), the constant in Meinel's clear-sky model. */
const SOLAR_CONSTANT = 1353;

/** The sun's apparent position at a place and instant (epoch s). */
export function sunPosition(
  latitude: number,
  longitude: number,
  epochSeconds: number,
): SunPosition {
  return getPosition(new Date(epochSeconds * 1000), latitude, longitude);
}

/**
 * Clear-sky power (W) of the array: Meinel's direct-normal irradiance with the Kasten–Young air
 * mass, projected on the tilted panels, plus a diffuse share, times capacity and performance
 * ratio, capped at capacity. Zero while the sun is below the horizon.
 */
export function clearSkyPowerW(array: PanelArray, sun: SunPosition): number {
  if (!(sun.altitude > 0)) return 0;
  const altitude = sun.altitude * RAD;
  const sinAltitude = Math.sin(altitude);
  const airMass = 1 / (sinAltitude + 0.50572 * (sun.altitude + 6.07995) ** -1.6364);
  const directNormal = SOLAR_CONSTANT * 0.7 ** (airMass ** 0.678);
  const tilt = array.tiltDeg * RAD;
  const cosIncidence =
    sinAltitude * Math.cos(tilt) +
    Math.cos(altitude) * Math.sin(tilt) * Math.cos((sun.azimuth - array.azimuthDeg) * RAD);
  // Meinel's global-irradiance factor 1.1 is ~10 % diffuse light, seen from a tilted panel
  // through the share of the sky dome it faces.
  const diffuse = 0.1 * directNormal * ((1 + Math.cos(tilt)) / 2);
  const planeOfArray = directNormal * Math.max(0, cosIncidence) + diffuse;
  const power = array.capacityW * array.performanceRatio * (planeOfArray / 1000);
  return Math.min(power, array.capacityW);
}
