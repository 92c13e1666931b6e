/**
 * production_micro and energy_lifetime: 5-minute intervals from the system's local midnight,
 * daylight-saving days, data that arrives late (and later still on cellular), and daily totals
 * that agree with the intervals to the watt-hour.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startOfLocalDay } from '../../../../shared/time';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  ACCOUNT_C,
  type EnphaseEmulator,
  type MicroInterval,
} from '../../../emulators/enphase';
import { apiGet, connect, NOW, startAt } from './session';

const BOSTON = 4_303_302; // America/New_York, every slot listed
const HONOLULU = 4_202_201; // Pacific/Honolulu, night slots left out
const SACRAMENTO = 4_201_101; // Wi-Fi
const PLACERVILLE = 4_201_103; // cellular, US/Pacific

let emulator: EnphaseEmulator;
beforeAll(async () => {
  emulator = await startAt(NOW, { plan: 'partner' });
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.clock.set(NOW));

const ownerOf: Record<number, string> = {
  [BOSTON]: ACCOUNT_C,
  [HONOLULU]: ACCOUNT_B,
  [SACRAMENTO]: ACCOUNT_A,
  [PLACERVILLE]: ACCOUNT_A,
};

/** A call with a token fresh at the emulator's current instant. */
async function get(systemId: number, path: string, query: Record<string, string> = {}) {
  const tokens = await connect(emulator, ownerOf[systemId]!);
  return apiGet(emulator, tokens.access_token, `/systems/${systemId}${path}`, query);
}

async function day(systemId: number, date: string): Promise<MicroInterval[]> {
  const answer = await get(systemId, '/telemetry/production_micro', { start_date: date });
  expect(answer.status).toBe(200);
  return answer.body.intervals as MicroInterval[];
}

const sum = (intervals: MicroInterval[]) => intervals.reduce((wh, i) => wh + i.enwh, 0);

describe('GET /telemetry/production_micro', () => {
  it('lists the 288 intervals of a past day from local midnight, each marking its end', async () => {
    const answer = await get(BOSTON, '/telemetry/production_micro', { start_date: '2025-11-18' });
    const midnight = startOfLocalDay('2025-11-18', 'America/New_York');
    expect(answer.body).toMatchObject({
      system_id: BOSTON,
      granularity: 'day',
      total_devices: 90,
      start_at: midnight,
      end_at: midnight + 86_400,
      items: 'intervals',
      meta: { status: 'normal' },
    });
    const intervals: MicroInterval[] = answer.body.intervals;
    expect(intervals).toHaveLength(288);
    expect(intervals[0]!.end_at).toBe(midnight + 300);
    expect(intervals.at(-1)!.end_at).toBe(midnight + 86_400);
    expect(intervals[0]).toEqual({
      end_at: midnight + 300,
      devices_reporting: 0,
      powr: 0,
      enwh: 0,
    });
    const noon = intervals.find((i) => i.end_at === midnight + 12 * 3600)!;
    expect(noon.devices_reporting).toBe(90);
    expect(noon.powr).toBeGreaterThan(0);
    expect(Number.isInteger(noon.powr) && Number.isInteger(noon.enwh)).toBe(true);
  });

  it.each([
    ['2025-03-09', 276],
    ['2025-11-02', 300],
  ])('has %s (a daylight-saving day in New York) with %i intervals', async (date, count) => {
    expect(await day(BOSTON, date)).toHaveLength(count);
  });

  it('serves a week (a DST week has 12 more) and a quarter hour', async () => {
    const week = await get(BOSTON, '/telemetry/production_micro', {
      start_date: '2025-10-27',
      granularity: 'week',
    });
    expect(week.body.intervals).toHaveLength(7 * 288 + 12);
    const quarter = await get(BOSTON, '/telemetry/production_micro', {
      start_at: String(startOfLocalDay('2025-11-18', 'America/New_York') + 12 * 3600),
      granularity: '15mins',
    });
    expect(quarter.body.intervals).toHaveLength(3);
  });

  it('leaves the night out for systems whose micros sleep, without changing the energy', async () => {
    const intervals = await day(HONOLULU, '2025-11-18');
    expect(intervals.length).toBeGreaterThan(100);
    expect(intervals.length).toBeLessThan(200);
    expect(intervals.every((i) => i.devices_reporting === 8)).toBe(true);
    expect(sum(intervals)).toBe(emulator.admin.expectedDailyWh(HONOLULU, '2025-11-18'));
  });

  it('stops today at now minus the cloud delay; the span after that is an empty list', async () => {
    const answer = await get(SACRAMENTO, '/telemetry/production_micro');
    expect(answer.body.start_at).toBe(startOfLocalDay('2025-11-20', 'US/Pacific'));
    expect(answer.body.end_at).toBe(NOW);
    const newest = answer.body.intervals.at(-1).end_at;
    expect(newest).toBe(NOW - 20 * 60);
    const after = await get(SACRAMENTO, '/telemetry/production_micro', {
      start_at: String(newest),
    });
    expect(after.status).toBe(200);
    expect(after.body.intervals).toEqual([]);
  });

  it("refuses a start in the future or older than two years with the doc's 422s", async () => {
    const future = await get(BOSTON, '/telemetry/production_micro', { start_at: String(NOW + 60) });
    expect(future.status).toBe(422);
    expect(future.body.details).toBe('Requested date is in the future');
    const old = await get(BOSTON, '/telemetry/production_micro', { start_date: '2023-11-19' });
    expect(old.status).toBe(422);
    expect(old.body.details).toBe('Requested date range is invalid for this system');
    const bad = await get(BOSTON, '/telemetry/production_micro', { granularity: 'hour' });
    expect(bad.status).toBe(422);
  });
});

describe('cellular systems', () => {
  it('only show data up to the last 6-hour upload, while Wi-Fi ones lag 20 minutes', async () => {
    // 18:00 UTC: the 18:00 upload is not processed yet, so the newest data is from 12:00.
    const cellular = await get(PLACERVILLE, '/telemetry/production_micro');
    expect(cellular.body.intervals.at(-1).end_at).toBe(Date.UTC(2025, 10, 20, 12) / 1000);
    const wifi = await get(SACRAMENTO, '/telemetry/production_micro');
    expect(wifi.body.intervals.at(-1).end_at).toBe(NOW - 1200);

    emulator.clock.advance(20 * 60);
    const later = await get(PLACERVILLE, '/telemetry/production_micro');
    expect(later.body.intervals.at(-1).end_at).toBe(NOW);
    expect(later.body.meta.last_report_at).toBe(NOW);
  });

  it('list last_energy_at behind last_report_at, and energy_lifetime ends in a zero for today', async () => {
    const tokens = await connect(emulator, ACCOUNT_A);
    const list = await apiGet(emulator, tokens.access_token, '/systems');
    const cellular = list.body.systems.find(
      (s: { system_id: number }) => s.system_id === PLACERVILLE,
    );
    expect(cellular.last_report_at).toBe(NOW);
    // 12:00 UTC is 04:00 in California: the newest energy is yesterday's last light.
    expect(cellular.last_energy_at).toBeLessThan(startOfLocalDay('2025-11-20', 'US/Pacific'));
    const lifetime = await get(PLACERVILLE, '/energy_lifetime', {
      start_date: '2025-11-18',
      end_date: '2025-11-20',
    });
    const [before, yesterday, today] = lifetime.body.production;
    expect(before).toBeGreaterThan(0);
    expect(yesterday).toBeGreaterThan(0);
    expect(today).toBe(0);
  });
});

describe('GET /energy_lifetime', () => {
  it("gives one Wh value per day equal to the sum of that day's intervals", async () => {
    const answer = await get(BOSTON, '/energy_lifetime', { start_date: '2025-10-30' });
    expect(answer.body.start_date).toBe('2025-10-30');
    expect(answer.body.production).toHaveLength(21); // to yesterday, 2025-11-19
    const dates = ['2025-10-30', '2025-11-02', '2025-11-19'];
    for (const date of dates) {
      const index = (Date.parse(date) - Date.parse('2025-10-30')) / 86_400_000;
      expect(answer.body.production[index]).toBe(sum(await day(BOSTON, date)));
    }
    expect(answer.body.meta).toMatchObject({ status: 'normal' });
  });

  it('covers two years in one call and refuses more', async () => {
    const twoYears = await get(SACRAMENTO, '/energy_lifetime', {
      start_date: '2023-11-21',
      end_date: '2025-11-20',
    });
    expect(twoYears.status).toBe(200);
    expect(twoYears.body.production).toHaveLength(731);
    const more = await get(SACRAMENTO, '/energy_lifetime', {
      start_date: '2023-11-20',
      end_date: '2025-11-20',
    });
    expect(more.status).toBe(422);
  });

  it('refuses an end in the future', async () => {
    const answer = await get(BOSTON, '/energy_lifetime', { end_date: '2025-11-22' });
    expect(answer.status).toBe(422);
    expect(answer.body.details).toBe('Requested date is in the future');
  });
});

describe('expectedDailyWh', () => {
  it("equals the sum of the day's telemetry, today included", async () => {
    for (const date of ['2025-11-19', '2025-11-20']) {
      expect(emulator.admin.expectedDailyWh(SACRAMENTO, date)).toBe(
        sum(await day(SACRAMENTO, date)),
      );
    }
    expect(emulator.admin.expectedDailyWh(SACRAMENTO, '2025-11-20')).toBeGreaterThan(0);
  });

  it('grows as the clock moves and the data arrives', async () => {
    const before = emulator.admin.expectedDailyWh(SACRAMENTO, '2025-11-20');
    emulator.clock.advance(3600);
    expect(emulator.admin.expectedDailyWh(SACRAMENTO, '2025-11-20')).toBeGreaterThan(before);
  });
});
