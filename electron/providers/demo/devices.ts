/**
 * The device list of a demo site, shaped like a real monitoring portal's: the inverters in a
 * fixed order (one flagged when the site's inverter tripped; a roof extension may add a second
 * model), a production meter and a gateway, each with its output where a portal would show one.
 */
import type { Device } from '../../../shared/domain';
import { demoInverterOutputs, demoSiteOutput } from './device-output';
import { DEMO_INTERVAL_SECONDS, demoTripAt } from './model';
import { hash32, stringHash } from './noise';
import type { DemoSiteSpec } from './sites';

/** A 12-digit serial, stable per (site, device), like the ones printed on real hardware. */
function serialOf(slug: string, kind: string, index: number): string {
  const high = hash32(stringHash(slug), stringHash(kind), index) % 1_000_000;
  const low = hash32(stringHash(kind), stringHash(slug), index + 7919) % 1_000_000;
  return `${String(high).padStart(6, '0')}${String(low).padStart(6, '0')}`;
}

/** The model of the site's `index`-th inverter: the extension's are the last ones. */
export function demoInverterModel(site: DemoSiteSpec, index: number): string {
  const { count, model, extension } = site.inverters;
  return extension && index >= count - extension.count ? extension.model : model;
}

/** Devices of a demo site at instant `now`: everything reports every 5 minutes except a tripped inverter. */
export function demoDevices(site: DemoSiteSpec, now: number, seed: number): Device[] {
  const lastReportAt = Math.floor(now / DEMO_INTERVAL_SECONDS) * DEMO_INTERVAL_SECONDS;
  const trippedAt = demoTripAt(site, now);
  const micro = site.inverters.kind === 'micro';
  const outputs = demoInverterOutputs(site, now, seed);
  const devices: Device[] = outputs.map((output, i) => {
    const faulted = trippedAt !== null && site.fault?.inverterIndex === i;
    return {
      kind: micro ? 'microinverter' : 'inverter',
      serial: serialOf(site.slug, 'inverter', i),
      model: demoInverterModel(site, i),
      status: faulted ? 'fault' : 'normal',
      lastReportAt: faulted ? trippedAt : lastReportAt,
      ...output,
    };
  });
  devices.push({
    kind: 'meter',
    serial: serialOf(site.slug, 'meter', 0),
    model: micro ? 'Enphase CT-200 production meter' : 'Revenue-grade production meter (MID)',
    status: 'normal',
    lastReportAt,
    ...demoSiteOutput(site, now, seed),
  });
  devices.push({
    kind: 'gateway',
    serial: serialOf(site.slug, 'gateway', 0),
    model: micro ? 'Enphase IQ Gateway' : 'Solar-Log Base 100 gateway',
    status: 'normal',
    lastReportAt,
  });
  return devices;
}
