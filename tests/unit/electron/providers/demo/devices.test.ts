import { describe, expect, it } from 'vitest';
import { demoDevices } from '../../../../../electron/providers/demo/devices';
import { demoSiteSpecs } from '../../../../../electron/providers/demo/sites';

const madrid = demoSiteSpecs.find((s) => s.fault)!;
const trip = madrid.fault!.tripAt;

describe('demoDevices', () => {
  it('flags only the tripped inverter, which last reported when it tripped', () => {
    const devices = demoDevices(madrid, trip + 3 * 86_400 + 100);
    const faulted = devices.filter((d) => d.status === 'fault');
    expect(faulted).toHaveLength(1);
    expect(faulted[0]).toMatchObject({ kind: 'inverter', lastReportAt: trip });
    expect(devices.indexOf(faulted[0]!)).toBe(madrid.fault!.inverterIndex);
  });

  it('shows every device healthy and reporting before the trip and after the reset', () => {
    for (const at of [trip - 600, trip + 29 * 86_400 + 600]) {
      const devices = demoDevices(madrid, at);
      expect(devices.every((d) => d.status === 'normal')).toBe(true);
      expect(devices.every((d) => d.lastReportAt === Math.floor(at / 300) * 300)).toBe(true);
    }
  });

  it('gives stable, unique 12-digit serials', () => {
    for (const spec of demoSiteSpecs) {
      const first = demoDevices(spec, 1_751_000_000).map((d) => d.serial);
      expect(demoDevices(spec, 1_752_000_000).map((d) => d.serial)).toEqual(first);
      expect(new Set(first).size).toBe(first.length);
      for (const serial of first) expect(serial).toMatch(/^\d{12}$/);
    }
  });
});
