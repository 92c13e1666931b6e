/**
 * The one place that names devices for people. A fault text ("Inverter 3 of 4 tripped") and the
 * device list must name the same inverter the same way, so both go through `deviceLabel`:
 * providers list their devices in a stable order, and the N-th inverter in it is "Inverter N".
 */
import type { Device, DeviceView } from './domain';

/** Device kinds that convert DC to AC: numbered together as "Inverter N". */
const inverterKinds = new Set(['inverter', 'microinverter', 'micro']);

/** Whether a device kind is an inverter of any sort (string or micro). */
export function isInverterKind(kind: string): boolean {
  return inverterKinds.has(kind.toLowerCase());
}

/** The noun a kind is numbered under: "Inverter", "Meter", "Gateway", or the kind capitalised. */
function nounOf(kind: string): string {
  if (isInverterKind(kind)) return 'Inverter';
  const word = kind.trim().replace(/_/g, ' ') || 'device';
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** The name of the `position`-th (1-based) device of a kind in the provider's list: "Inverter 12". */
export function deviceLabel(kind: string, position: number): string {
  return `${nounOf(kind)} ${position}`;
}

/** Names every device of a list, counting positions per noun in the order the provider gave. */
export function labelDevices(devices: readonly Device[]): DeviceView[] {
  const counts = new Map<string, number>();
  return devices.map((device) => {
    const noun = nounOf(device.kind);
    const position = (counts.get(noun) ?? 0) + 1;
    counts.set(noun, position);
    return { ...device, label: deviceLabel(device.kind, position) };
  });
}
