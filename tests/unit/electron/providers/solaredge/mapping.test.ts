// SolarEdge answers into the app's shapes: both sites-list shapes, nulls and odd items, V1-style
// wrappers, units, the order of a repeated hour, devices and open alerts.
import { describe, expect, it } from 'vitest';
import {
  parseAlerts,
  parseDevices,
  parseEnergySeries,
  parseOverview,
  parsePowerSeries,
  parseSite,
  parseSitesPage,
  UnreadableSolarEdgeAnswerError,
} from '../../../../../electron/providers/solaredge/mapping';
import {
  sitesPageQuery,
  spanQuery,
  defaultDialect,
  fromToDialect,
} from '../../../../../electron/providers/solaredge/dialect';

const berlinSite = {
  id: 3101001,
  name: 'Berlin Logistics Hub',
  status: 'Active',
  peakPower: 250,
  installationDate: '2021-04-12',
  lastUpdateTime: '2026-10-25 02:45:00',
  location: { country: 'Germany', city: 'Berlin', timezone: 'Europe/Berlin' },
};

describe('parseSite and parseSitesPage', () => {
  it('reads size in W, zone, installation date and the last update as UTC', () => {
    expect(parseSite(berlinSite)).toEqual({
      externalId: '3101001',
      name: 'Berlin Logistics Hub',
      status: 'normal',
      capacityW: 250_000,
      installationDate: '2021-04-12',
      timeZone: 'Europe/Berlin',
      city: 'Berlin',
      country: 'Germany',
      lastUpdateAt: Date.parse('2026-10-25T00:45:00Z') / 1000,
    });
  });

  it.each([
    ['V1’s details wrapper', { details: berlinSite }, 'Berlin Logistics Hub'],
    ['a missing name', { ...berlinSite, name: null }, 'Site 3101001'],
  ])('reads %s', (_name, body, name) => {
    expect(parseSite(body).name).toBe(name);
  });

  it('falls back on UTC, null size and null dates when SolarEdge leaves them out or garbles them', () => {
    const site = parseSite({
      id: '42',
      peakPower: null,
      installationDate: 'soon',
      location: { timezone: 'Mars/Olympus' },
    });
    expect(site).toMatchObject({
      timeZone: 'UTC',
      capacityW: null,
      installationDate: null,
      lastUpdateAt: null,
      status: 'normal',
    });
    expect(parseSite({ ...berlinSite, status: 'PendingCommunication' }).status).toBe('warning');
    expect(parseSite({ ...berlinSite, status: 'Disabled' }).status).toBe('offline');
    expect(() => parseSite({ name: 'no id' })).toThrow(UnreadableSolarEdgeAnswerError);
  });

  it.each([
    [
      'V2',
      {
        page: 1,
        sitesInPage: 3,
        totalCount: 5,
        sites: [berlinSite, { id: 'x' }, { ...berlinSite, id: 2 }],
      },
    ],
    ['V1', { sites: { count: 5, site: [berlinSite, { id: 'x' }, { ...berlinSite, id: 2 }] } }],
  ])('reads a %s-shaped list, dropping the odd item alone', (_name, body) => {
    const page = parseSitesPage(body);
    expect(page.sites.map((site) => site.externalId)).toEqual(['3101001', '2']);
    expect(page).toMatchObject({ total: 5, dropped: 1 });
  });

  it('refuses a list of neither shape', () => {
    expect(() => parseSitesPage({ items: [] })).toThrow(UnreadableSolarEdgeAnswerError);
  });
});

describe('parseEnergySeries and parsePowerSeries', () => {
  const zone = 'Europe/Berlin';
  it('reads the repeated autumn hour in order, in Wh, nulls kept as null', () => {
    const body = {
      unit: 'KWH',
      values: [
        { timestamp: '2026-10-25 02:45:00', value: 0.001 },
        { timestamp: '2026-10-25 02:00:00', value: null },
        { timestamp: '2026-10-25 02:15:00', value: '1.5' },
        { timestamp: 'garbage', value: 3 },
        { value: 3 },
      ],
    };
    const parsed = parseEnergySeries(body, zone, Number.NEGATIVE_INFINITY);
    expect(parsed.points).toEqual([
      { start: Date.parse('2026-10-25T00:45:00Z') / 1000, value: 1 },
      { start: Date.parse('2026-10-25T01:00:00Z') / 1000, value: null },
      { start: Date.parse('2026-10-25T01:15:00Z') / 1000, value: 1_500 },
    ]);
    expect(parsed.dropped).toBe(2);
  });

  it('refuses an energy answer whose unit it does not know', () => {
    const body = { unit: 'BTU', values: [{ timestamp: '2026-10-20 12:00:00', value: 1 }] };
    expect(() => parseEnergySeries(body, zone, 0)).toThrow();
    expect(() =>
      parseEnergySeries(
        { unit: null, values: [{ timestamp: '2026-10-20 12:00:00', value: 1 }] },
        zone,
        0,
      ),
    ).toThrow(UnreadableSolarEdgeAnswerError);
  });

  it('refuses a power answer whose unit it does not know', () => {
    const body = { unit: 'hp', values: [{ timestamp: '2026-10-20 12:00:00', value: 1 }] };
    expect(() => parsePowerSeries(body, zone, 0)).toThrow(UnreadableSolarEdgeAnswerError);
  });

  it('reads power in W and the offset form of the other source', () => {
    const body = { unit: 'W', values: [{ timestamp: '2026-08-24T12:00:00+02:00', value: 512.5 }] };
    expect(parsePowerSeries(body, zone, 0).points).toEqual([
      { start: Date.parse('2026-08-24T10:00:00Z') / 1000, value: 512.5 },
    ]);
  });
});

describe('parseOverview, parseDevices, parseAlerts', () => {
  it('reads the overview in Wh and W, with V1’s wrapper too', () => {
    const body = {
      energy: { value: 168.926, unit: 'KWH' },
      power: { value: 68_340.5, unit: 'W' },
      lastUpdateTime: '2026-10-26 12:45:00',
    };
    const expected = {
      energyWh: 168_926,
      powerW: 68_340.5,
      lastUpdateAt: Date.parse('2026-10-26T11:45:00Z') / 1000,
    };
    expect(parseOverview(body, 'Europe/Berlin')).toEqual(expected);
    expect(parseOverview({ overview: body }, 'Europe/Berlin')).toEqual(expected);
    expect(parseOverview({ energy: null, power: null }, 'Europe/Berlin')).toEqual({
      energyWh: null,
      powerW: null,
      lastUpdateAt: null,
    });
  });

  it('maps device types and statuses; an unknown status warns, never claims normal', () => {
    const devices = parseDevices(
      {
        devices: [
          {
            serialNumber: '7E-1',
            type: 'INVERTER',
            model: 'SE82.8K',
            status: 'ACTIVE',
            lastUpdateTime: '2026-10-26 12:45:00',
          },
          {
            serialNumber: '7E-2',
            type: 'INVERTER',
            model: 'SE82.8K',
            status: 'FAULT',
            lastUpdateTime: null,
          },
          { serialNumber: '7E-3', type: 'GATEWAY', name: 'Gateway', status: 'DISCONNECTED' },
          { serialNumber: '7E-4', type: 'BATTERY', model: 'Home Battery', status: 'SLEEPING' },
          'not a device',
        ],
      },
      'Europe/Berlin',
    );
    expect(devices.map((device) => [device.kind, device.status])).toEqual([
      ['inverter', 'normal'],
      ['inverter', 'fault'],
      ['gateway', 'offline'],
      ['battery', 'warning'],
    ]);
    expect(devices[0]!.lastReportAt).toBe(Date.parse('2026-10-26T11:45:00Z') / 1000);
    expect(devices[2]!.model).toBe('Gateway');
  });

  it('keeps open alerts only, with their opening time in UTC', () => {
    const alerts = parseAlerts(
      {
        alerts: [
          {
            alertId: 1,
            siteId: 3101001,
            type: 'ISOLATION_FAULT',
            severity: 'HIGH',
            status: 'OPEN',
            openedTime: '2026-10-24 16:13:20',
          },
          { alertId: 2, siteId: 3101001, type: 'ISOLATION_FAULT', status: 'CLOSED' },
          {
            alertId: 3,
            siteId: 3101004,
            type: 'NO_COMMUNICATION',
            openedTime: '2026-10-24 16:00:00',
          },
        ],
      },
      (siteId) => (siteId === '3101004' ? 'America/Phoenix' : 'Europe/Berlin'),
    );
    expect(alerts.map((alert) => [alert.id, alert.openedAt])).toEqual([
      ['1', Date.parse('2026-10-24T14:13:20Z') / 1000],
      ['3', Date.parse('2026-10-24T23:00:00Z') / 1000],
    ]);
  });
});

describe('the dialect', () => {
  it('names the span and paging parameters in one place', () => {
    expect(spanQuery(defaultDialect, 'a', 'b', 'DAY')).toEqual({
      startTime: 'a',
      endTime: 'b',
      resolution: 'DAY',
    });
    expect(spanQuery(fromToDialect, 'a', 'b', null)).toEqual({ from: 'a', to: 'b' });
    expect(sitesPageQuery(defaultDialect, 1, 5_000)).toEqual({
      page: '2',
      'sites-in-page': '1000',
    });
  });
});
