import { describe, expect, it } from 'vitest';
import { createWords, englishWords, type Message } from '../../../../electron/i18n/words';
import type { Settings } from '../../../../shared/domain';
import { resolveLocale } from '../../../../shared/locale';

/** Words over a language setting the test changes, on a computer whose OS says `system`. */
function wordsWith(system = { languages: ['en-US'], formats: 'en-US' }) {
  let setting: Settings['language'] = 'system';
  const words = createWords(() => resolveLocale(setting, system));
  return {
    words,
    set: (value: Settings['language']) => {
      setting = value;
    },
  };
}

describe('Words', () => {
  it('follow the language setting at each call, without being rebuilt', () => {
    const { words, set } = wordsWith();
    expect(words.t('error.siteGone')).toBe('That site is not in this app any more.');
    set('de');
    expect(words.t('error.siteGone')).toBe('Diese Anlage ist nicht mehr in der App.');
    set('system');
    expect(words.t('error.siteGone')).toBe('That site is not in this app any more.');
  });

  it('take the OS language when the setting follows the system', () => {
    const { words } = wordsWith({ languages: ['de-AT', 'en'], formats: 'de-AT' });
    expect(words.locale()).toEqual({ language: 'de', formats: 'de-AT' });
    expect(words.t('error.cache.closed')).toBe('Der lokale Datenspeicher ist geschlossen.');
  });

  it.each([
    ['en', 'Enphase sent an answer larger than 1,500 MB; it was not read'],
    ['de', 'Enphase hat eine Antwort größer als 1.500 MB geschickt; sie wurde nicht gelesen'],
  ] as const)('format numbers for the locale in force (%s)', (language, text) => {
    const { words, set } = wordsWith();
    set(language);
    expect(words.t('error.enphase.tooLarge', { megabytes: 1500 })).toBe(text);
  });

  it.each([
    ['en', 1, 'Connected: 1 system visible.'],
    ['en', 12, 'Connected: 12 systems visible.'],
    ['de', 1, 'Verbunden: 1 Anlage sichtbar.'],
    ['de', 12, 'Verbunden: 12 Anlagen sichtbar.'],
  ] as const)('choose the plural of the language (%s, %i)', (language, count, text) => {
    const { words, set } = wordsWith();
    set(language);
    expect(words.t('notice.test.systems', { count })).toBe(text);
  });

  it('say a stored message, putting a message among its arguments into words first', () => {
    const { words, set } = wordsWith();
    const message: Message = {
      key: 'error.sync.siteFailed',
      params: {
        site: 'Lincoln High School',
        reason: { key: 'error.provider.http', params: { provider: 'Enphase', status: '503' } },
      },
    };
    expect(words.say(message)).toBe('Lincoln High School: Enphase answered with HTTP 503.');
    set('de');
    expect(words.say(message)).toBe('Lincoln High School: Enphase hat mit HTTP 503 geantwortet.');
  });

  it('keep English words English whatever the process locale', () => {
    expect(englishWords.locale()).toEqual({ language: 'en', formats: 'en-US' });
    expect(englishWords.t('error.internal')).toBe('Something went wrong; details are in the log.');
  });
});
