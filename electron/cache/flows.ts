/**
 * The energy flows beside solar (home, grid, battery, state of charge) per interval, stored
 * next to the intervals they came with: written in the same transaction as their intervals,
 * read back for a span, and summed per local day. A solar-only site never has a row.
 */
import { flowKeys, type IntervalFlows, type IntervalSample } from '../model/site';
import type { Prepare } from './connection';
import { InvalidDataError } from './errors';

/** One interval's flows with the instant its interval ends. */
export type FlowInterval = IntervalFlows & { endAt: number };

const upsertSql = `
  INSERT INTO interval_flows (site_id, end_at, home_wh, grid_import_wh, grid_export_wh,
    battery_charge_wh, battery_discharge_wh, soc_percent)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (site_id, end_at) DO UPDATE SET home_wh = excluded.home_wh,
    grid_import_wh = excluded.grid_import_wh, grid_export_wh = excluded.grid_export_wh,
    battery_charge_wh = excluded.battery_charge_wh,
    battery_discharge_wh = excluded.battery_discharge_wh, soc_percent = excluded.soc_percent`;

const readSql = `
  SELECT end_at, home_wh, grid_import_wh, grid_export_wh, battery_charge_wh,
    battery_discharge_wh, soc_percent
  FROM interval_flows WHERE site_id = ? AND end_at > ? AND end_at <= ? ORDER BY end_at`;

/** Throws InvalidDataError for a flow that is not null or a finite number ≥ 0 (≤ 100 for %). */
export function validateFlows(siteId: string, rows: readonly IntervalSample[]): void {
  for (const row of rows) {
    if (row.flows === undefined) continue;
    for (const key of flowKeys) {
      const value = row.flows[key];
      const ok =
        value === null ||
        (typeof value === 'number' &&
          Number.isFinite(value) &&
          value >= 0 &&
          (key !== 'socPercent' || value <= 100));
      if (!ok) {
        throw new InvalidDataError(
          `Flow ${key} of the interval ending ${row.endAt} for site "${siteId}" is not a valid amount.`,
        );
      }
    }
  }
}

/** Upserts the flows of the intervals that carry some. */
export function insertFlows(prepare: Prepare, key: number, rows: readonly IntervalSample[]): void {
  const upsert = prepare(upsertSql);
  for (const row of rows) {
    const flows = row.flows;
    if (flows === undefined) continue;
    upsert.run(key, row.endAt, ...flowKeys.map((name) => flows[name]));
  }
}

/** The flows of intervals with from < endAt <= to, ordered. */
export function readFlows(prepare: Prepare, key: number, from: number, to: number): FlowInterval[] {
  const statement = prepare(readSql);
  statement.setReturnArrays(true);
  const rows = statement.all(key, from, to) as unknown as (number | null)[][];
  return rows.map((row) => {
    const out = { endAt: row[0] as number } as FlowInterval;
    flowKeys.forEach((name, index) => {
      out[name] = row[index + 1] ?? null;
    });
    return out;
  });
}
