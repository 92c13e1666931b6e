/** German texts of the site page: header, KPIs, range toolbar, chart, comparison, devices. */
import type { AreaOf } from '../../../../shared/catalogue-types';
import type { site as en } from '../en/site';

export const site: AreaOf<typeof en> = {
  'site.breadcrumb': 'Brotkrümelnavigation',
  'site.kpiToday': 'Ertrag heute',
  'site.kpiPower': 'Aktuelle Leistung',
  'site.kpiPowerFoot': '{percent} % der Nennleistung',
  'site.kpiYield': 'Spezifischer Ertrag heute',
  'site.kpiYieldFoot': '{capacity} installiert',
  'site.kpiLifetime': 'Gesamtertrag',
  'site.lifetimeSince': 'gespeicherter Verlauf seit {date}',
  'site.lifetimeNone': 'noch kein Verlauf gespeichert',
  'site.localTime': '{time} Ortszeit',
  'site.sunrise': 'Sonnenaufgang {time}',
  'site.sunset': 'Sonnenuntergang {time}',
  'site.sunDown': 'die Sonne geht heute nicht auf',
  'site.sunUp': 'die Sonne geht heute nicht unter',
  'site.night':
    'Heute noch keine Erzeugung: Bei der Anlage ist es {time}. Angezeigt wird {day}, der letzte vollständige Tag.',
  'site.nightSunrise':
    'Heute noch keine Erzeugung: Bei der Anlage ist es {time}, Sonnenaufgang um {sunrise}. Angezeigt wird {day}, der letzte vollständige Tag.',
  'site.range': 'Diagrammzeitraum',
  'site.range.day': 'Tag',
  'site.range.week': 'Woche',
  'site.range.month': 'Monat',
  'site.range.year': 'Jahr',
  'site.range.lifetime': 'Gesamt',
  'site.allYears': 'Alle Jahre',
  'site.previousPeriod': 'Vorheriger Zeitraum',
  'site.nextPeriod': 'Nächster Zeitraum',
  'site.today': 'Heute',
  'site.total': 'Summe',
  'site.totalLifetime': 'Summe des gespeicherten Verlaufs',
  'site.against': '({current} gegenüber {previous})',
  'site.nothingYet': 'Heute noch keine Erzeugung',
  'site.noPrevious':
    '{range, select, day {Kein Vortag mit Daten zum Vergleich} week {Keine Vorwoche mit Daten zum Vergleich} month {Kein Vormonat mit Daten zum Vergleich} year {Kein Vorjahr mit Daten zum Vergleich} other {Kein vorheriger Zeitraum mit Daten zum Vergleich}}',
  'site.vsPreviousDayNow': 'ggü. Vortag zur gleichen Uhrzeit',
  'site.vsPreviousDay': 'ggü. Vortag',
  'site.vsSpan':
    '{days, plural, one {ggü. {span} · # Tag mit Daten auf beiden Seiten} other {ggü. {span} · # Tage mit Daten auf beiden Seiten}}',
  'site.vsSpanToday':
    '{days, plural, one {ggü. {span} · # Tag mit Daten auf beiden Seiten, heute bis zu dieser Uhrzeit} other {ggü. {span} · # Tage mit Daten auf beiden Seiten, heute bis zu dieser Uhrzeit}}',
  'site.power': 'Leistung',
  'site.energy': 'Ertrag',
  'site.previous.day': 'Vortag',
  'site.previous.week': 'Vorwoche',
  'site.previous.month': 'Vormonat',
  'site.previous.year': 'Vorjahr',
  'site.expected': 'Erwartet (klarer Himmel)',
  'site.expectedPercent': '% der Erwartung bei klarem Himmel',
  'site.markersLegend': '▼ Warnung begann · ▲ endete',
  'site.pointsShown': '{shown} von {total} Punkten angezeigt',
  'site.noData': 'Keine Daten für diesen Zeitraum.',
  'site.exportCsv': 'CSV exportieren',
};
