/** German sentences main writes: notifications and the tray. */
import type { AreaOf } from '../../../shared/catalogue-types';
import type { desktop as en } from '../en/desktop';

export const desktop: AreaOf<typeof en> = {
  'desktop.rule.no_data': 'Keine Daten',
  'desktop.rule.zero_production': 'Keine Erzeugung',
  'desktop.rule.underperformance': 'Minderleistung',
  'desktop.rule.device_fault': 'Gerätestörung',
  'desktop.rule.needs_sign_in': 'Anmeldung nötig',
  'desktop.rule.quota_low': 'Kontingent fast aufgebraucht',
  'desktop.rule.quota_exhausted': 'Kontingent aufgebraucht',
  'desktop.rule.cache_rebuilt': 'Zwischenspeicher neu aufgebaut',
  'desktop.digest.title': '{count, plural, one {# neue Warnung} other {# neue Warnungen}}',
  'desktop.digest.lost': '{rules} · bisher {kwh} kWh Ertrag verloren',
  'desktop.trayNotice.title': 'Enalysis überwacht weiter',
  'desktop.trayNotice.body':
    'Die App bleibt im Infobereich und meldet sich, wenn eine Anlage Aufmerksamkeit braucht. Beenden über das Menü im Infobereich; in den Einstellungen lässt sich das abschalten.',
  'desktop.tooltip.fine': 'Enalysis: alle Anlagen in Ordnung',
  'desktop.tooltip.attention':
    'Enalysis: {count, plural, one {# Warnung braucht} other {# Warnungen brauchen}} Aufmerksamkeit ({state, select, fault {eine Störung} other {eine Warnung}})',
  'desktop.tray.open': 'Enalysis öffnen',
  'desktop.tray.refresh': 'Jetzt aktualisieren',
  'desktop.tray.pause': 'Aktualisierung anhalten',
  'desktop.tray.resume': 'Aktualisierung fortsetzen',
  'desktop.tray.quit': 'Beenden',
};
