/** German sentences main writes: alert summaries and the device-status sentences providers report. */
import type { AreaOf } from '../../../shared/catalogue-types';
import type { alerts as en } from '../en/alerts';

export const alerts: AreaOf<typeof en> = {
  'alert.noData':
    '{site} hat seit {hours} Tagesstunden keine Daten gesendet (meldet sonst alle {minutes} Minuten).',
  'alert.zeroProduction':
    '{site} hat {hours} h lang nichts erzeugt, während Anlagen in der Nähe Ertrag hatten ({expectedKwh} kWh erwartet).',
  'alert.underperformance':
    '{site} hat {hours} h lang {percent} % dessen erzeugt, was das Wetter in der Umgebung zuließ.',
  'alert.deviceFault': '{site} meldet eine Gerätestörung.',
  'alert.needsSignIn':
    '{account} muss neu angemeldet werden: {count, plural, one {# Anlage wird} other {# Anlagen werden}} nicht mehr aktualisiert.',
  'alert.quotaExhausted':
    'Das Anfragekontingent ({plan}) dieses Monats ist aufgebraucht: Die Anlagen werden wieder aktualisiert, sobald es sich erneuert.',
  'alert.quotaLow': '{percent} % des Anfragekontingents ({plan}) dieses Monats sind verbraucht.',
  'alert.cacheRebuilt':
    'Der lokale Zwischenspeicher war beschädigt und wurde neu aufgebaut; der Verlauf wird erneut heruntergeladen.',

  'status.disconnected': 'Getrennt; zeigt zwischengespeicherte Daten',
  'status.enphase.comm': 'Das Gateway meldet nicht an Enphase.',
  'status.enphase.noData': 'Enphase hat keine aktuellen Daten für diese Anlage.',
  'status.enphase.power': 'Enphase meldet ein Problem mit der Erzeugung.',
  'status.enphase.error': 'Enphase meldet einen Fehler an dieser Anlage.',
  'status.enphase.micro': 'Einige Mikrowechselrichter melden sich nicht.',
  'status.enphase.meter': 'Enphase meldet ein Problem mit dem Zähler.',
  'status.enphase.battery': 'Enphase meldet ein Problem mit dem Batteriespeicher.',
  'status.enphase.storageIdle': 'Der Batteriespeicher ist im Leerlauf.',
  'status.enphase.warning': 'Enphase meldet eine Warnung für diese Anlage.',
  'status.enphase.deactivated': 'Die Anlage ist bei Enphase deaktiviert.',
  'status.enphase.retired': 'Die Anlage ist bei Enphase stillgelegt.',
  'status.enphase.disabled': 'Die Überwachung dieser Anlage ist abgeschaltet.',
  'status.enphase.notMonitored': 'Enphase überwacht diese Anlage nicht.',
  'status.enphase.unknown': 'Enphase-Status „{status}“.',
  'status.solaredge.alert':
    '{serial, select, none {Ein Gerät} other {Das Gerät mit der Seriennummer {serial}}} {kind, select, isolation {meldet einen Isolationsfehler} fault {meldet eine Störung} arc {meldet einen Lichtbogenfehler} ground {meldet einen Erdschluss} silent {sendet keine Daten mehr} other {meldet ein Problem}}{count, plural, =1 {} other { (# offene SolarEdge-Alarme)}}.',
  'status.demo.tripped':
    'Wechselrichter {inverter} von {count} ({model}) hat am {day}. {month, select, 1 {Januar} 2 {Februar} 3 {März} 4 {April} 5 {Mai} 6 {Juni} 7 {Juli} 8 {August} 9 {September} 10 {Oktober} 11 {November} other {Dezember}} um {time} Uhr Ortszeit mit {alarm, select, groundFault {einem Erdschlussalarm (Isolationswiderstand)} arcFault {einem Lichtbogenalarm} other {einem Alarm}} abgeschaltet; die Anlage erzeugt etwa {percent} % ihres erwarteten Ertrags.',
  // Device names, numbered as the provider lists them (shared/device-label.ts).
  'device.inverter': 'Wechselrichter {position}',
  'device.meter': 'Zähler {position}',
  'device.gateway': 'Gateway {position}',
  'device.battery': 'Batterie {position}',
  'device.device': 'Gerät {position}',
};
