/** English sentences main writes: notifications and the tray. */
export const desktop = {
  'desktop.rule.no_data': 'No data',
  'desktop.rule.zero_production': 'No production',
  'desktop.rule.underperformance': 'Underperforming',
  'desktop.rule.device_fault': 'Device fault',
  'desktop.rule.needs_sign_in': 'Sign-in needed',
  'desktop.rule.quota_low': 'Quota nearly used',
  'desktop.rule.quota_exhausted': 'Quota used up',
  'desktop.rule.cache_rebuilt': 'Cache rebuilt',
  'desktop.digest.title': '{count, plural, one {# new alert} other {# new alerts}}',
  'desktop.digest.lost': '{rules} · {kwh} kWh lost so far',
  'desktop.trayNotice.title': 'Enalysis keeps watching',
  'desktop.trayNotice.body':
    'It stays in the tray and tells you when a site needs attention. Quit from the tray menu; Settings can turn this off.',
  'desktop.tooltip.fine': 'Enalysis: all sites fine',
  'desktop.tooltip.attention':
    'Enalysis: {count, plural, one {# alert needs} other {# alerts need}} attention ({state, select, fault {a fault} other {a warning}})',
  'desktop.tray.open': 'Open Enalysis',
  'desktop.tray.refresh': 'Refresh now',
  'desktop.tray.pause': 'Pause refreshing',
  'desktop.tray.resume': 'Resume refreshing',
  'desktop.tray.quit': 'Quit',
} as const;
