import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../../shared/domain';
import { describeEvery } from '../../../../electron/model/every';
import { describeSync } from '../../../../electron/sync/explain';
import { germanWords } from '../../../harness/german-words';

describe('describeEvery', () => {
  it.each([
    [60, 'every minute'],
    [30, 'every 30 s'],
    [90, 'every 90 s'],
    [120, 'every 2 min'],
    [900, 'every 15 min'],
    [2700, 'every 45 min'],
    [3600, 'every hour'],
    [5400, 'every 90 min'],
    [7200, 'every 2 h'],
    [9000, 'every 150 min'],
    [86_400, 'every 24 h'],
    [0, 'every 1 s'],
  ])('%i s reads "%s"', (seconds, text) => {
    expect(describeEvery(seconds)).toBe(text);
  });

  it.each([
    [60, 'jede Minute'],
    [30, 'alle 30 s'],
    [3600, 'stündlich'],
    [5400, 'alle 90 min'],
    [7200, 'alle 2 h'],
  ])('%i s reads "%s" in German', (seconds, text) => {
    expect(describeEvery(seconds, germanWords)).toBe(text);
  });
});

describe('describeSync', () => {
  const counts = (entries: [ProviderId, number][]) => new Map(entries);

  it.each<[[ProviderId, number][], number, boolean, string]>([
    [[['demo', 6]], 60, true, '6 demo sites: refreshed every minute'],
    [[['demo', 1]], 60, true, '1 demo site: refreshed every minute'],
    [[['enphase', 120]], 2700, true, '120 Enphase sites: refreshed every 45 min'],
    [
      [
        ['demo', 6],
        ['enphase', 12],
        ['tesla', 1],
      ],
      900,
      true,
      '6 demo sites, 12 Enphase sites and 1 Tesla site: refreshed every 15 min',
    ],
    [[['solaredge', 0]], 900, true, 'No sites yet: connect an account or turn on demo mode.'],
    [[], 900, true, 'No sites yet: connect an account or turn on demo mode.'],
    [
      [['demo', 6]],
      60,
      false,
      'Offline: showing saved data; refreshing resumes when the connection is back.',
    ],
  ])('%j every %i s, online %s: "%s"', (entries, intervalSeconds, online, text) => {
    expect(describeSync({ siteCounts: counts(entries), intervalSeconds, online })).toBe(text);
  });

  it('gives each pace its own clause when providers refresh at different intervals', () => {
    const intervals: Record<ProviderId, number> = {
      demo: 60,
      enphase: 4080,
      solaredge: 4080,
      tesla: 900,
    };
    const siteCounts = counts([
      ['demo', 6],
      ['enphase', 120],
      ['solaredge', 2],
    ]);
    expect(describeSync({ siteCounts, intervalSeconds: (p) => intervals[p]!, online: true })).toBe(
      '6 demo sites: refreshed every minute; 120 Enphase sites and 2 SolarEdge sites: refreshed every 68 min',
    );
  });

  it.each<[[ProviderId, number][], boolean, boolean, string]>([
    [[['demo', 1]], true, false, '1 Demo-Anlage: Aktualisierung jede Minute'],
    [
      [
        ['demo', 6],
        ['tesla', 2],
      ],
      true,
      false,
      '6 Demo-Anlagen und 2 Tesla-Anlagen: Aktualisierung jede Minute',
    ],
    [
      [],
      true,
      false,
      'Noch keine Anlagen: Verbinden Sie ein Konto oder schalten Sie den Demomodus ein.',
    ],
    [
      [['demo', 6]],
      false,
      false,
      'Offline: Gespeicherte Daten werden angezeigt; die Aktualisierung läuft weiter, sobald die Verbindung zurück ist.',
    ],
    [
      [['demo', 6]],
      true,
      true,
      'Pausiert: Gespeicherte Daten werden angezeigt; keine Aktualisierung, bis Sie fortsetzen.',
    ],
  ])('%j online %s, paused %s, in German: "%s"', (entries, online, paused, text) => {
    const input = { siteCounts: counts(entries), intervalSeconds: 60, online, paused };
    expect(describeSync(input, germanWords)).toBe(text);
  });
});
