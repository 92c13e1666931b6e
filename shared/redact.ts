/**
 * The one set of redaction rules, for the app's logger and the relay's: values under
 * secret-sounding keys, bearer/basic credentials, JWTs and OAuth parameters inside URLs, and
 * (where the caller knows them) the exact secret values of the moment, as is and URL-encoded.
 * Pure, so the rules are tested with tables; both loggers apply it to every line they write.
 */

/** What a scrubbed value is replaced with. */
export const REDACTED = '[REDACTED]';

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
/** Harmless fields of a token answer that stay readable. */
const readableExact = new Set(['tokentype', 'expiresin']);
/**
 * Keys only secret in an OAuth flow's logs (the relay's): the CSRF `state` and a token's `jti`.
 * In the app, `state` is a connection's state ("connected") and must stay readable.
 */
const oauthFlowExact = new Set(['state', 'jti']);

/** How a caller's logs differ. */
export interface RedactOptions {
  /** Exact secret values to cut out of any string (see `secretVariants`). */
  secrets?: readonly string[];
  /** Also blank `state` and `jti` (OAuth flow logs). */
  oauthFlowKeys?: boolean;
}

/** True for keys whose value is presumed secret (`accessToken`, `client_secret`, `code`, `apiKey`). */
export function isSecretKey(key: string, options: RedactOptions = {}): boolean {
  const normal = key.toLowerCase().replace(/[_-]/g, '');
  if (readableExact.has(normal)) return false;
  if (secretExact.has(normal)) return true;
  if (options.oauthFlowKeys && oauthFlowExact.has(normal)) return true;
  if (normal.endsWith('key')) return true;
  return secretWords.some((word) => normal.includes(word));
}

const bearer = /\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]+=*/gi;
const jwt = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const queryParam =
  /([?&#](?:code|state|token|access_token|refresh_token|id_token|client_secret|api_key|apikey|key|password)=)[^&#\s"']*/gi;

/** Values shorter than this are not cut out of strings: it would shred ordinary words. */
const MIN_SECRET_LENGTH = 4;
const MAX_DEPTH = 8;

/**
 * The spellings of known secrets that can show up in text: as is, and URL-encoded (providers
 * echo query strings). Longest first, so a secret containing another is removed whole.
 */
export function secretVariants(values: Iterable<string | null | undefined>): string[] {
  const variants = new Set<string>();
  for (const value of values) {
    if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH) continue;
    variants.add(value);
    variants.add(encodeURIComponent(value));
  }
  return [...variants].sort((a, b) => b.length - a.length);
}

/** Scrubs credentials and known secret values out of free text (error messages, URLs). */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  return out
    .replace(bearer, (_match, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(jwt, REDACTED)
    .replace(queryParam, (_match, prefix: string) => `${prefix}${REDACTED}`);
}

/** Deep-copies `value` with every secret replaced; cycles and deep nesting are cut short. */
export function redact(value: unknown, options: RedactOptions = {}): unknown {
  return redactAt(value, options, 0, new WeakSet<object>());
}

function redactAt(
  value: unknown,
  options: RedactOptions,
  depth: number,
  seen: WeakSet<object>,
): unknown {
  if (typeof value === 'string') return redactText(value, options.secrets);
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) return '[too deep]';
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (value instanceof Error) {
    return { name: value.name, message: redactText(value.message, options.secrets) };
  }
  if (Array.isArray(value)) return value.map((item) => redactAt(item, options, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = isSecretKey(key, options) ? REDACTED : redactAt(item, options, depth + 1, seen);
  }
  return out;
}
