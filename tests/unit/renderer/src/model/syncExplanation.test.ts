import { afterEach, describe, expect, it } from 'vitest';
import { syncStatusOf } from '../../../../../electron/sync/status';
import type { ProviderId } from '../../../../../shared/domain';
import { setLocale } from '../../../../../renderer/src/i18n/t';
import { everyText, syncExplanation } from '../../../../../renderer/src/model/syncExplanation';

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

const cases: [string, ReturnType<typeof status>][] = [
  ['demo only', status([['demo', 6, 60]])],
  ['one site', status([['enphase', 1, 900]])],
  [
    'two paces',
    status([
      ['demo', 6, 60],
      ['enphase', 120, 4080],
    ]),
  ],
  [
    'three providers at one pace',
    status([
      ['enphase', 3, 7200],
      ['solaredge', 1, 7200],
      ['tesla', 2, 7200],
    ]),
  ],
  [
    'seconds and hours',
    status([
      ['demo', 2, 30],
      ['tesla', 2, 3600],
    ]),
  ],
  ['no sites', status([])],
  ['offline', status([['demo', 6, 60]], false)],
  ['paused', status([['demo', 6, 60]], true, true)],
];

describe('syncExplanation', () => {
  afterEach(() => setLocale({ language: 'en', formats: 'en-US' }));

  it.each(cases)('says in English exactly what main says: %s', (_, sync) => {
    expect(syncExplanation(sync)).toBe(sync.explanation);
  });

  it('speaks German', () => {
    setLocale({ language: 'de', formats: 'de-DE' });
    expect(syncExplanation(cases[2]![1])).toBe(
      '6 Demo-Anlagen: Aktualisierung jede Minute; 120 Enphase-Anlagen: Aktualisierung alle 68 min',
    );
    expect(everyText(7200)).toBe('alle 2 h');
    expect(syncExplanation(cases[7]![1])).toMatch(/^Pausiert/);
  });
});
