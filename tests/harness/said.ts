/**
 * Messages in tests: a fake's own sentence as a Message (main's errors carry catalogue messages,
 * not strings), and a stored connection problem read back in English.
 */
import { englishWords, type Message } from '../../electron/i18n/words';
import { problemMessage, type Problem } from '../../electron/vault/problems';

/** `text` as a Message (the catalogue's `notice.asWritten`). */
export function said(text: string): Message {
  return { key: 'notice.asWritten', params: { text } };
}

/** A connection's stored problem in English, or null/undefined as it was. */
export function problemText(problem: Problem | null | undefined): string | null | undefined {
  return problem == null ? problem : englishWords.say(problemMessage(problem));
}
