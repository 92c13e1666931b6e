/**
 * Structured JSON logging with two layers of redaction, because a relay that handles every
 * installation's codes and refresh tokens must never write one to a log: fields whose NAME
 * looks secret are blanked, and every known secret VALUE (client secrets, the request's code
 * and tokens) is cut out of any string, wherever a provider's error message echoed it.
 */

/** Severity of a log line. */
export type LogLevel = 'info' | 'warn' | 'error';

/** What the relay logs through; `withSecrets` scopes extra values to redact (one request's). */
export interface RelayLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  withSecrets(values: Iterable<string | null | undefined>): RelayLogger;
}

/** Field names that are never written, at any depth (token_type and expires_in stay readable). */
export const secretKeyPattern =
  /(secret|password|passwd|authorization|cookie|credential|api[-_]?key|(^|[-_])token$|^code$|^state$|^jti$)/i;

/** What a redacted value is replaced with. */
export const redactionMark = '[REDACTED]';

/** Values shorter than this are not cut out of strings: it would shred ordinary words. */
const minSecretLength = 4;
const maxDepth = 6;

/**
 * The spellings of a secret that can show up in text: as is, and URL-encoded (providers echo
 * query strings). Longest first, so a secret containing another is removed whole.
 */
export function secretVariants(values: Iterable<string | null | undefined>): string[] {
  const variants = new Set<string>();
  for (const value of values) {
    if (typeof value !== 'string' || value.length < minSecretLength) continue;
    variants.add(value);
    variants.add(encodeURIComponent(value));
  }
  return [...variants].sort((a, b) => b.length - a.length);
}

/** Returns a copy of `value` with secret-named fields and secret values removed. */
export function redact(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= maxDepth) return '[TRUNCATED]';
  if (value instanceof Error) {
    return { name: value.name, message: redactText(value.message, secrets) };
  }
  if (Array.isArray(value)) return value.map((item) => redact(item, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = secretKeyPattern.test(key) ? redactionMark : redact(item, secrets, depth + 1);
  }
  return out;
}

function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (out.includes(secret)) out = out.split(secret).join(redactionMark);
  }
  return out;
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
    const safeFields = redact(fields, secrets) as Record<string, unknown>;
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
