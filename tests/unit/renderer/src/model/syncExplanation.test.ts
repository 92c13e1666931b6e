import { afterEach, describe, expect, it } from 'vitest';
import { syncStatusOf } from '../../../../../electron/sync/status';
import type { ProviderId } from '../../../../../shared/domain';
import { setLocale } from '../../../../../renderer/src/i18n/t';
import { everyText, syncExplanation } from '../../../../../renderer/src/model/syncExplanation';

/** A status as main's scheduler assembles it: sites and pace per provider. */
function status(counts: [ProviderId, number, number][], online = true, paused = false) {
  const seconds = new Map(counts.map(([p, , s]) => [p, s]));
  return syncStatusOf({
    online,
    paused,
    running: false,
    lastRunAt: null,
    nextRunAt: null,
    progress: null,
    lastError: null,
    siteCounts: new Map(counts.map(([p, n]) => [p, n])),
    intervalOf: (provider) => seconds.get(provider) ?? 60,
  });
}

describe('syncExplanation', () => {
  afterEach(() => setLocale({ language: 'en', formats: 'en-US' }));

  it.each<[string, ReturnType<typeof status>, string, string]>([
    [
      'demo only',
      status([['demo', 6, 60]]),
      '6 demo sites: refreshed every minute',
      '6 Demo-Anlagen: Aktualisierung jede Minute',
    ],
    [
      'one site',
      status([['enphase', 1, 900]]),
      '1 Enphase site: refreshed every 15 min',
      '1 Enphase-Anlage: Aktualisierung alle 15 min',
    ],
    [
      'two paces',
      status([
        ['demo', 6, 60],
        ['enphase', 120, 4080],
      ]),
      '6 demo sites: refreshed every minute; 120 Enphase sites: refreshed every 68 min',
      '6 Demo-Anlagen: Aktualisierung jede Minute; 120 Enphase-Anlagen: Aktualisierung alle 68 min',
    ],
    [
      'three providers at one pace',
      status([
        ['enphase', 3, 7200],
        ['solaredge', 1, 7200],
        ['tesla', 2, 7200],
      ]),
      '3 Enphase sites, 1 SolarEdge site and 2 Tesla sites: refreshed every 2 h',
      '3 Enphase-Anlagen, 1 SolarEdge-Anlage und 2 Tesla-Anlagen: Aktualisierung alle 2 h',
    ],
    [
      'a provider with no sites left',
      status([
        ['demo', 6, 60],
        ['solaredge', 0, 900],
      ]),
      '6 demo sites: refreshed every minute',
      '6 Demo-Anlagen: Aktualisierung jede Minute',
    ],
    [
      'no sites',
      status([]),
      'No sites yet: connect an account or turn on demo mode.',
      'Noch keine Anlagen: Verbinden Sie ein Konto oder schalten Sie den Demomodus ein.',
    ],
    [
      'offline',
      status([['demo', 6, 60]], false),
      'Offline: showing saved data; refreshing resumes when the connection is back.',
      'Offline: Gespeicherte Daten werden angezeigt; die Aktualisierung läuft weiter, sobald die Verbindung zurück ist.',
    ],
    [
      'paused',
      status([['demo', 6, 60]], true, true),
      'Paused: showing saved data; no refresh until you resume.',
      'Pausiert: Gespeicherte Daten werden angezeigt; keine Aktualisierung, bis Sie fortsetzen.',
    ],
  ])('%s', (_, sync, english, german) => {
    expect(syncExplanation(sync)).toBe(english);
    setLocale({ language: 'de', formats: 'de-DE' });
    expect(syncExplanation(sync)).toBe(german);
  });

  it('says every pace in the language in use', () => {
    expect([30, 60, 3600, 7200].map(everyText)).toEqual([
      'every 30 s',
      'every minute',
      'every hour',
      'every 2 h',
    ]);
    setLocale({ language: 'de', formats: 'de-DE' });
    expect(everyText(7200)).toBe('alle 2 h');
  });
});
