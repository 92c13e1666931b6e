/** German sentences main writes: errors the app reports over IPC and notices about damaged files. */
import type { AreaOf } from '../../../shared/catalogue-types';
import type { errors as en } from '../en/errors';

export const errors: AreaOf<typeof en> = {
  'error.reconnect': 'Dieses Konto muss neu verbunden werden.',
  'error.unknownChannel': 'Unbekannter Kanal „{channel}“.',
  'error.kiosk':
    'Dies ist eine Kiosk-Anzeige: Verbindungen und Einstellungen lassen sich hier nicht ändern.',
  'error.invalidPayload': 'Ungültige Anfrage an {channel}{where}: {detail}.',
  'error.uncheckedAnswer':
    'Die App hat eine Antwort erzeugt, die sie nicht prüfen konnte; Einzelheiten stehen im Protokoll.',
  'error.internal': 'Etwas ist schiefgegangen; Einzelheiten stehen im Protokoll.',
  'error.signIn.cancelled': 'Die Anmeldung wurde abgebrochen; es wurde nichts verbunden.',
  'error.signIn.superseded': 'Eine andere Anmeldung wurde gestartet; diese wurde abgebrochen.',
  'error.signIn.noBrowser': 'Die Anmeldung über den Browser ist hier nicht verfügbar.',
  'error.signIn.denied':
    'Sie haben den Zugriff in {provider} abgelehnt; es wurde nichts verbunden.',
  'error.signIn.timeoutMinutes':
    'Die Anmeldung wurde nicht innerhalb von {minutes} Minuten abgeschlossen; es wurde nichts verbunden. Versuchen Sie es erneut.',
  'error.signIn.timeoutSeconds':
    'Die Anmeldung wurde nicht innerhalb von {seconds} Sekunden abgeschlossen; es wurde nichts verbunden. Versuchen Sie es erneut.',
  'error.signIn.stale':
    'Diese Anmeldung ist abgelaufen oder wurde schon verwendet; es wurde nichts verbunden. Starten Sie sie neu.',
  'error.signIn.providerFailed':
    '{provider} konnte die Anmeldung nicht abschließen; es wurde nichts verbunden. Versuchen Sie es erneut.',
  'error.signIn.unreadable':
    'Die Antwort von {provider} auf die Anmeldung war nicht lesbar; es wurde nichts verbunden. Versuchen Sie es erneut.',
  'error.signIn.pageFailed':
    'Die Anmeldeseite von {provider} ließ sich nicht öffnen. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.',
  'error.signIn.grantRefused':
    '{provider} akzeptiert diese Anmeldung nicht mehr; es wurde nichts verbunden. Starten Sie die Anmeldung neu.',
  'error.relay.unreachable':
    'Der Anmeldedienst von Enalysis ist nicht erreichbar. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.',
  'error.relay.unusableAnswer':
    'Der Anmeldedienst von Enalysis hat für {provider} eine unbrauchbare Antwort geliefert; es wurde nichts geändert. Versuchen Sie es später erneut.',
  'error.relay.busy':
    'Der Anmeldedienst von Enalysis ist ausgelastet; versuchen Sie es in einer Minute erneut.',
  'error.relay.providerDisabled':
    'Der Anmeldedienst von Enalysis bietet {provider} derzeit nicht an.',
  'error.relay.credentialsRefused':
    'Die Zugangsdaten des Enalysis-Anmeldedienstes für {provider} wurden abgelehnt; das ist ein Problem auf unserer Seite, bitte wenden Sie sich an den Support.',
  'error.relay.callbackRefused':
    'Der Anmeldedienst von Enalysis hat die Rückrufadresse dieser App-Version abgelehnt; bitte aktualisieren Sie die App oder wenden Sie sich an den Support.',
  'error.relay.providerSilent':
    '{provider} hat dem Anmeldedienst nicht geantwortet; versuchen Sie es in einigen Minuten erneut.',
  'error.relay.failed':
    'Beim Anmeldedienst von Enalysis ist ein Problem aufgetreten; versuchen Sie es in einigen Minuten erneut.',
  'error.relay.refused': 'Der Anmeldedienst von Enalysis hat die Anfrage abgelehnt ({code}).',
  'error.provider.unreachable': '{provider} ist nicht erreichbar',
  'error.provider.timeout': '{provider} hat nicht rechtzeitig geantwortet',
  'error.provider.trouble': '{provider} hat Probleme (HTTP {status})',
  'error.provider.http': '{provider} hat mit HTTP {status} geantwortet',
  'error.provider.unreadable':
    '{provider} hat eine Antwort geschickt, die die App nicht lesen konnte',
  'error.provider.slowDown': '{provider} hat die App gebeten, langsamer abzufragen',
  'error.provider.siteUnknown': '{provider} kennt diese Anlage nicht mehr',
  'error.provider.refused': '{provider} hat die Anfrage abgelehnt',
  'error.tesla.billingLimit':
    'Tesla meldet, dass das Abrechnungslimit der Plattform für diesen Monat erreicht ist; Tesla-Anlagen pausieren, und die App fragt in einigen Stunden erneut',
  'error.tesla.missingScope':
    'diese Tesla-Anmeldung erlaubt nicht, Energiedaten zu lesen; verbinden Sie neu und erlauben Sie es',
  'error.tesla.wrongRegion':
    'Tesla hat die App in eine andere Region verwiesen, und die Region des Kontos ließ sich nicht ermitteln',
  'error.tesla.spendingLimit':
    'das Tesla-Ausgabenlimit von {limit} für diesen Monat ist erreicht; Tesla-Anlagen pausieren bis {resumes} (das Limit steht in den Einstellungen)',
  'error.enphase.monthQuota': 'das Enphase-Anfragekontingent für diesen Monat ist aufgebraucht',
  'error.enphase.minuteQuota': 'das Enphase-Anfragelimit für diese Minute ist erreicht',
  'error.enphase.forbidden': 'dieses Enphase-Konto darf diese Anlage nicht mehr lesen',
  'error.enphase.systemUnknown': 'Enphase kennt diese Anlage nicht mehr',
  'error.enphase.invalidRange':
    'Enphase hat die angefragten Tage abgelehnt: Sie liegen in der Zukunft oder weiter zurück, als die Anlage Daten aufbewahrt.',
  'error.enphase.apiKey':
    'Enphase hat den API-Schlüssel der App abgelehnt; die Konfiguration der App muss korrigiert werden',
  'error.enphase.tooLarge':
    'Enphase hat eine Antwort größer als {megabytes} MB geschickt; sie wurde nicht gelesen',
  'error.solaredge.minuteLimit': 'das SolarEdge-Guthaben pro Minute ist erreicht',
  'error.solaredge.monthCredits': 'das SolarEdge-Guthaben für diesen Monat ist aufgebraucht',
  'error.solaredge.keyRejected':
    'SolarEdge hat diesen API-Schlüssel abgelehnt (ein V1-Schlüssel funktioniert nicht mit V2)',
  'error.solaredge.forbidden': 'dieser SolarEdge-Zugang darf diese Anlage nicht lesen',
  'error.solaredge.badRequest': 'SolarEdge hat die Anfrage abgelehnt ({detail})',
  'error.solaredge.gone':
    'SolarEdge hat die von der App genutzte API-Version eingestellt; die App braucht ein Update',
  'error.tesla.siteUnknown': 'Tesla kennt diese Energieanlage nicht mehr',
  'error.cache.invalidData':
    'Die Daten konnten nicht gespeichert werden: Sie verletzen die Regeln des lokalen Datenspeichers.',
  'error.cache.unknownSite': 'Die Anlage „{siteId}“ ist nicht im lokalen Datenspeicher.',
  'error.cache.corrupt':
    'Der lokale Datenspeicher ist beschädigt. Er wird beim nächsten Start von Enalysis geprüft und bei Bedarf neu aufgebaut.',
  'error.cache.openFailed': 'Der lokale Datenspeicher konnte nicht geöffnet werden.',
  'error.cache.closed': 'Der lokale Datenspeicher ist geschlossen.',
  'error.cache.diskFull':
    'Die Festplatte ist voll, daher konnte die Aktualisierung nicht im lokalen Datenspeicher gesichert werden. Von dieser Aktualisierung wurde nichts übernommen; die zuvor gespeicherten Daten sind unversehrt. Geben Sie Speicherplatz frei, dann holt Enalysis alles nach.',
  'error.cache.writeFailed':
    'Die Aktualisierung konnte nicht im lokalen Datenspeicher gesichert werden. Von dieser Aktualisierung wurde nichts übernommen; die zuvor gespeicherten Daten sind unversehrt.',
  'error.tags.tooLong': '„{tag}…“ ist zu lang: Ein Schlagwort hat höchstens {max} Zeichen.',
  'error.tags.tooMany': 'Eine Anlage kann höchstens {max} Schlagwörter haben.',
  'notice.cache.newer':
    'Der lokale Datenspeicher stammt von einer neueren Enalysis-Version, die diese Version nicht lesen kann; daher wurde ein neuer Speicher angelegt. Die neuere Datei liegt unter {movedTo}. Die Daten werden erneut heruntergeladen.',
  'notice.cache.foreign':
    'Die Datei, in der Enalysis seinen lokalen Datenspeicher führt, gehört zu einem anderen Programm; daher wurde ein neuer Speicher angelegt. Die Datei liegt unter {movedTo}. Die Daten werden erneut heruntergeladen.',
  'notice.cache.damaged':
    'Der lokale Datenspeicher war nicht lesbar und wurde neu aufgebaut; die beschädigte Datei liegt unter {movedTo}. Die Daten werden erneut heruntergeladen.',
  'notice.settings.unreadable':
    'Enalysis konnte seine Einstellungsdatei nicht lesen und hat mit den Standardeinstellungen begonnen; die beschädigte Datei liegt unter {movedTo}. Verbundene Konten müssen Sie erneut anmelden; ihre gespeicherten Daten bleiben erhalten.',
  'notice.asWritten': '{text}',
  'notice.connection.grantGone':
    '{provider} verlangt eine neue Anmeldung: Der Zugriff für Enalysis wurde entzogen oder ist abgelaufen. Verbinden Sie neu, um die Aktualisierung fortzusetzen; gespeicherte Daten bleiben erhalten.',
  'notice.connection.keyRefused':
    '{provider} akzeptiert den gespeicherten API-Schlüssel nicht mehr. Fügen Sie einen neuen Schlüssel ein, um die Aktualisierung fortzusetzen; gespeicherte Daten bleiben erhalten.',
  'notice.connection.sessionEnded':
    'Melden Sie sich erneut bei {provider} an: Dieser Computer hat keinen Systemschlüsselbund, daher behält Enalysis Anmeldungen nur bis zum Beenden (Einstellungen → Anmeldungen). Gespeicherte Daten bleiben erhalten.',
  'notice.connection.unreadable':
    'Melden Sie sich erneut bei {provider} an: Die gespeicherte Anmeldung ist auf diesem Computer nicht mehr lesbar (der Systemschlüsselbund hat sich geändert). Gespeicherte Daten bleiben erhalten.',
  'notice.connection.lost':
    'Die Anmeldung bei {provider} ging mit der beschädigten Einstellungsdatei von Enalysis verloren. Verbinden Sie neu, um die Aktualisierung fortzusetzen; gespeicherte Daten bleiben erhalten.',
  'notice.connection.refused':
    '{provider} hat die Anmeldung dieses Kontos abgelehnt. Verbinden Sie es neu, um die Aktualisierung fortzusetzen; gespeicherte Daten bleiben erhalten.',
  'notice.connection.listFailed':
    'Verbunden, aber die Liste der Anlagen konnte nicht geladen werden: {reason}',
  'notice.connection.testFailed': 'Der letzte Test ist fehlgeschlagen: {reason}',
  'notice.connection.signInAgain': 'Melden Sie sich erneut bei {provider} an.',
  'error.connectionGone': 'Diese Verbindung gibt es nicht mehr.',
  'error.connectionRemoved': 'Diese Verbindung ist nicht mehr in der App.',
  'error.vault.noRefresher':
    'Anmeldungen bei {provider} lassen sich in dieser Version nicht erneuern.',
  'error.vault.refreshNotSaved':
    'Die erneuerte Anmeldung konnte auf diesem Computer nicht gespeichert werden; es wird erneut versucht.',
  'error.connection.otherAccount':
    'Dieser Schlüssel öffnet {opened}, nicht {label}. Fügen Sie den Schlüssel von {label} ein, um es neu zu verbinden; es wurde nichts geändert.',
  'notice.connection.works': '{provider} hat geantwortet: Die Verbindung funktioniert.',
  'error.connection.systemNotVisible': 'Anlage {externalId} ist für {label} nicht sichtbar.',
  'error.connection.siteOfOther': '{name} ist bereits eine Anlage von {label}.',
  'error.connection.providerSilent': 'der Anbieter hat nicht geantwortet.',
  'error.connection.wrongProvider': 'Diese Verbindung ist kein {name}-Konto.',
  'error.connection.keyUnchecked':
    '{name} konnte diesen Schlüssel nicht prüfen; versuchen Sie es später erneut.',
  'error.connection.badSystemId': 'Eine gewählte Anlagen-ID ist fehlerhaft.',
  'error.connection.unreachable':
    '{provider} ist nicht erreichbar; versuchen Sie es später erneut.',
  'notice.test.energySites':
    'Verbunden: {count, plural, one {# Energieanlage} other {# Energieanlagen}} sichtbar.',
  'notice.test.systems': 'Verbunden: {count, plural, one {# Anlage} other {# Anlagen}} sichtbar.',
  'notice.test.sites': 'Verbunden: {count, plural, one {# Anlage} other {# Anlagen}} sichtbar.',
  'notice.test.site': 'Verbunden: {name} ist sichtbar.',
  'notice.test.failed': 'die Testanfrage ist fehlgeschlagen',
  'error.siteGone': 'Diese Anlage ist nicht mehr in der App.',
  'error.chosenSiteGone': 'Eine der gewählten Anlagen ist nicht mehr in der App.',
  'error.notADate': '{date} ist kein Kalenderdatum.',
  'error.flowsBackwards': 'Der Zeitraum der Energieflüsse endet, bevor er beginnt.',
  'error.settingInvalid': 'Die Einstellung „{setting}“ ist ungültig: {detail}.',
  'error.provider.unregistered': 'Enalysis kennt keinen Anbieter namens „{provider}“.',
  'error.provider.notKey': '{name} wird nicht mit einem Schlüssel verbunden.',
  'error.signIn.notConfigured':
    'Die Anmeldung bei {provider} ist in dieser Version nicht eingerichtet.',
  'error.reports.noFolder': 'Wählen Sie zuerst einen Ordner für die Monatsberichte.',
  'error.reports.noFolderPicker': 'Die Ordnerauswahl ist hier nicht verfügbar.',
  'error.reports.periodBackwards': 'Der Zeitraum endet, bevor er beginnt.',
  'error.reports.economicsInvalid':
    'Die Einstellung „{setting}“ zu Geld und CO2 ist ungültig: {detail}.',
  'error.reports.exportBackwards': 'Der Export endet, bevor er beginnt.',
  'error.reports.exportTooLong': 'Ein Export umfasst höchstens zehn Jahre.',
  'error.reports.noSites': 'Wählen Sie mindestens eine Anlage für den Export.',
  'error.reports.noSaving': 'Das Speichern von Dateien ist hier nicht verfügbar.',
  'error.reports.notAPeriod': '{period} ist kein Zeitraum.',
  'error.reports.noPrinting': 'Das Drucken als PDF ist hier nicht verfügbar.',
  'error.demo.duplicate': 'Doppelte Demo-Anlage {slug}',
  'error.demo.noSite': 'Die Demo-Flotte hat keine Anlage „{site}“.',
  'error.demo.since': 'since muss ein Zeitpunkt sein',
  'error.demo.dailyDates': 'Tagesbereiche brauchen zwei Daten im Format JJJJ-MM-TT.',
  'error.demo.dailySpan':
    'Ein Tagesbereich muss vorwärts laufen und umfasst höchstens {days} Tage.',
  'error.sync.httpStatus': 'der Dienst hat mit HTTP {status} geantwortet',
  'error.sync.timedOut': 'die Anfrage hat zu lange gedauert',
  'error.sync.unreachable': 'der Dienst war nicht erreichbar',
  'error.sync.accountLost': '{provider}-Konto: {reason}',
  'error.sync.dayOffline':
    'Sie sind offline: Die Details vom {date} werden geladen, sobald die Verbindung wieder besteht.',
  'error.sync.dayFailed':
    'Die Details vom {date} für {site} konnten nicht geladen werden: {reason}.',
  'error.sync.listingFailed': 'Anlagen von {provider} abrufen: {reason}.',
  'error.sync.siteFailed': '{site}: {reason}.',
  'error.sync.noSource': '{site} hat gerade keine verbundene Datenquelle.',
  // What the UI calls an owner account (vault/problems.ts accountLabelOf).
  'account.owner': '{provider}-Konto {id}',
  'account.lost': '{provider}-Konto (neu anmelden)',
};
