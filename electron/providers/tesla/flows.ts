/**
 * The energy flows of a site with more than solar: home use, grid import and export, battery
 * charge and discharge, and the battery's state of charge. A small typed model kept in the Tesla
 * provider for now (a later phase moves it into the cache and the site page for any provider
 * that has these flows). `null` always means "not measured here", never zero: a solar-only
 * roof without a site meter knows its solar and nothing else.
 */
import type { TeslaEnergyEntry, TeslaLiveStatus } from './schemas';

/** What a site can measure, from its `components`. */
export interface SiteEquipment {
  battery: boolean;
  /** A site meter that sees the household (and so the grid). */
  loadMeter: boolean;
}

/** Energy over one bucket (Wh). */
export interface EnergyFlows {
  solarWh: number | null;
  homeWh: number | null;
  gridImportWh: number | null;
  gridExportWh: number | null;
  batteryChargeWh: number | null;
  batteryDischargeWh: number | null;
}

/** Power right now (W): grid positive while importing, battery positive while discharging. */
export interface LiveFlows {
  solarW: number | null;
  homeW: number | null;
  gridW: number | null;
  batteryW: number | null;
  /** 0–100, or null without a battery. */
  stateOfChargePercent: number | null;
  /** `Active` on grid, `Inactive` when islanded; null when not said. */
  gridStatus: string | null;
}

const sum = (...values: (number | null)[]): number | null =>
  values.every((value) => value === null)
    ? null
    : values.reduce<number>((total, value) => total + (value ?? 0), 0);

/** One calendar_history entry as flows, preferring Tesla's totals over summing the parts. */
export function flowsOfEntry(entry: TeslaEnergyEntry, equipment: SiteEquipment): EnergyFlows {
  const metered = (value: number | null) => (equipment.loadMeter ? value : null);
  const battery = (value: number | null) => (equipment.battery ? (value ?? 0) : null);
  return {
    solarWh: entry.total_solar_generation ?? entry.solar_energy_exported,
    homeWh: metered(entry.total_home_usage),
    gridImportWh: metered(entry.grid_energy_imported),
    gridExportWh: metered(
      entry.total_grid_energy_exported ??
        sum(entry.grid_energy_exported_from_solar, entry.grid_energy_exported_from_battery),
    ),
    batteryChargeWh: battery(
      entry.total_battery_charge ??
        sum(entry.battery_energy_imported_from_solar, entry.battery_energy_imported_from_grid),
    ),
    batteryDischargeWh: battery(entry.total_battery_discharge ?? entry.battery_energy_exported),
  };
}

/** live_status as flows; a solar-only site's zero battery reads as "no battery". */
export function liveFlowsOf(live: TeslaLiveStatus, equipment: SiteEquipment): LiveFlows {
  const percent = live.percentage_charged;
  return {
    solarW: live.solar_power,
    homeW: equipment.loadMeter ? live.load_power : null,
    gridW: equipment.loadMeter ? live.grid_power : null,
    batteryW: equipment.battery ? live.battery_power : null,
    stateOfChargePercent:
      equipment.battery && percent !== null ? Math.min(100, Math.max(0, percent)) : null,
    gridStatus: live.grid_status,
  };
}

/** Flows added bucket by bucket (a day from its samples); null stays null only if all are. */
export function addFlows(items: readonly EnergyFlows[]): EnergyFlows {
  const pick = (key: keyof EnergyFlows) => sum(...items.map((item) => item[key]));
  return {
    solarWh: pick('solarWh'),
    homeWh: pick('homeWh'),
    gridImportWh: pick('gridImportWh'),
    gridExportWh: pick('gridExportWh'),
    batteryChargeWh: pick('batteryChargeWh'),
    batteryDischargeWh: pick('batteryDischargeWh'),
  };
}
