import { describe, expect, it } from 'vitest';
import {
  clampToTwoYears,
  granularityFor,
  parseDaily,
  parseDevices,
  parseIntervals,
  parseSystemsPage,
  toProviderSite,
  toRemoteSystem,
  UnreadableAnswerError,
} from '../../../../../electron/providers/enphase/mapping';
import { addMonths } from '../../../../../shared/time';

const system = (fields: Record<string, unknown> = {}) => ({
  system_id: 4_201_101,
  name: 'Riverside Elementary School',
  public_name: 'Residential System',
  timezone: 'US/Pacific',
  address: { city: 'Sacramento', state: 'CA', country: 'US', postal_code: '95818' },
  connection_type: 'wifi',
  status: 'normal',
  last_report_at: 1_750_273_200,
  last_energy_at: 1_750_272_000,
  operational_at: 1_629_443_000,
  energy_lifetime: -1,
  energy_today: -1,
  system_size: -1,
  ...fields,
});

const parseOne = (fields: Record<string, unknown>) =>
  parseSystemsPage({ total: 1, systems: [system(fields)] }).systems[0]!;

describe('parseSystemsPage', () => {
  it('reads a page and drops only the items it cannot use', () => {
    const page = parseSystemsPage({
      total: 4,
      current_page: 1,
      size: 100,
      count: 4,
      items: 'systems',
      systems: [system(), system({ system_id: 'not-a-number' }), null, system({ system_id: '42' })],
    });
    expect(page.systems.map((s) => s.system_id)).toEqual(['4201101', '42']);
    expect(page.dropped).toBe(2);
    expect(page.total).toBe(4);
  });

  it.each([
    ['a null list', { total: 0, systems: null }],
    ['no list at all', {}],
  ])('treats %s as no systems', (_name, body) => {
    expect(parseSystemsPage(body).systems).toEqual([]);
  });

  it.each([['text'], [null], [[1, 2]]])('refuses %j as a page', (body) => {
    expect(() => parseSystemsPage(body)).toThrow(UnreadableAnswerError);
  });
});

describe('toProviderSite', () => {
  it.each([
    ['a legacy zone as it is', { timezone: 'US/Pacific' }, { timeZone: 'US/Pacific' }],
    ['an unknown zone as UTC', { timezone: 'Mars/Olympus' }, { timeZone: 'UTC' }],
    ['a missing zone as UTC', { timezone: null }, { timeZone: 'UTC' }],
    ['the public name when the name is empty', { name: '  ' }, { name: 'Residential System' }],
    ['the id when there is no name', { name: null, public_name: null }, { name: 'System 4201101' }],
    ['no city for a null address', { address: null }, { city: '', country: '' }],
    ['a listed size when there is one', { system_size: 7_200 }, { capacityW: 7_200 }],
    ['the last energy instant', {}, { lastEnergyAt: 1_750_272_000 }],
    [
      'no energy this week as 0, so idle sites are skipped',
      { last_energy_at: null },
      { lastEnergyAt: 0 },
    ],
    ['milliseconds as no instant', { last_energy_at: 1_750_272_000_000 }, { lastEnergyAt: 0 }],
    ['comm as offline', { status: 'comm' }, { status: 'offline' }],
    ['power as a fault', { status: 'power' }, { status: 'fault' }],
    [
      'an unknown status as a warning naming it',
      { status: 'solar_flare' },
      {
        status: 'warning',
        statusDetail: { key: 'status.enphase.unknown', params: { status: 'solar_flare' } },
      },
    ],
  ])('takes %s', (_name, fields, expected) => {
    expect(toProviderSite(parseOne(fields), 98_400)).toMatchObject(expected);
  });

  it('uses the size from the summary when the list says -1, and 0 when nobody knows', () => {
    expect(toProviderSite(parseOne({}), 98_400).capacityW).toBe(98_400);
    expect(toProviderSite(parseOne({}), null).capacityW).toBe(0);
  });

  it('places the site at its zone’s city, legacy names included', () => {
    const site = toProviderSite(parseOne({ timezone: 'US/Pacific' }), null);
    expect(site.latitude).toBeCloseTo(34.05, 1);
    expect(site.longitude).toBeCloseTo(-118.24, 1);
  });
});

describe('toRemoteSystem', () => {
  it('shows the picker an unknown size as null rather than spending a summary call', () => {
    expect(toRemoteSystem(parseOne({}))).toEqual({
      externalId: '4201101',
      name: 'Riverside Elementary School',
      city: 'Sacramento',
      timeZone: 'US/Pacific',
      capacityW: null,
      status: 'normal',
    });
  });
});

describe('granularityFor', () => {
  it.each([
    [0, 'day'],
    [900, 'day'],
    [23 * 3600, 'day'],
    [23 * 3600 + 1, 'week'],
    [7 * 86_400, 'week'],
  ])('%i s behind now asks for a %s', (behind, granularity) => {
    expect(granularityFor(1_750_000_000 - behind, 1_750_000_000)).toBe(granularity);
  });
});

describe('parseIntervals', () => {
  const body = (intervals: unknown, meta: unknown = { last_energy_at: 1_750_000_600 }) => ({
    system_id: 1,
    granularity: 'day',
    intervals,
    meta,
  });
  const since = 1_750_000_000;

  it('converts end_at/powr/enwh and keeps only intervals after the cursor', () => {
    const batch = parseIntervals(
      body([
        { end_at: since, devices_reporting: 8, powr: 100, enwh: 8 },
        { end_at: since + 300, devices_reporting: 8, powr: 1200, enwh: 100 },
        { end_at: since + 600, devices_reporting: 8, powr: 2400, enwh: 200 },
      ]),
      since,
    );
    expect(batch).toEqual({
      intervals: [
        { endAt: since + 300, w: 1200, wh: 100 },
        { endAt: since + 600, w: 2400, wh: 200 },
      ],
      lastEnergyAt: 1_750_000_600,
    });
  });

  it.each([
    ['an empty list', []],
    ['a null list', null],
    ['intervals without energy', [{ end_at: since + 300, powr: 5, enwh: null }]],
    ['intervals without an end', [{ end_at: null, powr: 5, enwh: 1 }]],
    ['-1 energy', [{ end_at: since + 300, powr: -1, enwh: -1 }]],
  ])('returns nothing for %s', (_name, intervals) => {
    expect(parseIntervals(body(intervals, null), since)).toEqual({
      intervals: [],
      lastEnergyAt: null,
    });
  });

  it('derives a missing power from the energy and the interval length (hourly sites too)', () => {
    const batch = parseIntervals(
      body([
        { end_at: since + 300, enwh: 100 },
        { end_at: since + 3900, enwh: 1000, powr: null },
      ]),
      since,
    );
    expect(batch.intervals.map((i) => i.w)).toEqual([1200, 1000]);
  });

  it('keeps one interval per instant, in order', () => {
    const batch = parseIntervals(
      body([
        { end_at: since + 600, enwh: 2, powr: 24 },
        { end_at: since + 300, enwh: 1, powr: 12 },
        { end_at: since + 600, enwh: 3, powr: 36 },
      ]),
      since,
    );
    expect(batch.intervals.map((i) => [i.endAt, i.wh])).toEqual([
      [since + 300, 1],
      [since + 600, 3],
    ]);
  });
});

describe('parseDaily', () => {
  const answer = (start: string, production: unknown[], operationalAt: number | null = null) => ({
    system_id: 1,
    start_date: start,
    production,
    meta: { operational_at: operationalAt },
  });
  const zone = 'America/New_York';

  it.each([
    ['every reported day', [5, 6, 7], ['2025-06-01', '2025-06-02', '2025-06-03']],
    [
      'trailing zeros (not reported yet)',
      [5, 0, 7, 0, 0],
      ['2025-06-01', '2025-06-02', '2025-06-03'],
    ],
    ['nulls and -1 as missing days', [5, null, -1, 8], ['2025-06-01', '2025-06-04']],
    ['all zeros as nothing', [0, 0, 0], []],
  ])('keeps %s', (_name, production, dates) => {
    const days = parseDaily(answer('2025-06-01', production), '2025-06-01', '2025-06-10', zone);
    expect(days.map((d) => d.localDate)).toEqual(dates);
  });

  it('leaves out days before the system went live and days outside the range asked', () => {
    // Live from 2025-06-03 00:00 New York.
    const live = Date.parse('2025-06-03T04:00:00Z') / 1000;
    const days = parseDaily(
      answer('2025-06-01', [0, 0, 4, 5, 6, 7], live),
      '2025-06-01',
      '2025-06-05',
      zone,
    );
    expect(days).toEqual([
      { localDate: '2025-06-03', wh: 4 },
      { localDate: '2025-06-04', wh: 5 },
      { localDate: '2025-06-05', wh: 6 },
    ]);
  });

  it('refuses an answer without a start date', () => {
    expect(() => parseDaily({ production: [1] }, '2025-06-01', '2025-06-02', zone)).toThrow(
      UnreadableAnswerError,
    );
  });
});

describe('parseDevices', () => {
  it('lists each group in serial order, so "Inverter N" names the same micro on every call', () => {
    const micro = (serial: string) => ({ serial_number: serial, model: 'IQ8M', status: 'normal' });
    const devices = parseDevices({
      devices: { micros: [micro('482000010'), micro('48200009'), micro('482000002')] },
    });
    expect(devices.map((d) => d.serial)).toEqual(['48200009', '482000002', '482000010']);
  });

  it('lists every group with its kind and maps the statuses', () => {
    const devices = parseDevices({
      system_id: 1,
      devices: {
        micros: [
          { serial_number: '48', model: 'IQ8M', status: 'normal', last_report_at: 1_750_000_000 },
          {
            serial_number: '49',
            model: null,
            product_name: 'IQ8M',
            status: 'comm',
            last_report_at: null,
          },
        ],
        gateways: [{ serial_number: '12', model: 'Envoy', status: 'brand_new_state' }],
        batteries: 'not a list',
      },
    });
    expect(devices).toEqual([
      { kind: 'micro', serial: '48', model: 'IQ8M', status: 'normal', lastReportAt: 1_750_000_000 },
      { kind: 'micro', serial: '49', model: 'IQ8M', status: 'offline', lastReportAt: null },
      { kind: 'gateway', serial: '12', model: 'Envoy', status: 'warning', lastReportAt: null },
    ]);
  });

  it('answers no devices for a null group map', () => {
    expect(parseDevices({ devices: null })).toEqual([]);
  });
});

describe('clampToTwoYears', () => {
  it.each([
    ['2024-06-18', '2025-06-17', '2024-06-18'],
    ['2023-01-01', '2025-06-17', '2023-06-18'],
    ['2021-01-01', '2024-02-28', '2022-03-01'],
    ['2021-01-01', '2026-02-28', '2024-03-01'],
  ])('%s..%s starts at %s', (from, to, start) => {
    const clamped = clampToTwoYears(from, to);
    expect(clamped).toBe(start);
    // What Enphase requires: end < start + 24 months.
    expect(to < addMonths(clamped, 24)).toBe(true);
  });
});
