/** German texts of the Settings page. */
import type { AreaOf } from '../catalogue-types';
import type { settings as en } from '../en/settings';

export const settings: AreaOf<typeof en> = {
  'settings.title': 'Einstellungen',
  'settings.subtitle': 'Auswahlen gelten sofort; Zahlen werden mit „Speichern“ übernommen.',
  'settings.notSaved': 'Die Einstellung wurde nicht gespeichert',
  'settings.display': 'Anzeige',
  'settings.theme': 'Design',
  'settings.themeHint': 'System folgt dem hellen oder dunklen Modus Ihres Betriebssystems.',
  'settings.theme.system': 'System',
  'settings.theme.light': 'Hell',
  'settings.theme.dark': 'Dunkel',
  'settings.energyUnit': 'Energieeinheit',
  'settings.energyUnitHint':
    'Automatisch wählt Wh, kWh oder MWh nach Größe; die Leistung folgt (W, kW, MW).',
  'settings.energyUnit.auto': 'Automatisch',
  'settings.language': 'Sprache',
  'settings.languageHint':
    'System folgt der Sprache Ihres Betriebssystems; Zahlen und Datumsangaben folgen seiner Region.',
  'settings.language.system': 'System',
  'settings.data': 'Daten',
  'settings.keepSignIns': 'Anmeldungen behalten',
  'settings.keepSignInsHint':
    'Dieser Computer hat keinen Systemschlüsselbund: Gespeicherte Anmeldungen kann jedes Programm lesen, das unter Ihrem Konto läuft. Aus: Anmeldungen bleiben nur im Arbeitsspeicher, und Sie melden sich bei jedem Start von Enalysis neu an.',
};
