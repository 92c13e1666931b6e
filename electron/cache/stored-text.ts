/**
 * How a StoredText (i18n/stored-text.ts) sits in a row: a text column with the English wording
 * (what older rows have, and the fallback should a key leave the catalogue) and, for messages,
 * a key column and a JSON params column (schema 5).
 */
import { messageSchema } from '../i18n/message-schema';
import type { StoredText } from '../i18n/stored-text';
import { englishWords } from '../i18n/words';

/** The three columns of a stored sentence. */
export interface StoredTextColumns {
  text: string | null;
  key: string | null;
  params: string | null;
}

/** The columns to write for `stored` (all null for no sentence). */
export function toColumns(stored: StoredText | null): StoredTextColumns {
  if (stored === null) return { text: null, key: null, params: null };
  if (typeof stored === 'string') return { text: stored, key: null, params: null };
  return {
    text: englishWords.say(stored),
    key: stored.key,
    params: JSON.stringify(stored.params ?? {}),
  };
}

function parsed(json: string | null): unknown {
  try {
    return JSON.parse(json ?? '{}');
  } catch {
    return null;
  }
}

/**
 * The sentence a row holds: its message when the key (and every nested key, such as an account
 * name inside a sentence) is known and the params are well-formed, else its text (or null).
 */
export function fromColumns(columns: StoredTextColumns): StoredText | null {
  if (columns.key !== null) {
    const message = messageSchema.safeParse({ key: columns.key, params: parsed(columns.params) });
    if (message.success) return message.data;
  }
  return columns.text;
}
