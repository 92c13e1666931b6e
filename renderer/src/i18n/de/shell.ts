/** German texts of the app shell: navigation, start-up, not-found, freshness. */
import type { shell as en } from '../en/shell';
import type { AreaOf } from '../catalogue-types';

export const shell: AreaOf<typeof en> = {
  'app.startFailed': 'Enalysis konnte nicht starten',
  'app.noBridge': 'Läuft nicht in Enalysis',
  'nav.main': 'Hauptnavigation',
  'nav.portfolio': 'Portfolio',
  'nav.connections': 'Verbindungen',
  'nav.alerts': 'Warnungen',
  'nav.reports': 'Berichte',
  'nav.settings': 'Einstellungen',
  'nav.sites': 'Anlagen',
  'nav.alertsBadge':
    '{count, plural, one {# Warnung erfordert Aufmerksamkeit} other {# Warnungen erfordern Aufmerksamkeit}}',
  'nav.demoBadge': 'DEMO',
  'nav.demoBadgeTitle': 'Demodaten – simulierte Gebäude',
  'notFound.siteHeading': 'Anlage nicht gefunden',
  'notFound.pageHeading': 'Seite nicht gefunden',
  'notFound.siteTitle': 'Diese Anlage ist nicht in der App',
  'notFound.siteBody':
    'Hier wird keine Anlage mit der Kennung „{siteId}“ verfolgt. Sie wurde vielleicht entfernt oder das zugehörige Konto getrennt; das Portfolio listet alle Anlagen, die die App verfolgt.',
  'notFound.pageTitle': 'Unter dieser Adresse gibt es keine Seite',
  'notFound.pageBody':
    '„{address}“ ist keine Seite von Enalysis. Die Adresse stammt vielleicht aus einem alten Lesezeichen oder einem vertippten Link.',
  'notFound.back': 'Zurück zum Portfolio',
  'notFound.openConnections': 'Verbindungen öffnen',
  'fresh.never': 'nie',
  'fresh.justNow': 'gerade eben',
  'fresh.minutesAgo': 'vor {minutes} min',
  'fresh.hoursAgo': 'vor {hours} h',
  'fresh.daysAgo': '{days, plural, one {vor # Tag} other {vor # Tagen}}',
  'fresh.noData': 'noch keine Daten',
  'fresh.updated': 'aktualisiert {ago}',
  'fresh.stale': 'Veraltet',
  'fresh.staleTitle': 'Älter, als das Aktualisierungsintervall erlaubt',
};
