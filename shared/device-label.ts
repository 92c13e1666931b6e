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

/** The nouns the app words itself (in each language); other kinds are named as the provider calls them. */
export const DEVICE_NOUNS = ['inverter', 'meter', 'gateway', 'battery', 'device'] as const;
export type DeviceNoun = (typeof DEVICE_NOUNS)[number];

/** The noun a kind is numbered under: one of DEVICE_NOUNS, or the provider's kind capitalised. */
function nounOf(kind: string): DeviceNoun | string {
  if (isInverterKind(kind)) return 'inverter';
  const word = kind.trim().replace(/_/g, ' ').toLowerCase() || 'device';
  if ((DEVICE_NOUNS as readonly string[]).includes(word)) return word;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Puts a noun and a position into words: main passes its catalogue, so German reads "Wechselrichter 3". */
export type DeviceNamer = (noun: DeviceNoun | string, position: number) => string;

const ENGLISH: Record<DeviceNoun, string> = {
  inverter: 'Inverter',
  meter: 'Meter',
  gateway: 'Gateway',
  battery: 'Battery',
  device: 'Device',
};

/** English names, for logs and tests: "Inverter 12", "Encharge 2". */
export const englishDeviceNames: DeviceNamer = (noun, position) =>
  `${ENGLISH[noun as DeviceNoun] ?? noun} ${position}`;

/** The name of the `position`-th (1-based) device of a kind in the provider's list: "Inverter 12". */
export function deviceLabel(
  kind: string,
  position: number,
  name: DeviceNamer = englishDeviceNames,
): string {
  return name(nounOf(kind), position);
}

/** Names every device of a list, counting positions per noun in the order the provider gave. */
export function labelDevices(
  devices: readonly Device[],
  name: DeviceNamer = englishDeviceNames,
): DeviceView[] {
  const counts = new Map<string, number>();
  return devices.map((device) => {
    const noun = nounOf(device.kind);
    const position = (counts.get(noun) ?? 0) + 1;
    counts.set(noun, position);
    return { ...device, label: name(noun, position) };
  });
}
