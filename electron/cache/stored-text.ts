/**
 * How a StoredText (i18n/stored-text.ts) sits in a row: a text column with the English wording
 * (what older rows have, and the fallback should a key leave the catalogue) and, for messages,
 * a key column and a JSON params column (schema 5).
 */
import { en } from '../i18n/en';
import type { StoredText } from '../i18n/stored-text';
import { englishWords, type MainMessageKey, type MessageParams } from '../i18n/words';

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

function isKey(key: string): key is MainMessageKey {
  return Object.hasOwn(en, key);
}

function paramsOf(json: string | null): MessageParams | null {
  try {
    const value: unknown = JSON.parse(json ?? '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const entries = Object.entries(value);
    return entries.every(([, v]) => typeof v === 'string' || typeof v === 'number')
      ? (Object.fromEntries(entries) as MessageParams)
      : null;
  } catch {
    return null;
  }
}

/** The sentence a row holds: its message when the key is known, else its text (or null). */
export function fromColumns(columns: StoredTextColumns): StoredText | null {
  if (columns.key !== null && isKey(columns.key)) {
    const params = paramsOf(columns.params);
    if (params !== null) return { key: columns.key, params };
  }
  return columns.text;
}
