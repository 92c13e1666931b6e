/**
 * Named errors carrying what the UI needs to say. The IPC dispatcher turns them into typed
 * results, their text put into words in the language in force when it answers; anything else
 * becomes a generic "internal" error whose details stay in the log.
 */
import type { IpcError } from '../shared/contract';
import { englishWords, type Message } from './i18n/words';

/**
 * Base class: an error whose `text` is a sentence of main's catalogue, safe and useful to show
 * the user. `message` (for logs and tests) is that sentence in English, or `logDetail` when the
 * log needs more than the user does, so logs read the same whatever the user's language.
 */
export class AppError extends Error {
  constructor(
    readonly code: IpcError['code'],
    readonly text: Message,
    logDetail?: string,
  ) {
    super(logDetail ?? englishWords.say(text));
    this.name = new.target.name;
  }
}

/** The thing asked for (a site, a connection) does not exist. */
export class NotFoundError extends AppError {
  constructor(text: Message) {
    super('not_found', text);
  }
}

/** The request is well-formed but cannot be honoured as asked. */
export class InvalidRequestError extends AppError {
  constructor(text: Message, logDetail?: string) {
    super('invalid_request', text, logDetail);
  }
}

/** A service the call needs is not ready or not reachable (offline, cache closed). */
export class UnavailableError extends AppError {
  constructor(text: Message, logDetail?: string) {
    super('unavailable', text, logDetail);
  }
}

/** The connection's grant is gone: the owner has to sign in again. */
export class ReauthRequiredError extends AppError {
  constructor(
    readonly connectionId: string,
    text: Message = { key: 'error.reconnect' },
  ) {
    super('needs_reauth', text);
  }
}

/** What an unexpected HTTP status from a provider says: trouble for a 5xx, the bare status else. */
export function httpStatusText(provider: string, status: number): Message {
  const key = status >= 500 ? 'error.provider.trouble' : 'error.provider.http';
  return { key, params: { provider, status: String(status) } };
}

/** What a provider call that got no answer says: too slow, or not reachable at all. */
export function noAnswerText(provider: string, timedOut: boolean): Message {
  const key = timedOut ? 'error.provider.timeout' : 'error.provider.unreachable';
  return { key, params: { provider } };
}
