/**
 * The Enphase day for three account shapes (10 accounts × 1 site, 3 × 3, 1 × 50) in June and
 * December, and how many Wi-Fi sites one Kilowatt plan keeps at 15-minute daylight freshness
 * beside the physical bound (the plan's daily calls ÷ the daylight uploads of one site).
 * `npx tsx bench/enphase-shapes.ts` prints the table.
 */
import { pathToFileURL } from 'node:url';
import { getTimes } from 'suncalc';
import { enphasePlans } from '../shared/enphase-plans';
import { runEnphaseDay, shapeAccounts, type EnphaseDayResult } from './enphase-day';
import { round } from './sim-timers';

/** The days measured: early in a month, near the longest and the shortest days in the north. */
export const benchDays = { June: '2025-06-02', December: '2025-12-02' } as const;

/** The account shapes measured. */
export const benchShapes = [
  { accounts: 10, sitesPerAccount: 1 },
  { accounts: 3, sitesPerAccount: 3 },
  { accounts: 1, sitesPerAccount: 50 },
] as const;

/** One shape on one day. */
export interface ShapeRow extends EnphaseDayResult {
  month: keyof typeof benchDays;
}

/** The plan-capacity figure. */
export interface PlanCapacity {
  month: keyof typeof benchDays;
  /** Calls per Wi-Fi site per day at a 15-minute refresh, lists and sizes included. */
  callsPerWifiSite: number;
  /** The plan's calls per day (monthly quota over the month's days). */
  planCallsPerDay: number;
  sitesServed: number;
  /** Daily calls ÷ daylight 15-minute uploads per site (the median site of the fleet). */
  physicalBound: number;
}

/** Every shape on every day. */
export async function runEnphaseShapes(): Promise<ShapeRow[]> {
  const rows: ShapeRow[] = [];
  for (const [month, date] of Object.entries(benchDays) as [keyof typeof benchDays, string][]) {
    for (const shape of benchShapes) {
      rows.push({ month, ...(await runEnphaseDay({ ...shape, date })) });
    }
  }
  return rows;
}

/** Wi-Fi sites one Kilowatt plan serves at 15-minute daylight freshness, per month measured. */
export async function runPlanCapacity(): Promise<PlanCapacity[]> {
  const out: PlanCapacity[] = [];
  for (const [month, date] of Object.entries(benchDays) as [keyof typeof benchDays, string][]) {
    const options = {
      accounts: 1,
      sitesPerAccount: 20,
      date,
      allWifi: true,
      fixedIntervalMinutes: 15,
    };
    const day = await runEnphaseDay(options);
    const start = Date.parse(`${date}T00:00:00Z`);
    const next = new Date(start);
    next.setUTCMonth(next.getUTCMonth() + 1, 1);
    const monthDays =
      (next.getTime() - Date.UTC(next.getUTCFullYear(), next.getUTCMonth() - 1, 1)) / 86_400_000;
    const planCallsPerDay = enphasePlans.kilowatt.perMonth / monthDays;
    const uploads = shapeAccounts(options)[0]!.systems.map((s) => {
      const times = getTimes(new Date(start + 12 * 3600_000), s.latitude, s.longitude);
      const daylight = (times.sunset?.getTime() ?? 0) - (times.sunrise?.getTime() ?? 0);
      return daylight / 900_000;
    });
    const medianUploads = uploads.sort((a, b) => a - b)[Math.floor(uploads.length / 2)]!;
    out.push({
      month,
      callsPerWifiSite: day.callsPerSitePerDay,
      planCallsPerDay: Math.floor(planCallsPerDay),
      sitesServed: Math.floor(planCallsPerDay / day.callsPerSitePerDay),
      physicalBound: Math.floor(planCallsPerDay / medianUploads),
    });
  }
  return out;
}

/** The table lines. */
export function formatShapes(rows: ShapeRow[], capacity: PlanCapacity[]): string[] {
  const lines = [
    'month     shape    refresh  calls/site/day  telemetry/site  lists  sizes  list share  dark-connection calls',
  ];
  for (const r of rows) {
    lines.push(
      [
        r.month.padEnd(9),
        r.shape.padEnd(8),
        `${r.refreshMinutes} min`.padStart(7),
        String(r.callsPerSitePerDay).padStart(15),
        String(r.telemetryCallsPerSite).padStart(15),
        String(r.listCalls).padStart(6),
        String(r.sizeCalls).padStart(6),
        `${r.listSharePercent} %`.padStart(11),
        String(r.darkConnectionCalls).padStart(22),
      ].join(' '),
    );
  }
  for (const c of capacity) {
    lines.push(
      `${c.month}: Kilowatt (${c.planCallsPerDay} calls/day) serves ${c.sitesServed} Wi-Fi sites at 15-min freshness ` +
        `(${round(c.callsPerWifiSite)} calls/site/day); physical bound ${c.physicalBound}`,
    );
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await runEnphaseShapes();
  const capacity = await runPlanCapacity();
  for (const line of formatShapes(rows, capacity)) console.info(line);
}
