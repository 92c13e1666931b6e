import { describe, expect, it } from 'vitest';
import { buildSiteFlows } from '../../../../electron/services/flows';
import type { FlowInterval, IntervalSample } from '../../../../electron/cache/types';
import { startOfLocalDay } from '../../../../shared/time';

const zone = 'Europe/Berlin';
const day = startOfLocalDay('2026-10-25', zone); // the autumn change: 25 hours
const flow = (endAt: number, fields: Partial<FlowInterval>): FlowInterval => ({
  endAt,
  homeWh: null,
  gridImportWh: null,
  gridExportWh: null,
  batteryChargeWh: null,
  batteryDischargeWh: null,
  socPercent: null,
  ...fields,
});

function cacheOf(flows: FlowInterval[], intervals: IntervalSample[]) {
  return {
    flows: (_id: string, from: number, to: number) =>
      flows.filter((f) => f.endAt > from && f.endAt <= to),
    intervals: (_id: string, from: number, to: number) =>
      intervals.filter((i) => i.endAt > from && i.endAt <= to),
  };
}

describe('buildSiteFlows', () => {
  it('sums the local day (25 hours on the autumn change) and keeps the newest charge', () => {
    const lastHour = day + 25 * 3600;
    const cache = cacheOf(
      [
        flow(day + 300, { homeWh: 10, gridImportWh: 10, batteryChargeWh: null, socPercent: 40 }),
        flow(lastHour, { homeWh: 5, gridExportWh: 2, batteryDischargeWh: 3, socPercent: null }),
        flow(lastHour + 300, { homeWh: 1000 }), // the next day
      ],
      [
        { endAt: day + 300, wh: 0, w: 0 },
        { endAt: lastHour, wh: 7, w: 84 },
        { endAt: lastHour + 300, wh: 999, w: 0 },
      ],
    );
    expect(buildSiteFlows(cache, { id: 's', timeZone: zone }, '2026-10-25', '2026-10-25')).toEqual({
      siteId: 's',
      from: '2026-10-25',
      to: '2026-10-25',
      measured: true,
      solarWh: 7,
      homeWh: 15,
      gridImportWh: 10,
      gridExportWh: 2,
      batteryChargeWh: null,
      batteryDischargeWh: 3,
      socPercent: 40,
      socAt: day + 300,
    });
  });

  it('reads a site without flow rows as not measured (solar only: no section)', () => {
    const cache = cacheOf([], [{ endAt: day + 300, wh: 50, w: 600 }]);
    const flows = buildSiteFlows(cache, { id: 's', timeZone: zone }, '2026-10-25', '2026-10-25');
    expect(flows.measured).toBe(false);
    expect(flows.solarWh).toBeNull();
  });
});
