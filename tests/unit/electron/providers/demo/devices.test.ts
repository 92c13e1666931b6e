import { describe, expect, it } from 'vitest';
import { labelDevices } from '../../../../../shared/device-label';
import { DEFAULT_DEMO_SEED } from '../../../../../electron/providers/demo/demo-provider';
import { demoDevices } from '../../../../../electron/providers/demo/devices';
import { demoSiteSpecs } from '../../../../../electron/providers/demo/sites';

const seed = DEFAULT_DEMO_SEED;
const madrid = demoSiteSpecs.find((s) => s.fault)!;
const perth = demoSiteSpecs.find((s) => s.slug === 'perth-fremantle-library')!;
const trip = madrid.fault!.tripAt;

describe('demoDevices', () => {
  it('flags only the tripped inverter, which last reported when it tripped', () => {
    const devices = demoDevices(madrid, trip + 3 * 86_400 + 100, seed);
    const faulted = devices.filter((d) => d.status === 'fault');
    expect(faulted).toHaveLength(1);
    expect(faulted[0]).toMatchObject({ kind: 'inverter', lastReportAt: trip, powerW: 0 });
    expect(devices.indexOf(faulted[0]!)).toBe(madrid.fault!.inverterIndex);
  });

  it('shows every device healthy and reporting before the trip and after the reset', () => {
    for (const at of [trip - 600, trip + 29 * 86_400 + 600]) {
      const devices = demoDevices(madrid, at, seed);
      expect(devices.every((d) => d.status === 'normal')).toBe(true);
      expect(devices.every((d) => d.lastReportAt === Math.floor(at / 300) * 300)).toBe(true);
    }
  });

  it('gives stable, unique 12-digit serials', () => {
    for (const spec of demoSiteSpecs) {
      const first = demoDevices(spec, 1_751_000_000, seed).map((d) => d.serial);
      expect(demoDevices(spec, 1_752_000_000, seed).map((d) => d.serial)).toEqual(first);
      expect(new Set(first).size).toBe(first.length);
      for (const serial of first) expect(serial).toMatch(/^\d{12}$/);
    }
  });

  it('lists the extension model after the first build: 36 IQ8A then 18 IQ8PLUS at Perth', () => {
    const micros = demoDevices(perth, 1_751_000_000, seed).filter(
      (d) => d.kind === 'microinverter',
    );
    expect(micros.map((d) => d.model)).toEqual([
      ...Array<string>(36).fill('Enphase IQ8A'),
      ...Array<string>(18).fill('Enphase IQ8PLUS'),
    ]);
  });

  // Noon in Madrid on the trip day, the day after, and a healthy day; noon in Perth.
  const cases = [
    ['Madrid, trip day', madrid, trip + 3600],
    ['Madrid, days after the trip', madrid, trip + 2 * 86_400],
    ['Madrid, healthy', madrid, trip - 5 * 86_400],
    ['Perth, two models', perth, 1_750_910_400],
  ] as const;
  it.each(cases)('%s: the inverters add up to the meter, power and energy today', (_, site, at) => {
    const devices = demoDevices(site, at, seed);
    const meter = devices.find((d) => d.kind === 'meter')!;
    const inverters = devices.filter((d) => d.kind !== 'meter' && d.kind !== 'gateway');
    const sum = (pick: (d: (typeof devices)[number]) => number | null | undefined) =>
      inverters.reduce((total, d) => total + (pick(d) ?? Number.NaN), 0);
    expect(meter.powerW).toBeGreaterThan(0);
    expect(sum((d) => d.powerW)).toBeCloseTo(meter.powerW!, 6);
    expect(sum((d) => d.energyTodayWh)).toBeCloseTo(meter.energyTodayWh!, 6);
  });

  it('the tripped inverter keeps what it made before a trip today, and nothing after', () => {
    const sameDay = demoDevices(madrid, trip + 3600, seed)[madrid.fault!.inverterIndex]!;
    const later = demoDevices(madrid, trip + 3 * 3600, seed)[madrid.fault!.inverterIndex]!;
    expect(sameDay.energyTodayWh).toBeGreaterThan(0);
    expect(later.energyTodayWh).toBe(sameDay.energyTodayWh);
    expect(
      demoDevices(madrid, trip + 86_400, seed)[madrid.fault!.inverterIndex]!.energyTodayWh,
    ).toBe(0);
  });

  it('gives the gateway no output figures at all (a portal shows none)', () => {
    const gateway = demoDevices(madrid, trip, seed).find((d) => d.kind === 'gateway')!;
    expect(gateway.powerW).toBeUndefined();
    expect(gateway.energyTodayWh).toBeUndefined();
  });

  it('names the tripped inverter in the list exactly as the fault sentence does', () => {
    const labelled = labelDevices(demoDevices(madrid, trip + 3 * 86_400, seed));
    const faulted = labelled.find((d) => d.status === 'fault')!;
    expect(faulted.label).toBe(`Inverter ${madrid.fault!.inverterIndex + 1}`);
  });
});
