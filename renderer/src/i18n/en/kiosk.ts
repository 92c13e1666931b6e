/** English texts of kiosk mode. */
export const kiosk = {
  'kiosk.fleetToday': 'Fleet today',
  'kiosk.energyToday': 'Energy today',
  'kiosk.powerNow': 'Power now',
  'kiosk.installed': 'Installed',
  'kiosk.specificYield': 'Specific yield',
  'kiosk.night': ' · night',
  'kiosk.nightSunrise': ' · night, sunrise {time}',
  'kiosk.demo': 'Demo data — simulated buildings',
  'chart.ofExpected': 'Of clear-sky expected',
} as const;
