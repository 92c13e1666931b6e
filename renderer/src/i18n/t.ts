/**
 * The renderer's one active language: `t()` for texts and, through shared/format.ts, the number
 * and date locale. The app shows one language at a time, so this is module state that
 * I18nProvider sets before anything renders (and remounts the tree when it changes); pure view
 * code can call `t()` without threading a locale through every function.
 */
import { setFormatLocale } from '../../../shared/format';
import { de } from './de';
import { en, type MessageKey } from './en';
import type { Language, ResolvedLocale } from '../../../shared/locale';
import {
  formatMessage,
  type MessageLocale,
  type MessageParams,
} from '../../../shared/message-format';

export type { MessageKey } from './en';
export type { MessageParams } from '../../../shared/message-format';

const CATALOGUES: Record<Language, Readonly<Record<MessageKey, string>>> = { en, de };

interface Active extends ResolvedLocale, MessageLocale {
  messages: Readonly<Record<MessageKey, string>>;
}

function activate(locale: ResolvedLocale): Active {
  setFormatLocale(locale.formats);
  return {
    ...locale,
    messages: CATALOGUES[locale.language],
    plurals: new Intl.PluralRules(locale.language),
    numbers: new Intl.NumberFormat(locale.formats, { maximumFractionDigits: 2 }),
  };
}

let active = activate({ language: 'en', formats: 'en-US' });

/** Switches language and formats; I18nProvider calls it (tests may too, then switch back). */
export function setLocale(locale: ResolvedLocale): void {
  if (locale.language === active.language && locale.formats === active.formats) return;
  active = activate(locale);
}

/** The language and format locale in use. */
export function currentLocale(): ResolvedLocale {
  return { language: active.language, formats: active.formats };
}

/** The text for `key` in the active language, with `{name}` and plural arguments filled in. */
export function t(key: MessageKey, params: MessageParams = {}): string {
  return formatMessage(active.messages[key], params, active);
}
