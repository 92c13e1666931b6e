/**
 * A sentence as the cache keeps it: a Message (key and params, put into words when it is shown,
 * in the language of that moment), or plain text written before messages were stored (cache
 * schema 4 and older: English) or by code that has no key for it yet.
 */
import type { Message, Words } from './words';

/** A stored sentence (see the module comment). */
export type StoredText = Message | string;

/** The stored sentence in the current language; plain text is shown as it was stored. */
export function sayStored(words: Words, text: StoredText): string {
  return typeof text === 'string' ? text : words.say(text);
}
