/**
 * Named errors carrying what the UI needs to say. The IPC dispatcher turns them into typed
 * results; anything else becomes a generic "internal" error whose details stay in the log.
 */
import type { IpcError } from '../shared/contract';

/** Base class: an error whose message is safe and useful to show the user as it is. */
export class AppError extends Error {
  constructor(
    readonly code: IpcError['code'],
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The thing asked for (a site, a connection) does not exist. */
export class NotFoundError extends AppError {
  constructor(message: string) {
    super('not_found', message);
  }
}

/** The request is well-formed but cannot be honoured as asked. */
export class InvalidRequestError extends AppError {
  constructor(message: string) {
    super('invalid_request', message);
  }
}

/** A service the call needs is not ready or not reachable (offline, cache closed). */
export class UnavailableError extends AppError {
  constructor(message: string) {
    super('unavailable', message);
  }
}

/** The connection's grant is gone: the owner has to sign in again. */
export class ReauthRequiredError extends AppError {
  constructor(
    readonly connectionId: string,
    message = 'This account needs to be reconnected.',
  ) {
    super('needs_reauth', message);
  }
}
