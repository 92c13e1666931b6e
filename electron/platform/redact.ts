/**
 * Scrubs secrets out of anything about to be logged: values under secret-sounding keys, bearer
 * tokens, JWTs and OAuth parameters inside URLs. Pure, so the rules are tested with tables; the
 * logger applies it to every message it writes.
 */

/** What a scrubbed value is replaced with. */
export const REDACTED = '[redacted]';

// Compared after lower-casing and dropping `_`/`-`, so `refresh_token` and `refreshToken` match.
const secretWords = [
  'token',
  'secret',
  'password',
  'passwd',
  'authorization',
  'cookie',
  'credential',
  'apikey',
];
const secretExact = new Set(['code', 'authcode', 'key', 'pin', 'otp', 'signature', 'assertion']);

/** True for keys whose value is presumed secret (`accessToken`, `client_secret`, `code`, `apiKey`). */
export function isSecretKey(key: string): boolean {
  const normal = key.toLowerCase().replace(/[_-]/g, '');
  if (secretExact.has(normal)) return true;
  if (normal.endsWith('key')) return true;
  return secretWords.some((word) => normal.includes(word));
}

const bearer = /\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]+=*/gi;
const jwt = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const queryParam =
  /([?&#](?:code|state|token|access_token|refresh_token|id_token|client_secret|api_key|apikey|key|password)=)[^&#\s"']*/gi;

/** Scrubs tokens out of free text (error messages, URLs). */
export function redactText(text: string): string {
  return text
    .replace(bearer, (_match, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(jwt, REDACTED)
    .replace(queryParam, (_match, prefix: string) => `${prefix}${REDACTED}`);
}

/** Deep-copies `value` with every secret replaced; cycles and deep nesting are cut short. */
export function redact(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 8) return '[too deep]';
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (value instanceof Error) {
    return { name: value.name, message: redactText(value.message) };
  }
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = isSecretKey(key) ? REDACTED : redact(item, depth + 1, seen);
  }
  return out;
}
