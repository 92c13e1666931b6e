/** German texts of the Connections page: connect cards, the system picker, accounts, disconnecting, the request budget. */
import type { AreaOf } from '../../../../shared/catalogue-types';
import type { connections as en } from '../en/connections';

export const connections: AreaOf<typeof en> = {
  'conn.title': 'Verbindungen',
  'conn.none': 'Noch keine Konten verbunden.',
  'conn.summary':
    '{accounts, plural, one {# Konto} other {# Konten}} · {sites, plural, one {# Anlage} other {# Anlagen}}',
  'conn.loadFailed': 'Die Konten konnten nicht geladen werden.',
  'conn.loading': 'Konten werden geladen …',
  'conn.connected': 'Verbundene Konten',
  'conn.connectedHint':
    'Jedes Konto wird einmal angemeldet; seine Anlagen teilen sich die Anmeldung.',
  'conn.state.connected': 'Verbunden',
  'conn.state.needs_reauth': 'Neu verbinden',
  'conn.sites': '{count, plural, =0 {Noch keine Anlagen gewählt} one {# Anlage} other {# Anlagen}}',
  'conn.siteCount': '{count, plural, one {# Anlage} other {# Anlagen}}',
  'conn.since': 'verbunden seit {date}',
  'conn.renewed': 'Anmeldung erneuert {when}',
  'conn.notRenewed': 'seit dem Verbinden nicht',
  'conn.testSameProblem': 'Der Testaufruf ist aus dem oben genannten Grund fehlgeschlagen.',
  'conn.reconnect': 'Neu verbinden',
  'conn.reconnectKey': 'Mit neuem Schlüssel neu verbinden',
  'conn.reconnectAccount': 'Konto neu verbinden',
  'conn.reconnectTitle':
    'Melden Sie sich erneut beim Konto dieser Anlage an, um die Aktualisierung fortzusetzen',
  'conn.chooseSites': 'Anlagen wählen',
  'conn.chooseFirst':
    'Zuerst neu verbinden: Die Systeme des Kontos können nicht aufgelistet werden',
  'conn.testing': 'Wird getestet …',
  'conn.test': 'Verbindung testen',
  'conn.disconnect': 'Trennen',
  'conn.keyring':
    'Dieser Computer hat keinen Systemschlüsselbund; gespeicherte Anmeldungen sind daher nur durch einen Schlüssel geschützt, den jedes Programm unter Ihrem Konto lesen kann. Um sie nicht zu behalten, schalten Sie in den Einstellungen „Anmeldungen behalten“ aus: Sie melden sich dann bei jedem Start von Enalysis neu an.',
  'conn.waitPopup': 'Schließen Sie die Anmeldung bei {name} im geöffneten Fenster ab …',
  'conn.waitBrowser': 'Schließen Sie die Anmeldung bei {name} in Ihrem Browser ab …',
  'conn.waitKey': 'Der Schlüssel wird bei {name} geprüft …',
  'conn.waitPopupNote':
    'Schließen des Fensters bricht ab; gespeichert wird erst nach der Anmeldung.',
  'conn.waitBrowserNote':
    'Sobald {name} Sie angemeldet hat, leitet Ihr Browser Sie zurück zu Enalysis.',
  'conn.waitKeyNote':
    'Gespeichert wird nur, wenn {name} den Schlüssel annimmt; er bleibt verschlüsselt auf diesem Computer.',
  'conn.waitReconnect': ' Melden Sie sich mit demselben Konto an, um es neu zu verbinden.',
  'conn.waitReconnectKey': ' Der Schlüssel muss dasselbe Konto öffnen, um es neu zu verbinden.',
  'conn.apiKey': '{name}-API-Schlüssel',
  'conn.connectKey': 'Mit Schlüssel verbinden',
  'conn.newApiKey': 'Neuer {name}-API-Schlüssel',
  'conn.reconnectWithKey': 'Mit Schlüssel neu verbinden',
  'conn.cancelKey': 'Abbrechen',
  'conn.cancelled':
    'Die Anmeldung wurde abgebrochen. Nichts wurde geändert; verbinden Sie erneut, wann immer Sie bereit sind.',
  'conn.ok': 'OK',
  'conn.added':
    '{count, plural, one {# Anlage aus {account} hinzugefügt.} other {# Anlagen aus {account} hinzugefügt.}}',
  'conn.addedRest':
    'Ihr Verlauf wird im Hintergrund heruntergeladen; sie füllen sich in den nächsten Minuten im Portfolio.',
  'conn.nowHas': 'hat jetzt {count, plural, one {# Anlage} other {# Anlagen}}.',
  'conn.connectAnother': 'Weiteres {name}-Konto verbinden',
  'conn.connectYour': 'Ihr {name}-Konto verbinden',
  'conn.connectButton': '{name} verbinden',
  'conn.useBrowser': 'Stattdessen meinen Browser verwenden',
  'conn.couldNotConnect': '{name} konnte nicht verbunden werden',
  'conn.gone': 'Diese Verbindung besteht nicht mehr.',
  'conn.systemsFailed': 'Die Systeme des Kontos konnten nicht aufgelistet werden',
  'picker.placeUnknown': 'Ort unbekannt',
  'picker.alreadySite': ' · bereits eine Anlage',
  'picker.sizeUnknown': 'Der Anbieter hat die Größe dieses Systems noch nicht gemeldet',
  'picker.noSystems': 'Dieses Konto hat noch keine Systeme, die die App lesen kann.',
  'picker.reconnected':
    '{account} ist wieder verbunden. Prüfen Sie, welche Systeme es als Anlagen behalten soll.',
  'picker.change':
    'Haken Sie die Systeme an, die als Anlagen verfolgt werden sollen. Eine abgewählte Anlage verlässt das Portfolio; ihr Verlauf bleibt auf diesem Computer und kehrt zurück, wenn Sie sie wieder anhaken.',
  'picker.first':
    'Jedes angehakte System wird eine Anlage: Die App lädt ihren Verlauf und hält sie dann aktuell. Sie können das später mit „Anlagen wählen“ ändern.',
  'picker.title': 'Anlagen wählen · {account}',
  'picker.systems':
    '{count, plural, one {# System in diesem Konto} other {# Systeme in diesem Konto}}',
  'picker.notSaved': 'Die Anlagen wurden nicht gespeichert',
  'picker.selectShown': 'Alle angezeigten wählen',
  'picker.selectAll': 'Alle wählen',
  'picker.filter': 'Nach Name, Ort oder Zeitzone filtern',
  'picker.filterLabel': 'Systeme filtern',
  'picker.selected': '{chosen} von {total} gewählt',
  'picker.systemsLabel': 'Systeme',
  'picker.noMatch': 'Kein System passt zu „{query}“.',
  'picker.close': 'Schließen',
  'picker.notNow': 'Nicht jetzt',
  'picker.saving': 'Wird gespeichert …',
  'picker.listing': 'Die Systeme des Kontos werden aufgelistet …',
  'picker.cancel': 'Abbrechen',
  'picker.remove': '{count, plural, one {# Anlage entfernen} other {# Anlagen entfernen}}',
  'picker.keep': '{count, plural, one {# Anlage behalten} other {# Anlagen behalten}}',
  'picker.add': '{count, plural, one {# Anlage hinzufügen} other {# Anlagen hinzufügen}}',
  'picker.new': '{count} neu',
  'picker.removed':
    '{count, plural, one {# entfernt (sie verlässt das Portfolio; der Verlauf bleibt erhalten)} other {# entfernt (sie verlassen das Portfolio; der Verlauf bleibt erhalten)}}',
  'disconnect.title': '{account} trennen?',
  'disconnect.text':
    'Die App vergisst die Anmeldung dieses Kontos und aktualisiert seine {sites} nicht mehr. Sie können es jederzeit wieder verbinden.',
  'disconnect.failed': 'Das Konto wurde nicht getrennt',
  'disconnect.disconnecting': 'Wird getrennt …',
  'disconnect.keep': 'Trennen und zwischengespeicherte Daten behalten',
  'disconnect.keepText':
    'Die {sites} bleiben im Portfolio, als offline markiert, mit dem bereits heruntergeladenen Verlauf.',
  'disconnect.nothingElse': 'Sonst ändert sich nichts.',
  'disconnect.deleting': 'Wird gelöscht …',
  'disconnect.delete': 'Trennen und seine Daten löschen',
  'disconnect.deleteText':
    'Die {sites} und ihr Verlauf werden von diesem Computer entfernt. {provider} behält eine eigene Kopie.',
  'disconnect.deleteNone': 'Entfernt das Konto von diesem Computer.',
  'budget.title': 'Anfragebudget',
  'budget.settings': 'Tarif und Anteil in den Einstellungen',
  'budget.none':
    'Es werden keine Anfragen verbraucht: Das Budget zählt, sobald ein Konto Anlagen hat.',
  'budget.plan': 'Tarif {plan} · Anteil dieser Installation',
  'budget.perMinute': '· bis zu {count} Aufrufe pro Minute',
  'budget.meter': 'Aufrufe in diesem Monat',
  'budget.used':
    '{limit, plural, one {Diesen Monat verbraucht: {used} von {limitText} Aufruf} other {Diesen Monat verbraucht: {used} von {limitText} Aufrufen}}',
  'budget.lessThanOne': '< 1 %',
  'enphase.hint': 'Alle Installationen der App teilen sich das Anfragekontingent von Enphase.',
  'enphase.advanced': 'Erweitert (Betreiber)',
  'enphase.plan': 'API-Tarif',
  'enphase.planHint':
    'Nur wenn dieser Computer mit einem anderen Tarif als dem der Plattform rechnen muss.',
  'enphase.platformPlan': 'Tarif der Plattform',
  'enphase.platformPlanNamed': 'Tarif der Plattform ({plan})',
  'enphase.planOption': '{plan} – {perMonth} Aufrufe pro Monat, {perMinute} pro Minute',
  'enphase.share': 'Anteil dieser Installation',
  'enphase.shareHint':
    'Leer: der Anteil der Plattform. Senken Sie ihn, wenn sich mehrere Installationen das Kontingent teilen.',
  'enphase.shareHintNamed':
    'Leer: der Anteil der Plattform ({percent} %). Senken Sie ihn, wenn sich mehrere Installationen das Kontingent teilen.',
  'enphase.quota':
    '{overridden, select, yes {Enalysis läuft mit dem Enphase-Tarif {plan} ({whole} Aufrufe pro Monat für alle Installationen zusammen); diese Installation darf {share} % davon nutzen: {mine} Aufrufe pro Monat, {perMinute} pro Minute (von einem Betreiber auf diesem Computer festgelegt).} other {Enalysis läuft mit dem Enphase-Tarif {plan} ({whole} Aufrufe pro Monat für alle Installationen zusammen); diese Installation darf {share} % davon nutzen: {mine} Aufrufe pro Monat, {perMinute} pro Minute.}}',
  'solaredge.hint': 'Jeder SolarEdge-Aufruf kostet ein Guthaben Ihres Tarifs.',
  'solaredge.month': 'Guthaben pro Monat',
  'solaredge.monthFree': 'Der kostenlose Entwicklertarif von SolarEdge.',
  'solaredge.monthPlan': 'Ihr SolarEdge-Tarif (kostenloser Tarif: {free}).',
  'solaredge.minute': 'Guthaben pro Minute',
  'solaredge.minuteHint': 'Kostenloser Tarif: {free}.',
  'solaredge.monthWhat': 'das Guthaben pro Monat',
  'solaredge.monthWhatTitle': 'Das Guthaben pro Monat',
  'solaredge.minuteWhat': 'das Guthaben pro Minute',
  'solaredge.minuteWhatTitle': 'Das Guthaben pro Minute',
};
