import { describe, expect, it } from 'vitest';
import {
  parseInverterOutputs,
  wattsOf,
} from '../../../../../electron/providers/enphase/device-output';

const micro = (serial: unknown, power: unknown) => ({
  serial_number: serial,
  model: 'IQ8M',
  power_produced: power,
  energy: { value: 912_345, units: 'Wh', precision: 0 },
  last_report_date: '2025-06-18T18:55:00Z',
});

describe('wattsOf', () => {
  it.each([
    [{ value: 212, units: 'W' }, 212],
    [{ value: 0.25, units: 'kW' }, 250],
    [{ value: 212, units: ' w ' }, 212],
    [{ value: 212, units: null }, 212],
    [{ value: 212, units: 'VA' }, null],
    [{ value: null, units: 'W' }, null],
    [null, null],
    [undefined, null],
  ])('%j → %s', (quantity, watts) => {
    expect(wattsOf(quantity)).toBe(watts);
  });
});

describe('parseInverterOutputs', () => {
  it.each([
    [
      'one gateway, two micros',
      [
        {
          signal_strength: 5,
          micro_inverters: [
            micro('1', { value: 200, units: 'W' }),
            micro('2', { value: 0, units: 'W' }),
          ],
        },
      ],
      { '1': 200, '2': 0 },
    ],
    [
      'two gateways',
      [
        { micro_inverters: [micro('1', { value: 200, units: 'W' })] },
        { micro_inverters: [micro('2', { value: '190', units: 'W' })] },
      ],
      { '1': 200, '2': 190 },
    ],
    [
      'a single object instead of a list',
      { micro_inverters: [micro('1', { value: 5, units: 'W' })] },
      { '1': 5 },
    ],
    [
      'micros without a serial, a figure, or with -1 are left out',
      [
        {
          micro_inverters: [
            micro(null, { value: 200, units: 'W' }),
            micro('2', null),
            micro('3', { value: -1, units: 'W' }),
            micro('4', 'lots'),
            'not a micro',
            micro('5', { value: 7, units: 'W' }),
          ],
        },
      ],
      { '5': 7 },
    ],
    ['no micro_inverters', [{ signal_strength: 1 }], {}],
    ['an empty list', [], {}],
    ['not JSON we know', 'Service Unavailable', {}],
    ['null', null, {}],
  ])('%s', (_, body, expected) => {
    const outputs = parseInverterOutputs(body);
    expect(Object.fromEntries([...outputs].map(([serial, o]) => [serial, o.powerW]))).toEqual(
      expected,
    );
    // Lifetime energy is not today's: never passed off as it.
    for (const output of outputs.values()) expect(output.energyTodayWh).toBeNull();
  });
});
