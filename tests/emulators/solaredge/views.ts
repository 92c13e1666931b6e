/**
 * The JSON shapes of the site resources (details, list item, devices, alerts), built from the
 * fleet at the clock's instant. Times are the site's wall clock (see wall-clock.ts).
 */
import type { Dialect, SolarEdgeContext } from './context';
import type { SiteFleet } from './fleet';
import { inGap, QUARTER_SECONDS, type SiteModel } from './production';
import { formatWall } from './wall-clock';

/** `/sites/{id}` (and each item of `/sites`). */
export function siteView(
  fleet: SiteFleet,
  model: SiteModel,
  dialect: Dialect,
): Record<string, unknown> {
  const spec = model.spec;
  return {
    id: spec.siteId,
    name: spec.name,
    status: 'Active',
    peakPower: spec.peakPowerW / 1000,
    installationDate: spec.installationDate,
    lastUpdateTime: lastUpdate(fleet, model, dialect),
    currency: spec.location.country === 'United States' ? 'USD' : 'EUR',
    location: { ...spec.location, timezone: spec.timezone },
  };
}

/** The end of the newest quarter with data, in the site's wall clock. */
export function lastUpdate(fleet: SiteFleet, model: SiteModel, dialect: Dialect): string {
  let end = fleet.dataEnd();
  // Quarters lost in a communication gap never arrived: the last update is before the gap.
  while (inGap(model, end - QUARTER_SECONDS) && end > model.installedAt) end -= QUARTER_SECONDS;
  return formatWall(end, model.spec.timezone, dialect.timestamps);
}

function serial(model: SiteModel, index: number): string {
  return `7E${(model.spec.siteId * 16 + index).toString(16).toUpperCase().padStart(8, '0')}-${index + 1}`;
}

/** `/sites/{id}/devices`: the inverters, the production meter and the gateway. */
export function devicesView(
  fleet: SiteFleet,
  model: SiteModel,
  dialect: Dialect,
): Record<string, unknown> {
  const spec = model.spec;
  const zone = spec.timezone;
  const updated = lastUpdate(fleet, model, dialect);
  const faultAt = fleet.faultSince(model);
  const inverters = Array.from({ length: spec.inverters.count }, (_, index) => {
    const faulted = faultAt !== null && spec.inverterFault?.index === index;
    return {
      serialNumber: serial(model, index),
      name: `Inverter ${index + 1}`,
      type: 'INVERTER',
      manufacturer: 'SolarEdge',
      model: spec.inverters.model,
      status: faulted ? 'FAULT' : 'ACTIVE',
      firmware: '4.21.27',
      lastUpdateTime: faulted ? formatWall(faultAt, zone, dialect.timestamps) : updated,
    };
  });
  return {
    siteId: spec.siteId,
    devices: [
      ...inverters,
      {
        serialNumber: serial(model, 90),
        name: 'Production meter',
        type: 'METER',
        manufacturer: 'SolarEdge',
        model: 'SE-WND-3Y400-MB-K2',
        status: 'ACTIVE',
        firmware: null,
        lastUpdateTime: updated,
      },
      {
        serialNumber: serial(model, 91),
        name: 'Communication gateway',
        type: 'GATEWAY',
        manufacturer: 'SolarEdge',
        model: 'SE1000-CCG-G',
        status: inGap(model, fleet.dataEnd() - QUARTER_SECONDS) ? 'DISCONNECTED' : 'ACTIVE',
        firmware: '2.13.1',
        lastUpdateTime: updated,
      },
    ],
  };
}

/** The open alerts of one site: an inverter fault, a gateway that stopped reporting. */
export function siteAlerts(
  fleet: SiteFleet,
  model: SiteModel,
  dialect: Dialect,
): Record<string, unknown>[] {
  const spec = model.spec;
  const zone = spec.timezone;
  const alerts: Record<string, unknown>[] = [];
  const faultAt = fleet.faultSince(model);
  if (faultAt !== null && spec.inverterFault) {
    alerts.push({
      alertId: spec.siteId * 100 + 1,
      siteId: spec.siteId,
      type: 'ISOLATION_FAULT',
      severity: 'HIGH',
      status: 'OPEN',
      openedTime: formatWall(faultAt, zone, dialect.timestamps),
      serialNumber: serial(model, spec.inverterFault.index),
      description: 'Inverter stopped producing: isolation fault.',
    });
  }
  if (inGap(model, fleet.dataEnd() - QUARTER_SECONDS)) {
    alerts.push({
      alertId: spec.siteId * 100 + 2,
      siteId: spec.siteId,
      type: 'NO_COMMUNICATION',
      severity: 'MEDIUM',
      status: 'OPEN',
      openedTime: lastUpdate(fleet, model, dialect),
      serialNumber: serial(model, 91),
      description: 'The site stopped sending data.',
    });
  }
  return alerts;
}

/** The alerts an admin opened on this site and has not closed yet. */
export function openedAlerts(
  context: SolarEdgeContext,
  model: SiteModel,
): Record<string, unknown>[] {
  const zone = model.spec.timezone;
  return [...context.openedAlerts.values()]
    .filter((alert) => alert.siteId === model.spec.siteId)
    .map(({ openedAt, ...alert }) => ({
      ...alert,
      status: 'OPEN',
      openedTime: formatWall(openedAt, zone, context.dialect.timestamps),
    }));
}
