/**
 * Everything one running emulator holds, passed to the route modules so each stays a plain
 * function of (context, request).
 */
import type { CallLog } from './calls';
import type { EmulatorClock } from './clock';
import type { FaultQueue } from './faults';
import type { Fleet } from './fleet';
import type { QuotaCounter } from './quota';
import type { TokenStore } from './tokens';

/** The platform's registered OAuth application. */
export interface RegisteredApp {
  clientId: string;
  clientSecret: string;
  apiKey: string;
  /** Exact URIs; a `:*` port (as in `http://127.0.0.1:*` + path) accepts any port (relays on port 0). */
  redirectUris: string[];
}

/** The state shared by the emulator's routes and admin. */
export interface EmulatorContext {
  clock: EmulatorClock;
  app: RegisteredApp;
  fleet: Fleet;
  tokens: TokenStore;
  quota: QuotaCounter;
  faults: FaultQueue;
  calls: CallLog;
  /** Added before every API and OAuth answer (ms). */
  latencyMs: number;
}

/** True when `candidate` is one of the app's registered redirect URIs. */
export function isRegisteredRedirect(
  app: Pick<RegisteredApp, 'redirectUris'>,
  candidate: string,
): boolean {
  return app.redirectUris.some((registered) => redirectMatches(registered, candidate));
}

function redirectMatches(registered: string, candidate: string): boolean {
  if (!registered.includes(':*')) return registered === candidate;
  let wanted: URL;
  let given: URL;
  try {
    wanted = new URL(registered.replace(':*', ''));
    given = new URL(candidate);
  } catch {
    return false;
  }
  return (
    wanted.protocol === given.protocol &&
    wanted.hostname === given.hostname &&
    wanted.pathname === given.pathname &&
    wanted.search === given.search &&
    given.hash === '' &&
    given.username === '' &&
    given.password === ''
  );
}
