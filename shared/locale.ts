/**
 * Which language and which number/date format the app uses: the Settings choice when there is
 * one, else the operating system's. Pure, so every combination is table-tested.
 */
import type { Settings, SystemLocale } from './domain';

/** A language the app ships a catalogue for. */
export type Language = Exclude<Settings['language'], 'system'>;

/** The languages the app ships, in the order Settings lists them. */
export const LANGUAGES: readonly Language[] = ['en', 'de'];

/** Each language by its own name, as language pickers show them (never translated). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch' };

/** The format locale of a language chosen in Settings when the OS region speaks another one. */
const DEFAULT_FORMATS: Record<Language, string> = { en: 'en-US', de: 'de-DE' };

/** The language and format locale in use. */
export interface ResolvedLocale {
  language: Language;
  /** BCP 47 locale for Intl: numbers, dates, currency. */
  formats: string;
}

function primaryOf(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** A well-formed BCP 47 tag, or null (an OS can report `C` or `en_US.UTF-8`). */
function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.replace(/\..*$/, '').replace('_', '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The language: the setting, else the first OS language the app ships, else English. The format
 * locale: the OS region's when it speaks the same language (de-AT stays de-AT) or when the
 * language follows the system (an English UI on a German-formatted computer keeps `1.234,5`);
 * a language picked by hand otherwise brings its own (`de-DE`, `en-US`).
 */
export function resolveLocale(setting: Settings['language'], system: SystemLocale): ResolvedLocale {
  const fromSystem = system.languages.map(primaryOf).find(isLanguage);
  const language: Language = setting === 'system' ? (fromSystem ?? 'en') : setting;
  const formats = canonical(system.formats);
  if (formats && (setting === 'system' || primaryOf(formats) === language)) {
    return { language, formats };
  }
  return { language, formats: DEFAULT_FORMATS[language] };
}
