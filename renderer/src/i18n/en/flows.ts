/** English texts of the site page's flows section (home, grid, battery). */
export const flows = {
  'flows.title': 'Energy flows',
  'flows.solar': 'Solar produced',
  'flows.home': 'Home use',
  'flows.gridImport': 'From the grid',
  'flows.gridExport': 'To the grid',
  'flows.batteryCharge': 'Battery charged',
  'flows.batteryDischarge': 'Battery discharged',
  'flows.soc': 'Battery charge',
  'flows.socAt': 'at {time}',
  'flows.socUnknown': 'not reported',
  'flows.notMeasured': 'not measured',
} as const;
