/**
 * What the scheduler may learn from a provider error without trusting its text: an HTTP status
 * for the ledger, an instant to wait for (429 `period_end`), and a message safe to show and log.
 * Provider errors can carry URLs with keys or tokens in their messages, so only AppError
 * messages (written for users) are ever passed on verbatim.
 */
import { AppError } from '../errors';
import { englishWords, type Message } from '../i18n/words';

/** Status recorded for a call that failed without an HTTP answer (network down, timeout, bug). */
export const NO_HTTP_STATUS = 0;

function field(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null
    ? (error as Record<string, unknown>)[name]
    : undefined;
}

/** The HTTP status a failed call got (an error's numeric `status`), or 0 when there was none. */
export function statusOf(error: unknown): number {
  const status = field(error, 'status');
  return typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599
    ? status
    : NO_HTTP_STATUS;
}

/** The instant the provider told us to wait for (an error's numeric `retryAt`, epoch s), if any. */
export function retryAtOf(error: unknown): number | null {
  const retryAt = field(error, 'retryAt');
  return typeof retryAt === 'number' && Number.isFinite(retryAt) ? Math.ceil(retryAt) : null;
}

/** True when the failure needs the owner to sign in again: retrying soon cannot help. */
export function needsReauth(error: unknown): boolean {
  return error instanceof AppError && error.code === 'needs_reauth';
}

/** A short description of the failure that holds no secret: the user-facing text or a status. */
export function safeTextOf(error: unknown): Message {
  if (error instanceof AppError) return error.text;
  const status = statusOf(error);
  if (status !== NO_HTTP_STATUS)
    return { key: 'error.sync.httpStatus', params: { status: String(status) } };
  if (error instanceof Error && /timeout|timed out/i.test(error.name))
    return { key: 'error.sync.timedOut' };
  return { key: 'error.sync.unreachable' };
}

/** `safeTextOf` in English, for logs and listeners that keep no user's language. */
export function safeMessageOf(error: unknown): string {
  return englishWords.say(safeTextOf(error));
}

/** The error's class name for logs (never its message, which may hold a URL with a key). */
export function errorNameOf(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
