/**
 * Units for one site's readings: taken from the site's size as well as the value, so a 420 kWp
 * building reads "0 kWh" at night and "0.8 kW" at dawn, not "0 Wh" and "800 W".
 */
import {
  energyScale,
  powerScale,
  scaledParts,
  type EnergyUnitPreference,
  type Quantity,
} from '../../../shared/format';

/** Energy of a site (one hour at full capacity sets the smallest unit). */
export function siteEnergyParts(
  wh: number,
  capacityW: number,
  unit: EnergyUnitPreference,
): Quantity {
  return scaledParts(wh, energyScale(Math.max(wh, capacityW), unit));
}

/** Power of a site (its capacity sets the smallest unit). */
export function sitePowerParts(w: number, capacityW: number, unit: EnergyUnitPreference): Quantity {
  return scaledParts(w, powerScale(Math.max(w, capacityW), unit));
}
