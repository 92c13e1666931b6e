/** German texts of the site page's devices section. */
import type { AreaOf } from '../../../../shared/catalogue-types';
import type { devices as en } from '../en/devices';

export const devices: AreaOf<typeof en> = {
  'devices.title': 'Geräte',
  'devices.listed': '{count} aufgeführt',
  'devices.none': 'Dieser Anbieter führt für die Anlage keine Geräte auf.',
  'devices.ruleWindow':
    'Meldend: hat in den {window} vor dem Abruf dieser Liste ({ago}) Daten gesendet.',
  'devices.ruleStatus': 'Meldend laut Status des Anbieters; diese Liste wurde {ago} abgerufen.',
  'devices.ruleNight': 'Wechselrichter melden zwischen Sonnenuntergang und Sonnenaufgang nicht.',
  'devices.windowMinutes': '{minutes} min',
  'devices.windowHours': '{hours} h',
  'devices.windowHoursMinutes': '{hours} h {minutes} min',
  'devices.summary': '{reporting} von {total} melden',
  'devices.today': '{energy} heute',
  'devices.groupTitle': '{model} – {kind}',
  'devices.unknownModel': 'Unbekanntes Modell',
  'devices.kind.inverter': '{count, plural, one {Wechselrichter} other {Wechselrichter}}',
  'devices.kind.micro': '{count, plural, one {Mikrowechselrichter} other {Mikrowechselrichter}}',
  'devices.kind.meter': '{count, plural, one {Zähler} other {Zähler}}',
  'devices.kind.gateway': '{count, plural, one {Gateway} other {Gateways}}',
  'devices.kind.device': '{count, plural, one {Gerät} other {Geräte}}',
  'devices.col.device': 'Gerät',
  'devices.col.serial': 'Seriennummer',
  'devices.col.status': 'Status',
  'devices.col.lastReport': 'Letzte Meldung',
  'devices.col.output': 'Leistung',
  'devices.col.today': 'Heute',
  'devices.notReporting': 'Meldet nicht',
  'devices.noFigure': 'Der Anbieter meldet diesen Wert nicht',
  'devices.captionAttention': '{title}, die Aufmerksamkeit brauchen',
  'devices.regionAll': 'Alle: {title}',
} as const;
