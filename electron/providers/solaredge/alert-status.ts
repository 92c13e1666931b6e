/**
 * A site's status from SolarEdge's open alerts (read with a fleet key only), in the app's own
 * sentences naming the device by serial: SolarEdge's alert text is never shown. The worst alert
 * decides: a fault beats a site that stopped reporting, which beats a warning.
 */
import type { SiteStatus } from '../../../shared/domain';
import type { Message } from '../../i18n/words';
import type { SolarEdgeAlert } from './mapping';

/** What an alert type means for the site, and which predicate of the app's sentence it takes. */
interface AlertMeaning {
  status: SiteStatus;
  /** The predicate after the device's name (`status.solaredge.alert`'s `kind`). */
  says: 'isolation' | 'fault' | 'arc' | 'ground' | 'silent' | 'problem';
}

/** Alert types SolarEdge documents or the emulator serves; others go by severity. */
const meanings: Record<string, AlertMeaning> = {
  ISOLATION_FAULT: { status: 'fault', says: 'isolation' },
  INVERTER_FAULT: { status: 'fault', says: 'fault' },
  ARC_FAULT: { status: 'fault', says: 'arc' },
  GROUND_FAULT: { status: 'fault', says: 'ground' },
  NO_COMMUNICATION: { status: 'offline', says: 'silent' },
};

/** Unknown types by severity: a high one is a fault, anything else a warning. */
function meaningOf(alert: SolarEdgeAlert): AlertMeaning {
  const known = meanings[alert.type.toUpperCase()];
  if (known) return known;
  return alert.severity.toUpperCase() === 'HIGH'
    ? { status: 'fault', says: 'fault' }
    : { status: 'warning', says: 'problem' };
}

const rank: Record<string, number> = { fault: 3, offline: 2, warning: 1 };

/** The status and sentence the site's open alerts give; null when none is open. */
export function statusFromAlerts(
  alerts: readonly SolarEdgeAlert[],
): { status: SiteStatus; statusDetail: Message } | null {
  let worst: { alert: SolarEdgeAlert; meaning: AlertMeaning } | null = null;
  for (const alert of alerts) {
    const meaning = meaningOf(alert);
    if (worst === null || (rank[meaning.status] ?? 0) > (rank[worst.meaning.status] ?? 0)) {
      worst = { alert, meaning };
    }
  }
  if (worst === null) return null;
  const serial = worst.alert.serial ?? 'none';
  const params = { serial, kind: worst.meaning.says, count: alerts.length };
  return { status: worst.meaning.status, statusDetail: { key: 'status.solaredge.alert', params } };
}
