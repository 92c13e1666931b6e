import { afterEach, describe, expect, it } from 'vitest';
import { englishWords, type Words } from '../../../../../electron/i18n/words';
import { syncStatusOf } from '../../../../../electron/sync/status';
import { germanWords } from '../../../../harness/german-words';
import type { ProviderId } from '../../../../../shared/domain';
import { setLocale } from '../../../../../renderer/src/i18n/t';
import { everyText, syncExplanation } from '../../../../../renderer/src/model/syncExplanation';

function status(
  counts: [ProviderId, number, number][],
  online = true,
  paused = false,
  words: Words = englishWords,
) {
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
    words,
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

  it.each(cases)('says in German exactly what main says in German: %s', (_, sync) => {
    setLocale({ language: 'de', formats: 'de-DE' });
    const german = syncStatusOf({
      ...sync,
      siteCounts: new Map(sync.refresh.map((r) => [r.provider, r.sites])),
      intervalOf: (provider) =>
        sync.refresh.find((r) => r.provider === provider)?.intervalSeconds ?? 60,
      words: germanWords,
    });
    expect(german.explanation).not.toBe(sync.explanation);
    expect(syncExplanation(german)).toBe(german.explanation);
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
