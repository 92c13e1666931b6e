/**
 * Main's sentences in the user's language. Main writes sentences the renderer shows as they are
 * (alert summaries, errors, budget explanations) and sentences the OS shows (notifications, the
 * tray), so it needs the same language the renderer uses: the Settings choice, else the OS's
 * (shared/locale.ts decides for both). The language is read at each call, so a change in
 * Settings applies to the next sentence without a restart.
 */
import type { SystemLocale } from '../../shared/domain';
import type { ResolvedLocale } from '../../shared/locale';
import { formatMessage, type MessageParams } from '../../shared/message-format';
import { de } from './de';
import { en, type MainMessageKey } from './en';

export type { MainMessageKey } from './en';
export type { MessageParams } from '../../shared/message-format';

/**
 * A sentence not yet put into words: what is stored (alerts, site status details) so it can be
 * read in whatever language the user has when it is shown.
 */
export interface Message {
  key: MainMessageKey;
  /** Arguments; one that is itself a Message is put into words first (a reason inside a sentence). */
  params?: Readonly<Record<string, string | number | Message>>;
}

/** Turns keys into sentences in the language in force. */
export interface Words {
  /** The text for `key` in the current language, arguments filled in. */
  t(key: MainMessageKey, params?: MessageParams): string;
  /** A stored message in the current language. */
  say(message: Message): string;
  /** The language and format locale in force now. */
  locale(): ResolvedLocale;
}

const CATALOGUES = { en, de } as const;

/** Words that follow `locale()`; formatters are rebuilt only when it changes. */
export function createWords(locale: () => ResolvedLocale): Words {
  let memo: { key: string; plurals: Intl.PluralRules; numbers: Intl.NumberFormat } | null = null;
  const format = (resolved: ResolvedLocale) => {
    const key = `${resolved.language}|${resolved.formats}`;
    if (memo?.key !== key) {
      memo = {
        key,
        plurals: new Intl.PluralRules(resolved.language),
        numbers: new Intl.NumberFormat(resolved.formats, { maximumFractionDigits: 2 }),
      };
    }
    return memo;
  };
  const t = (key: MainMessageKey, params: MessageParams = {}) => {
    const resolved = locale();
    const catalogue: Readonly<Record<MainMessageKey, string>> = CATALOGUES[resolved.language];
    return formatMessage(catalogue[key], params, format(resolved));
  };
  const say = (message: Message): string => {
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(message.params ?? {})) {
      params[name] = typeof value === 'object' ? say(value) : value;
    }
    return t(message.key, params);
  };
  return { t, say, locale };
}

/** English words, for tests, benchmarks and scripts that have no user. */
export const englishWords: Words = createWords(() => ({ language: 'en', formats: 'en-US' }));

/** The process's own locale, for hosts that do not say (benchmarks, scripts). */
export function processSystemLocale(): SystemLocale {
  const locale = Intl.DateTimeFormat().resolvedOptions().locale;
  return { languages: [locale], formats: locale };
}
