/** German sentences main writes into documents: Excel sheet and headers, the grid-factor source. */
import type { AreaOf } from '../../../shared/catalogue-types';
import type { reports as en } from '../en/reports';

export const reports: AreaOf<typeof en> = {
  'report.sheet': 'Ertrag',
  'report.col.site': 'Anlage',
  'report.col.siteId': 'Anlagen-ID',
  'report.col.country': 'Land',
  'report.col.timeZone': 'Zeitzone',
  'report.col.localDate': 'Datum (Ortszeit)',
  'report.col.localMonth': 'Monat (Ortszeit)',
  'report.col.periodStart': 'Beginn (Ortszeit; ISO 8601 mit UTC-Versatz)',
  'report.col.periodEnd': 'Ende (Ortszeit; ISO 8601 mit UTC-Versatz)',
  'report.col.energy': 'Ertrag (kWh)',
  'report.col.yield': 'Spezifischer Ertrag (kWh/kWp)',
  'report.col.savings': 'Einsparung ({currency})',
  'report.col.co2': 'Vermiedenes CO2 (kg)',
  'report.gridFactorSource':
    'Netzfaktoren: Ember Yearly Electricity Data, {year} (über Our World in Data); für nicht aufgeführte Länder gilt der weltweite Durchschnitt von {year}.',
};
