/**
 * The Tesla emulator's Fleet API: products list energy sites beside vehicles, site_info and
 * live_status describe the site, calendar_history serves five-minute samples in the site's zone
 * (300 on an autumn daylight-saving day) that balance and sum to the admin's truth, and the
 * longer periods agree with the days they cover.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENERGY_SITE, EU_OWNER, NA_OWNER, type TeslaEmulator } from '../../../emulators/tesla';
import { fleetGet, startAt, tokensFor } from './session';

/** 2026-10-26T12:00:00Z: the day after Europe's autumn change, all of it in the past. */
const AFTER_DST = 1_793_016_000;
let tesla: TeslaEmulator;
let eu: string;
let na: string;

beforeAll(async () => {
  tesla = await startAt(AFTER_DST);
  eu = (await tokensFor(tesla, EU_OWNER)).access;
  na = (await tokensFor(tesla, NA_OWNER)).access;
});
afterAll(() => tesla.stop());

type Entry = Record<string, number | string>;
async function history(
  query: string,
): Promise<{ status: number; series: Entry[]; body: Record<string, unknown> }> {
  const answer = await fleetGet(
    tesla,
    'EU',
    `/energy_sites/${ENERGY_SITE.munich}/calendar_history?kind=energy&${query}`,
    eu,
  );
  const response = answer.json.response as { time_series?: Entry[] } | null;
  return { status: answer.status, series: response?.time_series ?? [], body: answer.json };
}
const total = (series: Entry[], field: string) =>
  series.reduce((sum, entry) => sum + Number(entry[field] ?? 0), 0);

describe('the Tesla emulator energy endpoints', () => {
  it('lists energy sites beside vehicles, with their kind', async () => {
    const answer = await fleetGet(tesla, 'NA', '/products', na);
    const products = answer.json.response as Record<string, unknown>[];
    expect(answer.json.count).toBe(3);
    expect(products.filter((p) => 'vin' in p)).toHaveLength(1);
    const sites = products.filter((p) => 'energy_site_id' in p);
    expect(sites.map((s) => [s.energy_site_id, s.resource_type])).toEqual([
      [ENERGY_SITE.austin, 'solar'],
      [ENERGY_SITE.sanDiego, 'battery'],
    ]);
  });

  it('describes a site: zone, nameplate power, battery capacity', async () => {
    const answer = await fleetGet(tesla, 'EU', `/energy_sites/${ENERGY_SITE.munich}/site_info`, eu);
    expect(answer.json.response).toMatchObject({
      installation_time_zone: 'Europe/Berlin',
      nameplate_power: 11_000,
      nameplate_energy: 27_000,
      battery_count: 2,
    });
  });

  it('reports live power that balances, with the state of charge', async () => {
    const answer = await fleetGet(
      tesla,
      'EU',
      `/energy_sites/${ENERGY_SITE.munich}/live_status`,
      eu,
    );
    const live = answer.json.response as Record<string, number | string>;
    const solar = live.solar_power as number;
    expect(solar).toBeGreaterThan(0);
    const balance = solar + (live.grid_power as number) + (live.battery_power as number);
    expect(Math.abs(balance - (live.load_power as number))).toBeLessThanOrEqual(36);
    expect(live.percentage_charged).toBeGreaterThanOrEqual(20);
    expect(live.grid_status).toBe('Active');
    // Now is 13:00 in Munich; the cloud is five minutes behind.
    expect(live.timestamp).toBe('2026-10-26T12:55:00+01:00');
  });

  it('serves 300 five-minute samples on the autumn change day that sum to the truth', async () => {
    const day = await history(
      'period=day&start_date=2026-10-25T00:00:00%2B02:00&end_date=2026-10-25T23:59:59%2B01:00',
    );
    expect(day.status).toBe(200);
    expect(day.series).toHaveLength(300);
    expect(day.series[0]!.timestamp).toBe('2026-10-25T00:00:00+02:00');
    expect(
      day.series.filter((e) => String(e.timestamp).startsWith('2026-10-25T02:00')),
    ).toHaveLength(2);
    const truth = tesla.admin.dayTruth(ENERGY_SITE.munich, '2026-10-25');
    expect(total(day.series, 'solar_energy_exported')).toBe(truth.solarWh);
    expect(total(day.series, 'total_home_usage')).toBe(truth.homeWh);
    expect(total(day.series, 'grid_energy_imported')).toBe(truth.gridImportWh);
    expect(total(day.series, 'grid_energy_exported_from_solar')).toBe(truth.gridExportWh);
    expect(total(day.series, 'battery_energy_exported')).toBe(truth.batteryDischargeWh);
    expect(total(day.series, 'battery_energy_imported_from_solar')).toBe(truth.batteryChargeWh);
    for (const entry of day.series) {
      const sources =
        Number(entry.solar_energy_exported) +
        Number(entry.grid_energy_imported) +
        Number(entry.battery_energy_exported);
      const sinks =
        Number(entry.total_home_usage) +
        Number(entry.grid_energy_exported_from_solar) +
        Number(entry.battery_energy_imported_from_solar);
      expect(sources).toBe(sinks);
    }
  });

  it('a week answers one bucket per local day, equal to the day truths', async () => {
    const week = await history(
      'period=week&start_date=2026-10-20T00:00:00%2B02:00&end_date=2026-10-26T23:59:59%2B01:00',
    );
    expect(week.series.map((e) => e.timestamp)).toEqual([
      '2026-10-20T00:00:00+02:00',
      '2026-10-21T00:00:00+02:00',
      '2026-10-22T00:00:00+02:00',
      '2026-10-23T00:00:00+02:00',
      '2026-10-24T00:00:00+02:00',
      '2026-10-25T00:00:00+02:00',
      '2026-10-26T00:00:00+01:00',
    ]);
    const dates = [
      '2026-10-20',
      '2026-10-21',
      '2026-10-22',
      '2026-10-23',
      '2026-10-24',
      '2026-10-25',
      '2026-10-26',
    ];
    expect(week.series.map((e) => e.total_home_usage)).toEqual(
      dates.map((date) => tesla.admin.dayTruth(ENERGY_SITE.munich, date).homeWh),
    );
  });

  it('a year answers months; spans over the period cap are refused', async () => {
    const year = await history('period=year&end_date=2026-10-26T12:00:00%2B01:00');
    expect(year.series.map((e) => e.timestamp)).toEqual([
      '2026-08-01T00:00:00+02:00',
      '2026-09-01T00:00:00+02:00',
      '2026-10-01T00:00:00+02:00',
    ]);
    const tooLong = await history(
      'period=day&start_date=2026-10-20T00:00:00%2B02:00&end_date=2026-10-22T00:00:00%2B02:00',
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ response: null, error: 'invalid date range' });
  });

  it('a solar-only site without a site meter reports solar alone', async () => {
    const answer = await fleetGet(
      tesla,
      'EU',
      `/energy_sites/${ENERGY_SITE.dublin}/calendar_history?kind=energy&period=day&end_date=2026-10-25T23:59:59Z`,
      eu,
    );
    const series = (answer.json.response as { time_series: Entry[] }).time_series;
    expect(series.length).toBeGreaterThan(280);
    expect(series[0]).not.toHaveProperty('total_home_usage');
    expect(total(series, 'solar_energy_exported')).toBe(
      tesla.admin.dayTruth(ENERGY_SITE.dublin, '2026-10-25').solarWh,
    );
    expect(tesla.admin.dayTruth(ENERGY_SITE.dublin, '2026-10-25').homeWh).toBeNull();
  });

  it('another owner’s site is 404', async () => {
    expect(
      (await fleetGet(tesla, 'EU', `/energy_sites/${ENERGY_SITE.austin}/site_info`, eu)).status,
    ).toBe(404);
  });
});
