/**
 * A site's status from SolarEdge's open alerts (read with a fleet key only), in the app's own
 * sentences naming the device by serial: SolarEdge's alert text is never shown. The worst alert
 * decides: a fault beats a site that stopped reporting, which beats a warning.
 */
import type { SiteStatus } from '../../../shared/domain';
import type { SolarEdgeAlert } from './mapping';

/** What an alert type means for the site, and the app's words for it. */
interface AlertMeaning {
  status: SiteStatus;
  /** The predicate after the device's name: "reports an isolation fault". */
  says: string;
}

/** Alert types SolarEdge documents or the emulator serves; others go by severity. */
const meanings: Record<string, AlertMeaning> = {
  ISOLATION_FAULT: { status: 'fault', says: 'reports an isolation fault' },
  INVERTER_FAULT: { status: 'fault', says: 'reports a fault' },
  ARC_FAULT: { status: 'fault', says: 'reports an arc fault' },
  GROUND_FAULT: { status: 'fault', says: 'reports a ground fault' },
  NO_COMMUNICATION: { status: 'offline', says: 'stopped sending data' },
};

/** Unknown types by severity: a high one is a fault, anything else a warning. */
function meaningOf(alert: SolarEdgeAlert): AlertMeaning {
  const known = meanings[alert.type.toUpperCase()];
  if (known) return known;
  return alert.severity.toUpperCase() === 'HIGH'
    ? { status: 'fault', says: 'reports a fault' }
    : { status: 'warning', says: 'reports a problem' };
}

const rank: Record<string, number> = { fault: 3, offline: 2, warning: 1 };

/** The status and sentence the site's open alerts give; null when none is open. */
export function statusFromAlerts(
  alerts: readonly SolarEdgeAlert[],
): { status: SiteStatus; statusDetail: string } | null {
  let worst: { alert: SolarEdgeAlert; meaning: AlertMeaning } | null = null;
  for (const alert of alerts) {
    const meaning = meaningOf(alert);
    if (worst === null || (rank[meaning.status] ?? 0) > (rank[worst.meaning.status] ?? 0)) {
      worst = { alert, meaning };
    }
  }
  if (worst === null) return null;
  const device =
    worst.alert.serial === null ? 'A device' : `The device with serial ${worst.alert.serial}`;
  const more = alerts.length > 1 ? ` (${alerts.length} open SolarEdge alerts)` : '';
  return { status: worst.meaning.status, statusDetail: `${device} ${worst.meaning.says}${more}.` };
}
