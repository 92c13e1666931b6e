/** German texts of the Settings page. */
import type { AreaOf } from '../../../../shared/catalogue-types';
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
  'settings.on': 'Ein',
  'settings.off': 'Aus',
  'settings.saved': 'Gespeichert.',
  'settings.discard': 'Verwerfen',
  'settings.save': 'Speichern',
  'settings.about': 'Über diese Installation',
  'settings.version': 'Version',
  'settings.mode': 'Modus',
  'settings.modeDemo': 'Demo – simulierte Gebäude, kein Netzwerk',
  'settings.modeLive': 'Live – verbundene Konten',
  'settings.modeKiosk': ' · Kiosk',
  'settings.dataFolder': 'Datenordner',
  'settings.platform': 'Plattform',
  'settings.sync': 'Abgleich',
  'settings.syncNote':
    'Anlagen werden nach einem Zeitplan aktualisiert, der sich aus dem Anfragebudget jedes Anbieters ergibt; nachts und offline wird nichts abgerufen, und zwischengespeicherte Daten bleiben verfügbar.',
  'settings.tokens': 'Schutz der Zugangsdaten',
  'settings.tokensKeyring':
    'Kontozugänge werden mit dem Schlüsselbund Ihres Betriebssystems verschlüsselt.',
  'settings.tokensMemory':
    'Kein Schlüsselbund gefunden: Anmeldungen bleiben nur im Arbeitsspeicher, bis Enalysis beendet wird.',
  'settings.tokensPlain':
    'Kein Schlüsselbund gefunden: Kontozugänge werden ohne Schlüsselbund-Schutz gespeichert.',
  'settings.demoMode': 'Demomodus',
  'settings.demoModeHint':
    'Zeigt {fleet} mit Live-Erzeugung, auch wenn Konten verbunden sind. Ohne verbundenes Konto werden sie immer angezeigt.',
  'settings.demoForced': 'Ein – die App wurde im Demomodus gestartet',
  'settings.demoNoAccount': 'Ein – noch kein Konto verbunden',
  'settings.demoFleet':
    '{count, plural, =0 {simulierte Gebäude} one {# simuliertes Gebäude} other {# simulierte Gebäude}}',
  'settings.refresh': 'Aktualisierungsintervall',
  'settings.refreshHint': 'Minuten zwischen zwei Aktualisierungen einer Anlage.',
  'settings.minutesUnit': 'min',
  'settings.secondsUnit': 's',
  'settings.kiosk': 'Anzeigedauer im Kiosk',
  'settings.kioskHint':
    'Sekunden, die jede Anlage im Kioskmodus angezeigt wird (App mit --kiosk starten).',
  'settings.enterValue': 'Geben Sie {what} ein.',
  'settings.wholeNumber': '{what} muss eine ganze Zahl sein.',
  'settings.between': '{what} muss zwischen {min} und {max} liegen.',
  'settings.refreshWhat': 'das Aktualisierungsintervall in Minuten',
  'settings.refreshWhatTitle': 'Das Aktualisierungsintervall in Minuten',
  'settings.kioskWhat': 'die Sekunden pro Kioskseite',
  'settings.kioskWhatTitle': 'Die Sekunden pro Kioskseite',
  'settings.every': '{minutes, plural, one {jede Minute} other {alle # min}}',
  'settings.refreshNoteDemo':
    'Demoanlagen werden {every} aktualisiert. Verbundene Konten höchstens alle {floor} min: Die Kontingente der Anbieter erlauben nicht mehr.',
  'settings.refreshNote':
    'Jede Anlage wird höchstens {every} aktualisiert; verbundene Konten warten länger, wenn ihr Kontingent es verlangt.',
  'settings.watch': 'Warnungen und Infobereich',
  'settings.notifications': 'Benachrichtigungen',
  'settings.notificationsHint':
    'Eine Desktop-Benachrichtigung, wenn eine Anlage nicht mehr erzeugt, verstummt oder einen Fehler meldet.',
  'settings.digest': 'Tägliche Zusammenfassung',
  'settings.digestHint':
    'Die neuen Warnungen des Tages in einer Benachrichtigung am Ende der Ruhezeit (oder um 08:00) bündeln.',
  'settings.tray': 'Im Infobereich weiter überwachen',
  'settings.trayHint':
    'Beim Schließen des Fensters bleibt Enalysis im Infobereich, aktualisiert und warnt weiter. Beenden über sein Menü.',
  'settings.login': 'Bei Anmeldung starten',
  'settings.loginHint':
    'Enalysis im Infobereich starten, wenn Sie sich an diesem Computer anmelden.',
  'settings.quiet': 'Ruhezeit',
  'settings.quietHint':
    'Benachrichtigungen warten bis zum Ende der Ruhezeit (Uhrzeit dieses Computers). Leer lassen für keine.',
  'settings.quietTo': 'bis',
  'settings.quietFrom': 'Ruhezeit ab',
  'settings.quietUntil': 'Ruhezeit bis',
  'settings.shareWhat': 'den Anteil in Prozent',
  'settings.shareWhatTitle': 'Der Anteil in Prozent',
};
