/** English sentences main writes: alert summaries and the device-status sentences providers report. */
export const alerts = {
  'alert.noData':
    '{site} has sent no data for {hours} daylight hours (it normally reports every {minutes} minutes).',
  'alert.zeroProduction':
    '{site} produced nothing for {hours} h while nearby sites produced ({expectedKwh} kWh expected).',
  'alert.underperformance':
    '{site} produced {percent} % of what nearby weather allowed for {hours} h.',
  'alert.deviceFault': '{site} reports a device fault.',
  'alert.needsSignIn':
    '{account} needs to be signed in again: {count, plural, one {# site} other {# sites}} stopped updating.',
  'alert.quotaExhausted':
    "This month's {plan} request quota is used up: sites update again when it renews.",
  'alert.quotaLow': "{percent} % of this month's {plan} request quota is used.",
  'alert.cacheRebuilt':
    'The local cache was damaged and has been rebuilt; history is downloaded again.',

  'status.disconnected': 'Disconnected; showing cached data',
  'status.enphase.comm': 'The gateway is not reporting to Enphase.',
  'status.enphase.noData': 'Enphase has no recent data for this system.',
  'status.enphase.power': 'Enphase reports a production problem.',
  'status.enphase.error': 'Enphase reports an error on this system.',
  'status.enphase.micro': 'Some microinverters are not reporting.',
  'status.enphase.meter': 'Enphase reports a meter problem.',
  'status.enphase.battery': 'Enphase reports a battery problem.',
  'status.enphase.storageIdle': 'The battery is idle.',
  'status.enphase.warning': 'Enphase reports a warning on this system.',
  'status.enphase.deactivated': 'The system is deactivated in Enphase.',
  'status.enphase.retired': 'The system is retired in Enphase.',
  'status.enphase.disabled': 'Monitoring is disabled for this system.',
  'status.enphase.notMonitored': 'Enphase does not monitor this system.',
  'status.enphase.unknown': 'Enphase status “{status}”.',
  'status.solaredge.alert':
    '{serial, select, none {A device} other {The device with serial {serial}}} {kind, select, isolation {reports an isolation fault} fault {reports a fault} arc {reports an arc fault} ground {reports a ground fault} silent {stopped sending data} other {reports a problem}}{count, plural, =1 {} other { (# open SolarEdge alerts)}}.',
  'status.demo.tripped':
    'Inverter {inverter} of {count} ({model}) tripped on {day} {month, select, 1 {Jan} 2 {Feb} 3 {Mar} 4 {Apr} 5 {May} 6 {Jun} 7 {Jul} 8 {Aug} 9 {Sep} 10 {Oct} 11 {Nov} other {Dec}} at {time} local time with {alarm, select, groundFault {a ground-fault (insulation resistance) alarm} arcFault {an arc-fault alarm} other {an alarm}}; the site is producing about {percent} % of its expected output.',
  // Device names, numbered as the provider lists them (shared/device-label.ts).
  'device.inverter': 'Inverter {position}',
  'device.meter': 'Meter {position}',
  'device.gateway': 'Gateway {position}',
  'device.battery': 'Battery {position}',
  'device.device': 'Device {position}',
} as const;
