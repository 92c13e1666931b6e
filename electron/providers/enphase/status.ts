/**
 * Enphase's system and device statuses (dozens, partly undocumented) mapped onto the five the
 * UI knows. Whatever Enphase invents next becomes a warning that names the raw value, never a
 * crash and never a silent "normal".
 */
import type { SiteStatus } from '../../../shared/domain';

/** What the UI shows for a status: the mapped status and a sentence (null when all is well). */
export interface MappedStatus {
  status: SiteStatus;
  detail: string | null;
}

const known: Record<string, MappedStatus> = {
  normal: { status: 'normal', detail: null },
  comm: { status: 'offline', detail: 'The gateway is not reporting to Enphase.' },
  no_data: { status: 'offline', detail: 'Enphase has no recent data for this system.' },
  power: { status: 'fault', detail: 'Enphase reports a production problem.' },
  error: { status: 'fault', detail: 'Enphase reports an error on this system.' },
  micro: { status: 'warning', detail: 'Some microinverters are not reporting.' },
  meter: { status: 'warning', detail: 'Enphase reports a meter problem.' },
  meter_issue: { status: 'warning', detail: 'Enphase reports a meter problem.' },
  battery: { status: 'warning', detail: 'Enphase reports a battery problem.' },
  storage_idle: { status: 'warning', detail: 'The battery is idle.' },
  warning: { status: 'warning', detail: 'Enphase reports a warning on this system.' },
  deactivated: { status: 'offline', detail: 'The system is deactivated in Enphase.' },
  retired: { status: 'offline', detail: 'The system is retired in Enphase.' },
  disabled: { status: 'offline', detail: 'Monitoring is disabled for this system.' },
  not_monitored: { status: 'offline', detail: 'Enphase does not monitor this system.' },
};

/** Keeps a raw status printable and short before it is shown. */
function printable(raw: string): string {
  return raw.replace(/[^\w .:/-]/g, '').slice(0, 40);
}

/** Maps a system status; null or empty means Enphase did not say, which is not an alarm. */
export function mapSystemStatus(raw: string | null): MappedStatus {
  if (raw === null || raw.trim() === '') return { status: 'normal', detail: null };
  const key = raw.trim().toLowerCase();
  const mapped = Object.hasOwn(known, key) ? known[key] : undefined;
  if (mapped) return mapped;
  return { status: 'warning', detail: `Enphase status “${printable(raw.trim())}”.` };
}

/** Maps a device status (the same vocabulary; unknown values warn). */
export function mapDeviceStatus(raw: string | null): SiteStatus {
  return mapSystemStatus(raw).status;
}
