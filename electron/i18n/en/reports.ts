/**
 * English sentences main writes into documents a facility manager hands on: the Excel export's
 * sheet and column headers (the CSV keeps these English headers on purpose, as stable names for
 * other tools) and the grid-factor source shown under CO2 figures in reports and Settings.
 */
export const reports = {
  'report.sheet': 'Production',
  'report.col.site': 'Site',
  'report.col.siteId': 'Site ID',
  'report.col.country': 'Country',
  'report.col.timeZone': 'Time zone',
  'report.col.localDate': 'Local date',
  'report.col.localMonth': 'Local month',
  'report.col.periodStart': 'Period start (local time; ISO 8601 with UTC offset)',
  'report.col.periodEnd': 'Period end (local time; ISO 8601 with UTC offset)',
  'report.col.energy': 'Energy (kWh)',
  'report.col.yield': 'Specific yield (kWh/kWp)',
  'report.col.savings': 'Savings ({currency})',
  'report.col.co2': 'CO2 avoided (kg)',
  'report.gridFactorSource':
    'Grid factors: Ember Yearly Electricity Data, {year} (via Our World in Data); countries not listed use the {year} world average.',
} as const;
