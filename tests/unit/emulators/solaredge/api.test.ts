/**
 * The emulator's V2 data endpoints over real HTTP: paged sites in both list shapes, details,
 * power and energy in site-local wall time (the repeated autumn hour written twice, the skipped
 * spring hour never), units as the API picks them, nulls for what is not known, span caps, 410
 * for V1 paths and problem documents for every refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultFleetAccounts,
  FLEET_KEY,
  OTHER_FLEET_KEY,
  SITE,
  type SolarEdgeEmulator,
} from '../../../emulators/solaredge';
import { apiGet, NOW, startAt } from './session';

const key = { apiKey: FLEET_KEY };
let se: SolarEdgeEmulator;
beforeAll(async () => {
  se = await startAt(NOW);
});
afterAll(() => se.stop());

interface Value {
  timestamp: string;
  value: number | null;
}
const valuesOf = (json: Record<string, unknown>) => json.values as Value[];
const factor: Record<string, number> = { WH: 1, KWH: 1e3, MWH: 1e6 };

describe('sites', () => {
  it('pages a fleet account with page and sites-in-page', async () => {
    const first = await apiGet(se, '/v2/sites?page=1&sites-in-page=3', key);
    const second = await apiGet(se, '/v2/sites?page=2&sites-in-page=3', key);
    const third = await apiGet(se, '/v2/sites?page=3&sites-in-page=3', key);
    expect(first.json).toMatchObject({ page: 1, sitesInPage: 3, totalCount: 5 });
    const ids = [
      ...(first.json.sites as { id: number }[]),
      ...(second.json.sites as { id: number }[]),
    ];
    expect(ids.map((site) => site.id)).toEqual([
      SITE.berlin,
      SITE.newYork,
      SITE.sydney,
      SITE.phoenix,
      SITE.leeds,
    ]);
    expect(third.json.sites).toEqual([]);
  });

  it('shows only the key’s own sites', async () => {
    const other = await apiGet(se, '/v2/sites', { apiKey: OTHER_FLEET_KEY });
    expect((other.json.sites as { id: number }[]).map((site) => site.id)).toEqual([SITE.lisbon]);
    expect((await apiGet(se, `/v2/sites/${SITE.berlin}`, { apiKey: OTHER_FLEET_KEY })).status).toBe(
      403,
    );
    expect((await apiGet(se, '/v2/sites/999', key)).status).toBe(404);
  });

  it.each(['sites-in-page=1001', 'sites-in-page=0', 'page=0', 'page=x'])(
    'refuses %s with 400',
    async (query) => {
      const answer = await apiGet(se, `/v2/sites?${query}`, key);
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
    },
  );

  it('gives details with peak power, installation date, zone and location', async () => {
    const answer = await apiGet(se, `/v2/sites/${SITE.sydney}`, key);
    expect(answer.json).toMatchObject({
      id: SITE.sydney,
      name: 'Parramatta Library',
      peakPower: 60,
      installationDate: '2020-11-20',
      location: { city: 'Parramatta', country: 'Australia', timezone: 'Australia/Sydney' },
    });
    expect(answer.json.lastUpdateTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });
});

describe('power and energy in site-local time', () => {
  it('writes the repeated autumn hour twice, in order, in a 12-hour QUARTER_HOUR call', async () => {
    const answer = await apiGet(
      se,
      `/v2/sites/${SITE.berlin}/power?startTime=2026-10-25T00:00:00&endTime=2026-10-25T12:00:00`,
      key,
    );
    const stamps = valuesOf(answer.json).map((value) => value.timestamp);
    expect(stamps).toHaveLength(13 * 4);
    expect(stamps.filter((stamp) => stamp === '2026-10-25 02:15:00')).toHaveLength(2);
    expect(stamps.slice(8, 17)).toEqual([
      '2026-10-25 02:00:00',
      '2026-10-25 02:15:00',
      '2026-10-25 02:30:00',
      '2026-10-25 02:45:00',
      '2026-10-25 02:00:00',
      '2026-10-25 02:15:00',
      '2026-10-25 02:30:00',
      '2026-10-25 02:45:00',
      '2026-10-25 03:00:00',
    ]);
    expect(answer.json.unit).toBe('W');
  });

  it('never writes the skipped spring hour', async () => {
    const answer = await apiGet(
      se,
      `/v2/sites/${SITE.berlin}/energy?resolution=QUARTER_HOUR&startTime=2026-03-29T00:00:00&endTime=2026-03-29T12:00:00`,
      key,
    );
    const stamps = valuesOf(answer.json).map((value) => value.timestamp);
    expect(stamps).toHaveLength(11 * 4);
    expect(stamps.some((stamp) => stamp.startsWith('2026-03-29 02:'))).toBe(false);
  });

  it.each([
    [SITE.berlin, '2026-10-25', 100],
    [SITE.newYork, '2025-11-02', 100],
    [SITE.sydney, '2026-04-05', 100],
    [SITE.sydney, '2026-10-04', 92],
    [SITE.phoenix, '2026-03-08', 96],
  ])(
    'site %i on %s: the day’s quarters (%i) sum to the admin’s truth to the Wh',
    async (siteId, date, count) => {
      const values: number[] = [];
      for (const [from, to] of [
        ['00:00:00', '12:00:00'],
        ['12:00:00', '00:00:00'],
      ]) {
        const end = to === '00:00:00' ? nextDate(date) : date;
        const answer = await apiGet(
          se,
          `/v2/sites/${siteId}/energy?resolution=QUARTER_HOUR&startTime=${date}T${from}&endTime=${end}T${to}`,
          key,
        );
        expect(answer.status).toBe(200);
        const unit = factor[answer.json.unit as string]!;
        for (const value of valuesOf(answer.json))
          values.push(Math.round((value.value ?? 0) * unit));
      }
      expect(values).toHaveLength(count);
      const truth = se.admin.dayWh(siteId, date);
      expect(truth).toBeGreaterThan(0);
      expect(values.reduce((sum, wh) => sum + wh, 0)).toBe(truth);
    },
  );

  it('gives a month of DAY energy in the unit it picks, equal to each day’s truth', async () => {
    const answer = await apiGet(
      se,
      `/v2/sites/${SITE.berlin}/energy?resolution=DAY&startTime=2026-10-01&endTime=2026-11-01`,
      key,
    );
    expect(answer.json.unit).toBe('KWH');
    const values = valuesOf(answer.json);
    expect(values).toHaveLength(31);
    expect(values[24]).toMatchObject({ timestamp: '2026-10-25 00:00:00' });
    expect(Math.round(values[24]!.value! * 1000)).toBe(se.admin.dayWh(SITE.berlin, '2026-10-25'));
    // Days after "now" are not known yet: null, not 0.
    expect(values[26]!.value).toBeNull();
  });

  it('writes large totals in MWH', async () => {
    const answer = await apiGet(
      se,
      `/v2/sites/${SITE.phoenix}/energy?resolution=YEAR&startTime=2024-01-01&endTime=2025-01-01`,
      key,
    );
    expect(answer.json.unit).toBe('MWH');
    expect(valuesOf(answer.json)[0]!.value).toBeGreaterThan(100);
  });

  it('answers null before the installation date', async () => {
    const answer = await apiGet(
      se,
      `/v2/sites/${SITE.leeds}/energy?resolution=DAY&startTime=2024-08-30&endTime=2024-09-02`,
      key,
    );
    expect(valuesOf(answer.json).map((value) => value.value === null)).toEqual([true, true, false]);
  });

  it('gives today’s energy and the current power in the overview', async () => {
    const answer = await apiGet(se, `/v2/sites/${SITE.berlin}/overview`, key);
    const energy = answer.json.energy as { value: number; unit: string };
    expect(answer.json.startTime).toBe('2026-10-26 00:00:00');
    expect(Math.round(energy.value * factor[energy.unit]!)).toBe(
      se.admin.dayWh(SITE.berlin, '2026-10-26'),
    );
    expect((answer.json.power as { value: number }).value).toBeGreaterThan(0);
  });

  it.each([
    ['power over 12 hours', 'power?startTime=2026-10-20T00:00:00&endTime=2026-10-20T12:15:00'],
    [
      'QUARTER_HOUR energy over 12 hours',
      'energy?resolution=QUARTER_HOUR&startTime=2026-10-20&endTime=2026-10-21',
    ],
    [
      'HOUR energy over 24 hours',
      'energy?resolution=HOUR&startTime=2026-10-20&endTime=2026-10-21T01:00:00',
    ],
    ['DAY energy over a month', 'energy?resolution=DAY&startTime=2026-09-01&endTime=2026-10-02'],
    ['a reversed span', 'energy?resolution=DAY&startTime=2026-10-02&endTime=2026-10-01'],
    ['a missing end', 'energy?resolution=DAY&startTime=2026-10-02'],
    [
      'an unknown resolution',
      'energy?resolution=FORTNIGHT&startTime=2026-10-01&endTime=2026-10-02',
    ],
  ])('refuses %s with a 400 problem', async (_name, path) => {
    const answer = await apiGet(se, `/v2/sites/${SITE.berlin}/${path}`, key);
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ status: 400, title: 'Bad Request' });
    expect(answer.json.type).toMatch(/^https:\/\//);
  });

  it('accepts MONTH spans of years', async () => {
    const answer = await apiGet(
      se,
      `/v2/sites/${SITE.munich}/energy?resolution=MONTH&startTime=2024-01-01&endTime=2026-01-01`,
      key,
    );
    // Munich is a homeowner's site: a fleet key may not read it.
    expect(answer.status).toBe(403);
    const own = await apiGet(
      se,
      `/v2/sites/${SITE.leeds}/energy?resolution=MONTH&startTime=2024-01-01&endTime=2026-01-01`,
      key,
    );
    expect(valuesOf(own.json)).toHaveLength(24);
  });
});

describe('devices, alerts and refusals', () => {
  it('lists inverters, meter and gateway, with the tripped inverter in FAULT and an open alert', async () => {
    const devices = await apiGet(se, `/v2/sites/${SITE.berlin}/devices`, key);
    const list = devices.json.devices as { type: string; status: string }[];
    expect(list.filter((device) => device.type === 'INVERTER')).toHaveLength(3);
    expect(list.some((device) => device.status === 'FAULT')).toBe(se.admin.state().now > 0);
    const alerts = await apiGet(se, '/v2/alerts', key);
    expect(alerts.json.alerts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ siteId: SITE.berlin, type: 'ISOLATION_FAULT', status: 'OPEN' }),
      ]),
    );
  });

  it.each([
    '/site/3101001/overview.json',
    '/sites/list',
    '/equipment/3101001/list',
    '/version/current',
  ])('answers 410 Gone for the V1 path %s', async (path) => {
    const answer = await apiGet(se, `${path}?api_key=${FLEET_KEY}`, key);
    expect(answer.status).toBe(410);
    expect(answer.json).toMatchObject({ status: 410, title: 'Gone' });
  });

  it('answers 401 problems for no key, an unknown key and a revoked key', async () => {
    const none = await fetch(`${se.url}/v2/sites`);
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toBe('application/problem+json');
    expect((await apiGet(se, '/v2/sites', { apiKey: 'v1-key-0000' })).status).toBe(401);
    const other = await startAt(NOW);
    other.admin.revokeKey(FLEET_KEY);
    expect((await apiGet(other, '/v2/sites', key)).status).toBe(401);
    await other.stop();
  });
});

describe('the other sources’ dialect', () => {
  it('writes offsets, takes from/to and lists sites V1-style when told to', async () => {
    const other = await startAt(NOW, {
      dialect: { timestamps: 'offset', spanParams: 'from', sitesList: 'v1' },
    });
    const power = await apiGet(
      other,
      `/v2/sites/${SITE.berlin}/power?from=2026-10-25T02:00:00&to=2026-10-25T04:00:00`,
      key,
    );
    expect(
      valuesOf(power.json)
        .map((value) => value.timestamp)
        .slice(0, 5),
    ).toEqual([
      '2026-10-25T02:00:00+02:00',
      '2026-10-25T02:15:00+02:00',
      '2026-10-25T02:30:00+02:00',
      '2026-10-25T02:45:00+02:00',
      '2026-10-25T02:00:00+01:00',
    ]);
    const sites = await apiGet(other, '/v2/sites', key);
    expect(sites.json.sites).toMatchObject({ count: 5 });
    await other.stop();
  });
});

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

describe('HOUR buckets', () => {
  it('start on the site’s own hours in a half-hour zone, and sum to the day', async () => {
    const base = defaultFleetAccounts[0]!.sites[0]!;
    const pune = {
      ...base,
      siteId: 5_501_001,
      name: 'Pune Campus',
      timezone: 'Asia/Kolkata',
      latitude: 18.52,
      longitude: 73.86,
      location: { country: 'India', city: 'Pune', address: 'Hinjawadi', zip: '411057' },
    };
    const { inverterFault: _fault, ...healthy } = pune;
    const other = await startAt(NOW, {
      accounts: [{ name: 'India', apiKey: 'se-fleet-key-india-0003', sites: [healthy] }],
      owners: [],
    });
    const answer = await apiGet(
      other,
      '/v2/sites/5501001/energy?resolution=HOUR&startTime=2026-10-20&endTime=2026-10-21',
      { apiKey: 'se-fleet-key-india-0003' },
    );
    const values = valuesOf(answer.json);
    expect(values).toHaveLength(24);
    expect(values.map((value) => value.timestamp.slice(11))).toContain('12:00:00');
    const unit = factor[answer.json.unit as string]!;
    const sum = values.reduce((total, value) => total + Math.round((value.value ?? 0) * unit), 0);
    expect(sum).toBe(other.admin.dayWh(5_501_001, '2026-10-20'));
    await other.stop();
  });
});
