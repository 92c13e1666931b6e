/**
 * Enphase's system and device statuses (dozens, partly undocumented) mapped onto the five the
 * UI knows. Whatever Enphase invents next becomes a warning that names the raw value, never a
 * crash and never a silent "normal".
 */
import type { SiteStatus } from '../../../shared/domain';
import type { Message } from '../../i18n/words';

/**
 * What the UI shows for a status: the mapped status and a sentence (null when all is well),
 * as a message the services put into the user's language.
 */
export interface MappedStatus {
  status: SiteStatus;
  detail: Message | null;
}

const says = (status: SiteStatus, key: Message['key']): MappedStatus => ({
  status,
  detail: { key },
});

const known: Record<string, MappedStatus> = {
  normal: { status: 'normal', detail: null },
  comm: says('offline', 'status.enphase.comm'),
  no_data: says('offline', 'status.enphase.noData'),
  power: says('fault', 'status.enphase.power'),
  error: says('fault', 'status.enphase.error'),
  micro: says('warning', 'status.enphase.micro'),
  meter: says('warning', 'status.enphase.meter'),
  meter_issue: says('warning', 'status.enphase.meter'),
  battery: says('warning', 'status.enphase.battery'),
  storage_idle: says('warning', 'status.enphase.storageIdle'),
  warning: says('warning', 'status.enphase.warning'),
  deactivated: says('offline', 'status.enphase.deactivated'),
  retired: says('offline', 'status.enphase.retired'),
  disabled: says('offline', 'status.enphase.disabled'),
  not_monitored: says('offline', 'status.enphase.notMonitored'),
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
  return {
    status: 'warning',
    detail: { key: 'status.enphase.unknown', params: { status: printable(raw.trim()) } },
  };
}

/** Maps a device status (the same vocabulary; unknown values warn). */
export function mapDeviceStatus(raw: string | null): SiteStatus {
  return mapSystemStatus(raw).status;
}
