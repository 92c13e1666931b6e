/** German texts of the site page's flows section. */
import type { flows as english } from '../en/flows';

/** See the English catalogue. */
export const flows: Readonly<Record<keyof typeof english, string>> = {
  'flows.title': 'Energieflüsse',
  'flows.solar': 'Solar erzeugt',
  'flows.home': 'Hausverbrauch',
  'flows.gridImport': 'Aus dem Netz',
  'flows.gridExport': 'Ins Netz',
  'flows.batteryCharge': 'Batterie geladen',
  'flows.batteryDischarge': 'Batterie entladen',
  'flows.soc': 'Batterieladung',
  'flows.socAt': 'um {time}',
  'flows.socUnknown': 'nicht gemeldet',
  'flows.notMeasured': 'nicht gemessen',
};
