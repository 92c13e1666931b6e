// Tesla's answers into the app's terms: energy sites among products, flows from entries
// (totals preferred, nulls where nothing measures), and backfill windows with the fewest calls.
import { describe, expect, it } from 'vitest';
import { flowsOfEntry, liveFlowsOf } from '../../../../../electron/providers/tesla/flows';
import {
  backfillWindows,
  bucketsOf,
  energySitesOf,
  historyQuery,
} from '../../../../../electron/providers/tesla/mapping';
import {
  energyEntrySchema,
  liveStatusSchema,
} from '../../../../../electron/providers/tesla/schemas';

const battery = { battery: true, loadMeter: true };
const meterOnly = { battery: false, loadMeter: true };
const solarOnly = { battery: false, loadMeter: false };

describe('energySitesOf', () => {
  it('keeps energy sites, skips cars and junk', () => {
    const sites = energySitesOf([
      { id: 1, vin: '5YJ3', display_name: 'Car' },
      {
        energy_site_id: 11,
        site_name: 'Roof',
        resource_type: 'solar',
        components: { solar: true, load_meter: false },
      },
      { energy_site_id: '12', resource_type: 'battery', components: null },
      null,
      'text',
      { energy_site_id: -3 },
    ]);
    expect(sites).toEqual([
      { energySiteId: '11', name: 'Roof', equipment: { battery: false, loadMeter: false } },
      { energySiteId: '12', name: 'Tesla site 12', equipment: { battery: true, loadMeter: true } },
    ]);
  });
});

describe('flowsOfEntry', () => {
  const parse = (entry: unknown) => energyEntrySchema.parse(entry);
  it.each([
    [
      'totals win',
      {
        total_solar_generation: 10,
        solar_energy_exported: 9,
        total_home_usage: 7,
        grid_energy_imported: 1,
        total_grid_energy_exported: 2,
        total_battery_charge: 3,
        total_battery_discharge: 1,
      },
      battery,
      {
        solarWh: 10,
        homeWh: 7,
        gridImportWh: 1,
        gridExportWh: 2,
        batteryChargeWh: 3,
        batteryDischargeWh: 1,
      },
    ],
    [
      'parts are summed without totals',
      {
        solar_energy_exported: 9,
        grid_energy_exported_from_solar: 2,
        grid_energy_exported_from_battery: 1,
        battery_energy_imported_from_solar: 4,
        battery_energy_exported: 2,
        total_home_usage: '5',
      },
      battery,
      {
        solarWh: 9,
        homeWh: 5,
        gridImportWh: null,
        gridExportWh: 3,
        batteryChargeWh: 4,
        batteryDischargeWh: 2,
      },
    ],
    [
      'no battery: battery flows are null, not zero',
      {
        solar_energy_exported: 9,
        total_home_usage: 5,
        grid_energy_imported: 0,
        battery_energy_exported: 0,
      },
      meterOnly,
      {
        solarWh: 9,
        homeWh: 5,
        gridImportWh: 0,
        gridExportWh: null,
        batteryChargeWh: null,
        batteryDischargeWh: null,
      },
    ],
    [
      'no site meter: only solar',
      { solar_energy_exported: 9, total_home_usage: 0 },
      solarOnly,
      {
        solarWh: 9,
        homeWh: null,
        gridImportWh: null,
        gridExportWh: null,
        batteryChargeWh: null,
        batteryDischargeWh: null,
      },
    ],
    [
      'nulls and junk stay unknown',
      { solar_energy_exported: null, total_home_usage: 'n/a', grid_energy_imported: -4 },
      meterOnly,
      {
        solarWh: null,
        homeWh: null,
        gridImportWh: null,
        gridExportWh: null,
        batteryChargeWh: null,
        batteryDischargeWh: null,
      },
    ],
  ])('%s', (_name, entry, equipment, flows) => {
    expect(flowsOfEntry(parse(entry), equipment)).toEqual(flows);
  });
});

describe('liveFlowsOf', () => {
  it('clamps the state of charge and hides what the site cannot measure', () => {
    const live = liveStatusSchema.parse({
      response: {
        solar_power: 3000,
        battery_power: -1200,
        load_power: 900,
        grid_power: -900,
        percentage_charged: 100.4,
        grid_status: 'Active',
      },
    })!;
    expect(liveFlowsOf(live, battery)).toEqual({
      solarW: 3000,
      homeW: 900,
      gridW: -900,
      batteryW: -1200,
      stateOfChargePercent: 100,
      gridStatus: 'Active',
    });
    expect(liveFlowsOf(live, solarOnly)).toMatchObject({
      homeW: null,
      gridW: null,
      batteryW: null,
      stateOfChargePercent: null,
    });
  });
});

describe('bucketsOf', () => {
  it('reads offsets (the repeated autumn hour stays two buckets) and drops unreadable entries', () => {
    const buckets = bucketsOf(
      [
        { timestamp: '2026-10-25T02:55:00+02:00', solar_energy_exported: 0 },
        { timestamp: '2026-10-25T02:00:00+01:00', solar_energy_exported: 0 },
        { timestamp: 'yesterday', solar_energy_exported: 5 },
      ],
      'Europe/Berlin',
      solarOnly,
    );
    expect(buckets.map((bucket) => bucket.start)).toEqual([
      Date.UTC(2026, 9, 25, 0, 55) / 1000,
      Date.UTC(2026, 9, 25, 1, 0) / 1000,
    ]);
  });
});

describe('backfillWindows', () => {
  it.each([
    ['7 days of samples: a day call each', '2026-10-20', '2026-10-26', '5min', 7, 'day'],
    ['2 years of days: 31 days a call', '2024-12-07', '2026-12-06', 'day', 24, 'month'],
    ['one day of days: one call', '2026-12-06', '2026-12-06', 'day', 1, 'month'],
  ] as const)('%s', (_name, from, to, bucket, calls, period) => {
    const windows = backfillWindows(from, to, bucket);
    expect(windows).toHaveLength(calls);
    expect(windows[0]!.first).toBe(from);
    expect(windows.at(-1)!.last).toBe(to);
    expect(windows.every((window) => window.period === period)).toBe(true);
  });

  it('writes the window as the site’s own midnight to its last second', () => {
    expect(
      historyQuery({ period: 'day', first: '2026-10-25', last: '2026-10-25' }, 'Europe/Berlin'),
    ).toEqual({
      kind: 'energy',
      period: 'day',
      start_date: '2026-10-25T00:00:00+02:00',
      end_date: '2026-10-25T23:59:59+01:00',
      time_zone: 'Europe/Berlin',
    });
    expect(() =>
      historyQuery({ period: 'day', first: '2026-10-25', last: '2026-10-26' }, 'UTC'),
    ).toThrow(RangeError);
  });
});
