/** German texts of the portfolio page, its table and the fleet chart. */
import type { AreaOf } from '../../../../shared/catalogue-types';
import type { portfolio as en } from '../en/portfolio';

export const portfolio: AreaOf<typeof en> = {
  'portfolio.title': 'Portfolio',
  'portfolio.subtitle':
    '{count, plural, one {# Anlage} other {# Anlagen}} · heute in der Ortszeit jeder Anlage',
  'portfolio.loadFailed': 'Die Anlagen konnten nicht geladen werden.',
  'portfolio.loading': 'Anlagen werden geladen …',
  'portfolio.emptyTitle':
    'Noch keine Anlagen – verbinden Sie ein Konto oder schalten Sie den Demomodus ein',
  'portfolio.emptyConnect': 'Konto verbinden',
  'portfolio.emptySettings': 'Einstellungen öffnen',
  'portfolio.emptyBody':
    'Verbinden Sie auf der Seite „Verbindungen“ ein Konto, um Ihre eigenen Gebäude zu verfolgen. Der Demomodus (in den Einstellungen) zeigt {fleet} mit Live-Erzeugung und braucht kein Konto.',
  'portfolio.kpiToday': 'Ertrag der Flotte heute',
  'portfolio.kpiTodayFoot': '{count, plural, one {über # Anlage} other {über # Anlagen}}',
  'portfolio.kpiPower': 'Aktuelle Leistung',
  'portfolio.kpiPowerFoot': '{percent} % der Nennleistung',
  'portfolio.kpiCapacity': 'Installierte Leistung',
  'portfolio.kpiCapacityFoot': 'Spitze, alle Anlagen',
  'portfolio.kpiAttention': 'Anlagen mit Handlungsbedarf',
  'portfolio.kpiAttentionFoot': 'Fehler, Warnungen oder veraltete Daten',
  'portfolio.kpiAllNormal': 'alle Anlagen normal',
  'portfolio.fleetChart': 'Ertrag der Flotte, letzte 30 Tage',
  'portfolio.fleetChartHint': 'Summe der lokalen Tage jeder Anlage',
  'portfolio.sites': 'Anlagen',
  'portfolio.sitesHint': 'Spalte anklicken zum Sortieren · Anlage anklicken zum Öffnen',
  'portfolio.colSite': 'Anlage',
  'portfolio.colStatus': 'Status',
  'portfolio.colToday': 'Heute',
  'portfolio.colNow': 'Jetzt',
  'portfolio.colYield': 'Spez. Ertrag',
  'portfolio.colVsExpected': 'Ist/Soll',
  'portfolio.colVsExpectedTitle':
    'Heute bisher im Vergleich zur Erwartung bei klarem Himmel für Größe und gelernte Leistung der Anlage, bis zur neuesten Messung',
  'portfolio.colCurve': 'Verlauf heute',
  'portfolio.colUpdated': 'Aktualisiert',
  'portfolio.vsExpectedNone': 'Noch nicht vergleichbar.',
  'portfolio.vsExpectedTitle':
    '{percent} % der {expected} kWh, die ein klarer Himmel bisher ergeben hätte',
  'fleet.perDay': '{unit} pro Tag',
  'fleet.complete': 'Abgeschlossene Tage',
  'fleet.running': 'Lokaler Tag einer Anlage läuft noch',
  'fleet.chartLabel': 'Ertrag der Flotte pro Tag, letzte {days} Tage',
  'fleet.soFar': '{date} (bisher)',
  'fleet.fleet': 'Flotte',
  'status.normal': 'Normal',
  'status.warning': 'Warnung',
  'status.fault': 'Störung',
  'status.needsReauth': 'Neu verbinden',
  'portfolio.vsExpectedRegion':
    '{title}; Anlagen in der Nähe liegen bei {region} %, also liegt es am Himmel, nicht an dieser Anlage',
};
