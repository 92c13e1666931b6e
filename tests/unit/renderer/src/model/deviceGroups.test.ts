import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceReporting, DeviceView, SiteStatus } from '../../../../../shared/domain';
import {
  deviceNeedsAttention,
  formatWindow,
  groupDevices,
  groupTitle,
  isReporting,
  kindName,
  nightExplains,
  reportingRule,
  reportingSummary,
} from '../../../../../renderer/src/model/deviceGroups';
import { setLocale } from '../../../../../renderer/src/i18n/t';

const listedAt = 1_750_000_000;
const window45: DeviceReporting = { listedAt, windowSeconds: 45 * 60 };
const noWindow: DeviceReporting = { listedAt, windowSeconds: null };

function dev(label: string, over: Partial<DeviceView> & { status?: SiteStatus } = {}): DeviceView {
  return {
    kind: 'micro',
    model: 'IQ8A',
    serial: `S-${label}`,
    status: 'normal',
    lastReportAt: listedAt - 600,
    label,
    ...over,
  };
}

describe('isReporting', () => {
  it.each([
    ['reported 10 min before the list', dev('a'), window45, true],
    [
      'reported exactly at the window edge',
      dev('a', { lastReportAt: listedAt - 2700 }),
      window45,
      true,
    ],
    ['one second past the window', dev('a', { lastReportAt: listedAt - 2701 }), window45, false],
    ['never reported', dev('a', { lastReportAt: null }), window45, false],
    [
      'reported after the list time (clock skew)',
      dev('a', { lastReportAt: listedAt + 5 }),
      window45,
      true,
    ],
    ['faulted but reporting', dev('a', { status: 'fault' }), window45, true],
    ['no window: status normal, old report', dev('a', { lastReportAt: 0 }), noWindow, true],
    ['no window: status offline', dev('a', { status: 'offline' }), noWindow, false],
    ['no window: status fault', dev('a', { status: 'fault' }), noWindow, true],
    ['no listing at all: status decides', dev('a'), null, true],
  ] as const)('%s → %s', (_, device, reporting, expected) => {
    expect(isReporting(device, reporting)).toBe(expected);
  });
});

describe('deviceNeedsAttention', () => {
  it.each([
    ['normal and reporting', dev('a'), false],
    ['normal but silent', dev('a', { lastReportAt: listedAt - 7200 }), true],
    ['warning', dev('a', { status: 'warning' }), true],
    ['fault', dev('a', { status: 'fault' }), true],
  ] as const)('%s → %s', (_, device, expected) => {
    expect(deviceNeedsAttention(device, window45)).toBe(expected);
  });
});

describe('groupDevices', () => {
  const silent = { lastReportAt: listedAt - 3 * 3600 };
  const fleet: DeviceView[] = [
    dev('Meter 1', { kind: 'meter', model: 'CT-200' }),
    ...Array.from({ length: 36 }, (_, i) =>
      dev(`Inverter ${i + 1}`, i === 11 ? silent : i === 20 ? { status: 'fault' } : {}),
    ),
    ...Array.from({ length: 18 }, (_, i) =>
      dev(`Inverter ${i + 37}`, { model: 'IQ8PLUS', ...(i === 4 ? silent : {}) }),
    ),
    dev('Gateway 1', { kind: 'gateway', model: 'IQ Gateway' }),
  ];
  const groups = groupDevices(fleet, window45);

  it('makes one group per kind and model, inverters first, then the provider order', () => {
    expect(groups.map((g) => `${g.kind}|${g.model}|${g.devices.length}`)).toEqual([
      'micro|IQ8A|36',
      'micro|IQ8PLUS|18',
      'meter|CT-200|1',
      'gateway|IQ Gateway|1',
    ]);
  });

  it('counts reporting devices honestly: a fault that reports counts, a silent one does not', () => {
    expect(groups.map(reportingSummary)).toEqual([
      '35 of 36 reporting',
      '17 of 18 reporting',
      '1 of 1 reporting',
      '1 of 1 reporting',
    ]);
  });

  it('keeps devices needing attention visible, worst first, then the rest in order', () => {
    expect(groups[0]!.attention.map((d) => d.label)).toEqual(['Inverter 21', 'Inverter 12']);
    expect(groups[0]!.devices.slice(0, 4).map((d) => d.label)).toEqual([
      'Inverter 21',
      'Inverter 12',
      'Inverter 1',
      'Inverter 2',
    ]);
    expect(groups[1]!.attention.map((d) => d.label)).toEqual(['Inverter 41']);
    expect(groups[2]!.attention).toEqual([]);
  });

  it.each([
    [
      'every device has figures',
      [
        dev('a', { powerW: 200, energyTodayWh: 900 }),
        dev('b', { powerW: 100, energyTodayWh: 100 }),
      ],
      300,
      1000,
    ],
    [
      'one device lacks power: no sum',
      [dev('a', { powerW: 200 }), dev('b', { powerW: null })],
      null,
      null,
    ],
    ['the provider gives no figures', [dev('a'), dev('b')], null, null],
    [
      'a tripped inverter reporting 0 W',
      [dev('a', { powerW: 0, energyTodayWh: 0 }), dev('b', { powerW: 50, energyTodayWh: 10 })],
      50,
      10,
    ],
  ] as const)('sums output: %s', (_, devices, powerW, energyTodayWh) => {
    expect(groupDevices(devices, window45)[0]).toMatchObject({ powerW, energyTodayWh });
  });

  it('lists nothing for no devices', () => {
    expect(groupDevices([], window45)).toEqual([]);
  });
});

describe('nightExplains', () => {
  const silentMicro = dev('Inverter 1', { lastReportAt: listedAt - 5 * 3600 });
  const silentMeter = dev('Meter 1', { kind: 'meter', lastReportAt: null });
  it.each([
    ['night, an inverter silent', [silentMicro, dev('Inverter 2')], true, true],
    [
      'night, every inverter reporting (the demo reports all night)',
      [dev('Inverter 1')],
      true,
      false,
    ],
    ['night, only a meter silent', [dev('Inverter 1'), silentMeter], true, false],
    ['day, an inverter silent', [silentMicro], false, false],
  ] as const)('%s → %s', (_, devices, night, expected) => {
    expect(nightExplains(groupDevices(devices, window45), night)).toBe(expected);
  });
});

describe('wording', () => {
  it.each([
    ['micro', 54, 'microinverters'],
    ['microinverter', 1, 'microinverter'],
    ['inverter', 4, 'inverters'],
    ['meter', 1, 'meter'],
    ['power_station', 2, 'devices'],
  ])('kindName(%s, %i) = %s', (kind, count, name) => {
    expect(kindName(kind, count)).toBe(name);
  });

  it.each([
    ['Enphase IQ8A', 'micro', 54, 'Enphase IQ8A microinverters'],
    ['Huawei SUN2000', 'inverter', 1, 'Huawei SUN2000 inverter'],
    ['Enphase CT-200 production meter', 'meter', 1, 'Enphase CT-200 production meter'],
    ['Solar-Log Base 100 Gateway', 'gateway', 1, 'Solar-Log Base 100 Gateway'],
    ['', 'meter', 2, 'Unknown model meters'],
  ])('groupTitle(%s, %s ×%i) = %s', (model, kind, count, title) => {
    const devices = Array.from({ length: count }, (_, i) => dev(`D${i}`, { kind, model }));
    expect(groupTitle(groupDevices(devices, window45)[0]!)).toBe(title);
  });

  it.each([
    [600, '10 min'],
    [2700, '45 min'],
    [3600, '1 h'],
    [23_400, '6 h 30 min'],
  ])('formatWindow(%i) = %s', (seconds, text) => {
    expect(formatWindow(seconds)).toBe(text);
  });

  it.each([
    [window45, false, 'Reporting: sent data within 45 min before this list was read 3 min ago.'],
    [noWindow, false, 'Reporting as the provider’s status says; this list was read 3 min ago.'],
    [
      window45,
      true,
      'Reporting: sent data within 45 min before this list was read 3 min ago. Inverters stop reporting between sunset and sunrise.',
    ],
    [null, false, null],
  ] as const)('reportingRule %#', (reporting, night, text) => {
    expect(reportingRule(reporting, listedAt + 180, night)).toBe(text);
  });
});

describe('in German', () => {
  beforeAll(() => setLocale({ language: 'de', formats: 'de-DE' }));
  afterAll(() => setLocale({ language: 'en', formats: 'en-US' }));

  it('says the summary, the title and the rule in German', () => {
    const devices = Array.from({ length: 54 }, (_, i) =>
      dev(`Inverter ${i + 1}`, i < 2 ? { lastReportAt: null } : {}),
    );
    const [group] = groupDevices(devices, window45);
    expect(reportingSummary(group!)).toBe('52 von 54 melden');
    expect(groupTitle(group!)).toBe('IQ8A – Mikrowechselrichter');
    expect(reportingRule(window45, listedAt + 180, false)).toBe(
      'Meldend: hat in den 45 min vor dem Abruf dieser Liste (vor 3 min) Daten gesendet.',
    );
    expect(formatWindow(23_400)).toBe('6 h 30 min');
  });
});
