/**
 * Structured JSON logging with two layers of redaction (rules in shared/redact.ts), because a relay that handles every
 * installation's codes and refresh tokens must never write one to a log: fields whose NAME
 * looks secret are blanked, and every known secret VALUE (client secrets, the request's code
 * and tokens) is cut out of any string, wherever a provider's error message echoed it.
 */

import { redact, redactText, secretVariants } from '../shared/redact';

export { secretVariants };

/** Severity of a log line. */
export type LogLevel = 'info' | 'warn' | 'error';

/** What the relay logs through; `withSecrets` scopes extra values to redact (one request's). */
export interface RelayLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  withSecrets(values: Iterable<string | null | undefined>): RelayLogger;
}

/** Where log lines go and which values are secret from the start (the client secrets). */
export interface JsonLoggerOptions {
  sink?: (line: string) => void;
  secrets?: Iterable<string | null | undefined>;
  now?: () => number;
}

/** A logger writing one JSON object per line; the default sink is the host's console. */
export function createJsonLogger(options: JsonLoggerOptions = {}): RelayLogger {
  const sink = options.sink ?? ((line: string) => console.info(line));
  const now = options.now ?? Date.now;
  return makeLogger(sink, now, secretVariants(options.secrets ?? []));
}

function makeLogger(
  sink: (line: string) => void,
  now: () => number,
  secrets: readonly string[],
): RelayLogger {
  const write = (level: LogLevel, message: string, fields: Record<string, unknown> = {}): void => {
    const safeFields = redact(fields, { secrets, oauthFlowKeys: true }) as Record<string, unknown>;
    const line = {
      time: new Date(now()).toISOString(),
      level,
      msg: redactText(message, secrets),
      ...safeFields,
    };
    sink(JSON.stringify(line));
  };
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
    withSecrets: (values) => {
      const extra = secretVariants(values);
      if (extra.length === 0) return makeLogger(sink, now, secrets);
      const merged = [...new Set([...secrets, ...extra])].sort((a, b) => b.length - a.length);
      return makeLogger(sink, now, merged);
    },
  };
}

/** A logger that drops everything (tests and benches that do not look at logs). */
export const silentRelayLogger: RelayLogger = {
  info: () => {},
  warn: () => {},
  error: () => {},
  withSecrets: () => silentRelayLogger,
};
