import { afterEach, describe, expect, it } from 'vitest';
import { formatAgo, formatUpdated } from '../../../../../renderer/src/i18n/relative';
import { setLocale } from '../../../../../renderer/src/i18n/t';

const now = 1_760_000_000;

describe('formatAgo / formatUpdated', () => {
  afterEach(() => setLocale({ language: 'en', formats: 'en-US' }));

  it.each([
    { ago: 0, en: 'just now', de: 'soeben' },
    { ago: 59, en: 'just now', de: 'soeben' },
    { ago: 60, en: '1 min ago', de: 'vor 1 min' },
    { ago: 3 * 60 + 30, en: '3 min ago', de: 'vor 3 min' },
    { ago: 59 * 60 + 59, en: '59 min ago', de: 'vor 59 min' },
    { ago: 3 * 3600, en: '3 h ago', de: 'vor 3 h' },
    { ago: 23 * 3600 + 3599, en: '23 h ago', de: 'vor 23 h' },
    { ago: 24 * 3600, en: '1 day ago', de: 'vor 1 Tag' },
    { ago: 5 * 86400, en: '5 days ago', de: 'vor 5 Tagen' },
    { ago: -120, en: 'just now', de: 'soeben' },
  ])('$ago s ago → "$en" / "$de"', ({ ago, en, de }) => {
    expect(formatAgo(now - ago, now)).toBe(en);
    setLocale({ language: 'de', formats: 'de-DE' });
    expect(formatAgo(now - ago, now)).toBe(de);
  });

  it('says plainly when there is no data', () => {
    expect(formatAgo(null, now)).toBe('never');
    expect(formatUpdated(null, now)).toBe('no data yet');
    setLocale({ language: 'de', formats: 'de-DE' });
    expect(formatUpdated(null, now)).toBe('noch keine Daten');
  });

  it('prefixes the freshness phrase', () => {
    expect(formatUpdated(now - 3 * 3600, now)).toBe('updated 3 h ago');
    setLocale({ language: 'de', formats: 'de-DE' });
    expect(formatUpdated(now - 3 * 3600, now)).toBe('aktualisiert vor 3 h');
  });
});
