/**
 * The site page's devices grouped by model ("IQ8A microinverters: 52 of 54 reporting"), so a
 * 54-inverter roof is a few lines instead of a 4,000 px table, while every device that is not
 * reporting or not normal stays in sight. Pure: the page passes the list and how reporting is
 * judged (shared/domain.ts DeviceReporting).
 */
import { isInverterKind } from '../../../shared/device-label';
import type { DeviceReporting, DeviceView } from '../../../shared/domain';
import { formatAgo } from '../i18n/relative';
import { t, type MessageKey } from '../i18n/t';
import { STATUS_SEVERITY } from './status';

/** Devices of one kind and model, with what the group summary says about them. */
export interface DeviceGroup {
  key: string;
  kind: string;
  model: string;
  /** Every device of the group, those needing attention first, then in the provider's order. */
  devices: DeviceView[];
  /** The devices that stay visible while the group is collapsed. */
  attention: DeviceView[];
  reporting: number;
  /** Sum of the group's last reported output (W); null unless every device has a figure. */
  powerW: number | null;
  /** Sum of today's energy (Wh); null unless every device has a figure. */
  energyTodayWh: number | null;
}

/**
 * Whether a device counts as reporting: a report within the provider's window before the list
 * was read; without a window, whatever the provider's status says (anything but offline).
 */
export function isReporting(device: DeviceView, reporting: DeviceReporting | null): boolean {
  if (reporting === null || reporting.windowSeconds === null) {
    return device.status !== 'offline' && device.status !== 'needs_reauth';
  }
  return (
    device.lastReportAt !== null &&
    device.lastReportAt >= reporting.listedAt - reporting.windowSeconds
  );
}

/** A device a facility manager should see without expanding anything. */
export function deviceNeedsAttention(
  device: DeviceView,
  reporting: DeviceReporting | null,
): boolean {
  return device.status !== 'normal' || !isReporting(device, reporting);
}

/** The sum of a figure over devices, or null when any device lacks it (no invented zeros). */
function sumOf(devices: readonly DeviceView[], pick: (d: DeviceView) => number | null | undefined) {
  let total = 0;
  for (const device of devices) {
    const value = pick(device);
    if (value === null || value === undefined) return null;
    total += value;
  }
  return total;
}

/** Groups by (kind, model): inverters first, then in the order the provider listed them. */
export function groupDevices(
  devices: readonly DeviceView[],
  reporting: DeviceReporting | null,
): DeviceGroup[] {
  const byKey = new Map<string, DeviceView[]>();
  for (const device of devices) {
    const key = `${device.kind}|${device.model}`;
    const list = byKey.get(key);
    if (list) list.push(device);
    else byKey.set(key, [device]);
  }
  const groups = [...byKey.entries()].map(([key, members]): DeviceGroup => {
    const attention = members
      .filter((d) => deviceNeedsAttention(d, reporting))
      .sort((a, b) => STATUS_SEVERITY[b.status] - STATUS_SEVERITY[a.status]);
    const rest = members.filter((d) => !attention.includes(d));
    return {
      key,
      kind: members[0]!.kind,
      model: members[0]!.model,
      devices: [...attention, ...rest],
      attention,
      reporting: members.filter((d) => isReporting(d, reporting)).length,
      powerW: sumOf(members, (d) => d.powerW),
      energyTodayWh: sumOf(members, (d) => d.energyTodayWh),
    };
  });
  // A stable sort keeps the provider's order among inverters and among the rest.
  return groups.sort((a, b) => Number(isInverterKind(b.kind)) - Number(isInverterKind(a.kind)));
}

/** The catalogue key naming each kind the providers use; anything else is a "device". */
const kindKeys: Record<string, MessageKey> = {
  inverter: 'devices.kind.inverter',
  micro: 'devices.kind.micro',
  microinverter: 'devices.kind.micro',
  meter: 'devices.kind.meter',
  gateway: 'devices.kind.gateway',
};

/** The kind as a heading says it, singular or plural: "microinverters", "meter". */
export function kindName(kind: string, count: number): string {
  const key = Object.hasOwn(kindKeys, kind.toLowerCase())
    ? kindKeys[kind.toLowerCase()]!
    : 'devices.kind.device';
  return t(key, { count });
}

/** The group's heading: "Enphase IQ8A microinverters", without repeating a kind the model names. */
export function groupTitle(group: DeviceGroup): string {
  const model = group.model.trim();
  if (model === '') {
    return t('devices.groupTitle', {
      model: t('devices.unknownModel'),
      kind: kindName(group.kind, group.devices.length),
    });
  }
  const singular = kindName(group.kind, 1).toLowerCase();
  if (model.toLowerCase().includes(singular) || model.toLowerCase().includes(group.kind)) {
    return model;
  }
  return t('devices.groupTitle', { model, kind: kindName(group.kind, group.devices.length) });
}

/** "52 of 54 reporting". */
export function reportingSummary(group: DeviceGroup): string {
  return t('devices.summary', { reporting: group.reporting, total: group.devices.length });
}

/** A window in words: "10 min", "45 min", "6 h 30 min". */
export function formatWindow(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('devices.windowMinutes', { minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0
    ? t('devices.windowHours', { hours })
    : t('devices.windowHoursMinutes', { hours, minutes: rest });
}

/** Whether to explain silent inverters by the night: only at night, and only if some are silent. */
export function nightExplains(groups: readonly DeviceGroup[], night: boolean): boolean {
  return night && groups.some((g) => isInverterKind(g.kind) && g.reporting < g.devices.length);
}

/** The sentence that says what "reporting" means on this page, and when the list was read. */
export function reportingRule(
  reporting: DeviceReporting | null,
  now: number,
  night: boolean,
): string | null {
  if (reporting === null) return null;
  const ago = formatAgo(reporting.listedAt, now);
  const rule =
    reporting.windowSeconds === null
      ? t('devices.ruleStatus', { ago })
      : t('devices.ruleWindow', { window: formatWindow(reporting.windowSeconds), ago });
  return night ? `${rule} ${t('devices.ruleNight')}` : rule;
}
