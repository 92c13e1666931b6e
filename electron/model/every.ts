/**
 * How the app says how often something happens ("every 45 min") and on which day ("1 July"):
 * one wording for the scheduler's sentence and every provider's budget sentence, in the
 * language in force (the renderer's twin is renderer/src/model/syncExplanation.ts everyText).
 */
import { englishWords, type Words } from '../i18n/words';

/** "every minute", "every 15 min", "every 2 h": how often, in words. */
export function describeEvery(seconds: number, words: Words = englishWords): string {
  const s = Math.max(1, Math.round(seconds));
  if (s === 60) return words.t('sync.every.minute');
  if (s === 3600) return words.t('sync.every.hour');
  if (s < 120) return words.t('sync.every.seconds', { count: s });
  if (s < 2 * 3600 || s % 3600 !== 0) {
    return words.t('sync.every.minutes', { count: Math.round(s / 60) });
  }
  return words.t('sync.every.hours', { count: s / 3600 });
}

/** The language tag dates in sentences are written with: the sentence's own language. */
function dateLanguage(words: Words): string {
  // English keeps the day-first "1 July" it always had, whatever the number format.
  const { language } = words.locale();
  return language === 'en' ? 'en-GB' : language;
}

/** "1 July" / "1. Juli": a day of the year in a sentence (UTC: quota months are UTC months). */
export function describeDay(epochSeconds: number, words: Words = englishWords): string {
  return new Date(epochSeconds * 1000).toLocaleDateString(dateLanguage(words), {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
}

/** "10:42": a time of day in a sentence; `timeZone` undefined is the computer's own. */
export function describeClock(
  epochSeconds: number,
  words: Words = englishWords,
  timeZone?: string,
): string {
  return new Date(epochSeconds * 1000).toLocaleTimeString(dateLanguage(words), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  });
}
