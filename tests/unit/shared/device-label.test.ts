import { describe, expect, it } from 'vitest';
import { deviceLabel, isInverterKind, labelDevices } from '../../../shared/device-label';
import type { Device } from '../../../shared/domain';

const device = (kind: string, serial: string): Device => ({
  kind,
  serial,
  model: 'M',
  status: 'normal',
  lastReportAt: null,
});

describe('deviceLabel', () => {
  it.each([
    ['inverter', 3, 'Inverter 3'],
    ['microinverter', 12, 'Inverter 12'],
    ['micro', 1, 'Inverter 1'],
    ['Micro', 2, 'Inverter 2'],
    ['meter', 1, 'Meter 1'],
    ['gateway', 1, 'Gateway 1'],
    ['encharge', 2, 'Encharge 2'],
    ['power_station', 1, 'Power station 1'],
    ['', 4, 'Device 4'],
    ['Battery', 1, 'Battery 1'],
  ])('%s #%i reads "%s"', (kind, position, label) => {
    expect(deviceLabel(kind, position)).toBe(label);
  });

  it('knows which kinds are inverters', () => {
    expect(['inverter', 'microinverter', 'micro'].every(isInverterKind)).toBe(true);
    expect(['meter', 'gateway', 'battery'].some(isInverterKind)).toBe(false);
  });
});

describe('labelDevices', () => {
  it('numbers each noun in the provider order, micros and string inverters together', () => {
    const labelled = labelDevices([
      device('micro', 'a'),
      device('meter', 'b'),
      device('micro', 'c'),
      device('inverter', 'd'),
      device('gateway', 'e'),
      device('meter', 'f'),
    ]);
    expect(labelled.map((d) => [d.serial, d.label])).toEqual([
      ['a', 'Inverter 1'],
      ['b', 'Meter 1'],
      ['c', 'Inverter 2'],
      ['d', 'Inverter 3'],
      ['e', 'Gateway 1'],
      ['f', 'Meter 2'],
    ]);
  });

  it('names through the namer it is given, counting per noun as in English', () => {
    const names: [string, number][] = [];
    const labelled = labelDevices(
      [device('micro', 'a'), device('encharge', 'b'), device('inverter', 'c')],
      (noun, position) => {
        names.push([noun, position]);
        return `${noun}#${position}`;
      },
    );
    expect(names).toEqual([
      ['inverter', 1],
      ['Encharge', 1],
      ['inverter', 2],
    ]);
    expect(labelled.map((d) => d.label)).toEqual(['inverter#1', 'Encharge#1', 'inverter#2']);
  });

  it('keeps every other field as the provider gave it', () => {
    const input = { ...device('micro', 'x'), powerW: 212, energyTodayWh: null };
    expect(labelDevices([input])[0]).toEqual({ ...input, label: 'Inverter 1' });
  });
});
