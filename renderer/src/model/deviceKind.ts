/** A device kind as people call it: the catalogue's word for the kinds it knows, the provider's otherwise. */
import { t, type MessageKey } from '../i18n/t';

const KINDS: Record<string, MessageKey> = {
  inverter: 'device.inverter',
  microinverter: 'device.microinverter',
  meter: 'device.meter',
  gateway: 'device.gateway',
};

/** "Wechselrichter" for `inverter` in German; an unknown kind as the provider names it. */
export function deviceKindLabel(kind: string): string {
  const key = KINDS[kind.toLowerCase()];
  return key ? t(key) : kind;
}
