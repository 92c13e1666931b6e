import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../../shared/locale';

describe('resolveLocale', () => {
  it.each([
    { setting: 'system', languages: ['de-DE'], formats: 'de-DE', expected: ['de', 'de-DE'] },
    { setting: 'system', languages: ['de-AT', 'en'], formats: 'de-AT', expected: ['de', 'de-AT'] },
    // An English UI on a German-formatted computer: English words, German numbers.
    { setting: 'system', languages: ['en-US'], formats: 'de-DE', expected: ['en', 'de-DE'] },
    { setting: 'system', languages: ['en-GB'], formats: 'en-GB', expected: ['en', 'en-GB'] },
    // A language the app does not ship: the next preferred one, else English.
    {
      setting: 'system',
      languages: ['fr-FR', 'de-CH'],
      formats: 'fr-FR',
      expected: ['de', 'fr-FR'],
    },
    { setting: 'system', languages: ['ja-JP'], formats: 'ja-JP', expected: ['en', 'ja-JP'] },
    { setting: 'system', languages: [], formats: 'en_US.UTF-8', expected: ['en', 'en-US'] },
    // A language picked by hand brings its own formats unless the OS region speaks it.
    { setting: 'de', languages: ['en-US'], formats: 'en-US', expected: ['de', 'de-DE'] },
    { setting: 'de', languages: ['en-US'], formats: 'de-CH', expected: ['de', 'de-CH'] },
    { setting: 'en', languages: ['de-DE'], formats: 'de-DE', expected: ['en', 'en-US'] },
    { setting: 'en', languages: ['de-DE'], formats: 'en-GB', expected: ['en', 'en-GB'] },
    { setting: 'en', languages: ['en-US'], formats: '!!', expected: ['en', 'en-US'] },
  ] as const)(
    '$setting on $languages / $formats → $expected',
    ({ setting, languages, formats, expected }) => {
      const resolved = resolveLocale(setting, { languages: [...languages], formats });
      expect([resolved.language, resolved.formats]).toEqual(expected);
    },
  );
});
