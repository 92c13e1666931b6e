/** German sentences main writes: budget explanations, provider intros and the sync status. */
import type { AreaOf } from '../../../shared/catalogue-types';
import type { budget as en } from '../en/budget';

export const budget: AreaOf<typeof en> = {
  'sync.every.minute': 'jede Minute',
  'sync.every.hour': 'stündlich',
  'sync.every.seconds': 'alle {count} s',
  'sync.every.minutes': 'alle {count} min',
  'sync.every.hours': 'alle {count} h',

  'budget.enphase.planShare': '{plan} ({percent} % Anteil)',
  'budget.enphase.none': 'Noch keine Enphase-Anlagen im Tarif {plan}.',
  'budget.enphase.sites': '{count, plural, one {# Anlage} other {# Anlagen}} im Tarif {plan}',
  'budget.enphase.exhausted':
    '{sites}: Die Anfragen dieses Monats sind aufgebraucht; die Aktualisierung läuft am {day} weiter.',
  'budget.enphase.refreshed': '{sites}: Aktualisierung {every}',
  'budget.enphase.nearlySpent': '{sentence} ({percent} % der Anfragen dieses Monats verbraucht).',
  'budget.enphase.overCommitted':
    '{sentence}; mit den Anfragen des Tarifs lassen sich so viele Anlagen nicht häufiger aktualisieren.',
  'budget.allowance.amount': '{count, plural, one {# Anfrage pro Tag} other {# Anfragen pro Tag}}',
  'budget.allowance.lease':
    'Anteil dieses Computers am Enphase-Tarif der Plattform: {amount}, erneuert um {time}.',
  'budget.allowance.default':
    'Der Anteil dieses Computers am Enphase-Tarif der Plattform ist nicht bestätigt: {amount}, bis das Relay antwortet.',

  'budget.solaredge.plan':
    '{free, select, yes {{perMonth} Guthaben pro Monat (kostenloser Tarif)} other {{perMonth} Guthaben pro Monat}}',
  'budget.solaredge.exhausted':
    'Das SolarEdge-Guthaben dieses Monats ist aufgebraucht: bis zum {day} kein Aufruf bei SolarEdge. Gespeicherte Daten bleiben sichtbar.',
  'budget.solaredge.none': 'Noch keine SolarEdge-Anlagen mit {plan}.',
  'budget.solaredge.refreshed':
    '{count, plural, one {# SolarEdge-Anlage} other {# SolarEdge-Anlagen}} mit {plan}: Aktualisierung {every} bei Tageslicht, ein Guthaben pro Anlage und Aktualisierung',
  'budget.solaredge.overCommitted':
    '{sentence}; mit dem Guthaben des Tarifs lassen sich so viele Anlagen nicht häufiger aktualisieren.',

  'budget.tesla.plan': 'nach Verbrauch, {limit} pro Monat',
  'budget.tesla.sites': '{count, plural, one {# Tesla-Anlage} other {# Tesla-Anlagen}}',
  'budget.tesla.minutes': '{count} min',
  'budget.tesla.hours': '{count} h',
  'budget.tesla.refused':
    '{sites}: pausiert, Tesla meldet, dass das Abrechnungslimit der Plattform für diesen Monat erreicht ist; die App fragt alle {hours} Stunden erneut',
  'budget.tesla.stopped':
    '{sites}: pausiert, das Ausgabenlimit von {limit} für diesen Monat ist erreicht ({spent} ausgegeben); die Aktualisierung läuft am {day} weiter',
  'budget.tesla.refreshed':
    '{sites}: Aktualisierung alle {interval}, etwa {projected} von {limit} in diesem Monat',

  'provider.demo.intro':
    'Eine simulierte Flotte, die zeigt, was Enalysis kann, bevor ein Konto verbunden ist.',
  'provider.demo.quota':
    'Die Demo-Flotte wird auf diesem Computer simuliert: Sie verbraucht keine Anfragen.',
  'provider.enphase.intro':
    'Melden Sie sich mit Ihrem eigenen Enphase-Konto an und wählen Sie, welche seiner Systeme verfolgt werden. Sie melden sich auf der Seite von Enphase an: Enalysis sieht Ihr Passwort nie, und der erhaltene Zugang bleibt verschlüsselt auf diesem Computer.',
  'provider.enphase.quota':
    '{overridden, select, yes {Enalysis läuft mit dem Enphase-Tarif {plan} ({whole} Aufrufe pro Monat für alle Installationen zusammen); diese Installation darf {share} % davon nutzen: {mine} Aufrufe pro Monat, {perMinute} pro Minute (von einem Betreiber auf diesem Computer festgelegt).} other {Enalysis läuft mit dem Enphase-Tarif {plan} ({whole} Aufrufe pro Monat für alle Installationen zusammen); diese Installation darf {share} % davon nutzen: {mine} Aufrufe pro Monat, {perMinute} pro Minute.}} Enphase begrenzt die Anfragen für die Enalysis-App als Ganzes, nicht pro Computer: Alle Installationen der App schöpfen aus demselben Monatskontingent. Diese Installation hält sich an ihren Anteil und verteilt die Aktualisierungen so, dass die Aufrufe bis zum Monatsende reichen.',
  'provider.solaredge.intro':
    'Hausbesitzer: Melden Sie sich auf der Seite von SolarEdge an und gewähren Sie Enalysis Zugriff auf Ihre Anlage. Installateure mit Flottenkonto: Fügen Sie dessen API-Schlüssel ein (Monitoring Platform → Admin → Site Access → API access) und wählen Sie seine Anlagen; der Schlüssel wird mit einem Aufruf geprüft, bleibt verschlüsselt auf diesem Computer, und Enalysis zeigt ihn nie wieder an.',
  'provider.solaredge.quota':
    'Jeder SolarEdge-Aufruf kostet ein Guthaben des Tarifs Ihres Kontos: {plan} und {perMinute} pro Minute. Enalysis verteilt die Aktualisierungen so, dass das Guthaben bis zum Monatsende reicht, und ruft SolarEdge nicht mehr auf, wenn es aufgebraucht ist.',
  'provider.tesla.intro':
    'Melden Sie sich mit Ihrem eigenen Tesla-Konto an und wählen Sie, welche seiner Energiestandorte (Solar, Powerwall) verfolgt werden. Sie melden sich auf der Seite von Tesla an: Enalysis sieht Ihr Passwort nie, und der erhaltene Zugang bleibt verschlüsselt auf diesem Computer.',
  'provider.tesla.quota':
    'Tesla berechnet jede Anfrage (etwa {per500} pro 500) nach einem kostenlosen Guthaben von {credit} pro Monat. Diese Installation gibt höchstens {limit} pro Monat aus (Einstellungen), verteilt die Aktualisierungen so, dass der Monat im Rahmen bleibt, ruft nachts nichts ab und hört auf, sobald das Limit erreicht ist.',
};
