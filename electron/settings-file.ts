/**
 * The settings file's health check, run before electron-store (or conf in the harness) opens it.
 * Those libraries throw from their constructor on a truncated, empty or NUL-filled file, which
 * would end every launch with "Enalysis could not start"; a file that parses to something other
 * than an object would make every read wrong. Such a file is moved aside
 * (`settings.json.corrupt-<time>`) and the app starts with defaults and tells the user.
 */
import { existsSync, readFileSync } from 'node:fs';
import { moveAside } from './files/move-aside';
import { englishWords, type Message } from './i18n/words';
import type { Logger } from './ports';

/** What happened to an unreadable settings file, and the sentence the user reads about it. */
export interface SettingsRecovery {
  movedTo: string;
  /** The notice in English, for logs and tests. */
  message: string;
  /** The notice for the user, in the language in force when it is shown. */
  notice: Message;
}

/** True when `text` is what the store can use: a JSON object. */
function readable(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** Moves an unreadable settings file aside; null when there is none or it is fine. */
export function recoverSettingsFile(
  filePath: string,
  epochSeconds: number,
  log: Logger,
): SettingsRecovery | null {
  if (!existsSync(filePath)) return null;
  if (readable(readFileSync(filePath, 'utf8'))) return null;
  const movedTo = moveAside(filePath, epochSeconds);
  log.warn('settings file unreadable; moved aside, starting with defaults', { movedTo });
  const notice: Message = { key: 'notice.settings.unreadable', params: { movedTo } };
  return { movedTo, message: englishWords.say(notice), notice };
}
