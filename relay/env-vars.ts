/**
 * Validators for single environment variables, as zod schemas that turn a raw string into a
 * typed value or one operator-readable problem ("must use https …"). Secrets are never echoed in
 * a message; other values are, clipped, so the operator sees what was wrong.
 */
import { z } from 'zod';
import { isSecureTransport } from '../shared/transport';
import { parseP256PublicKeyPem } from './pem';

/** Schemes that would turn the callback page into an open redirect or a script gadget. */
const forbiddenSchemes = new Set([
  'http',
  'https',
  'javascript',
  'data',
  'file',
  'blob',
  'vbscript',
]);

function blankToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

const optionalText = z.preprocess(blankToUndefined, z.string().optional());

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}

function fail(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

/** Parses an absolute http(s) URL; http only for loopback hosts, so secrets never cross a network in clear. */
function checkUrl(raw: string): { url: URL } | { problem: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { problem: `must be an absolute URL (got "${clip(raw)}")` };
  }
  if (!isSecureTransport(url)) {
    return { problem: `must use https (http only for localhost) (got "${clip(raw)}")` };
  }
  if (url.username || url.password || url.hash) {
    // Not echoed: the value holds a password.
    return { problem: 'must not carry credentials or a #fragment' };
  }
  return { url };
}

/** An https base URL (http for loopback) without query, normalised without a trailing slash. */
export function baseUrlVar(fallback: string) {
  return optionalText.transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const checked = checkUrl(raw);
    if ('problem' in checked) return fail(ctx, checked.problem);
    if (checked.url.search) return fail(ctx, `must not carry a ?query (got "${clip(raw)}")`);
    return `${checked.url.origin}${checked.url.pathname}`.replace(/\/+$/, '');
  });
}

/** A whole number within [min, max]; `what` says what it counts, for the message. */
export function integerVar(fallback: number, min: number, max: number, what: string) {
  return optionalText.transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const text = raw.trim();
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
      return fail(
        ctx,
        `must be a whole number from ${min} to ${max}, ${what} (got "${clip(raw)}")`,
      );
    }
    return value;
  });
}

/** A client id or secret: opaque, but whitespace inside one is always a copy-paste accident. */
export const credentialVar = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,512}$/.test(raw)) {
    return fail(ctx, 'must be 1-512 printable characters without spaces or line breaks');
  }
  return raw;
});

/** The app's deep-link scheme; web and script schemes are refused so the page cannot redirect there. */
export const schemeVar = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return 'enalysis';
  const scheme = raw.trim().toLowerCase();
  if (!/^[a-z][a-z0-9+.-]{1,40}$/.test(scheme)) {
    return fail(ctx, `must be a URL scheme such as "enalysis" (got "${clip(raw)}")`);
  }
  if (forbiddenSchemes.has(scheme)) {
    return fail(ctx, `must be the app's own scheme, not "${scheme}"`);
  }
  return scheme;
});

/** A comma-separated list of absolute redirect URIs; undefined when unset (defaults apply). */
export const redirectListVar = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return undefined;
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  for (const entry of entries) {
    const checked = checkUrl(entry);
    if ('problem' in checked) return fail(ctx, `entry ${checked.problem}`);
  }
  return entries;
});

/** An HTTP header name, lower-cased; null when unset. */
export const headerNameVar = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return null;
  const name = raw.trim().toLowerCase();
  if (!/^[a-z0-9-]{1,64}$/.test(name)) {
    return fail(ctx, `must be an HTTP header name such as "x-forwarded-for" (got "${clip(raw)}")`);
  }
  return name;
});

/** Tesla's P-256 public key PEM in canonical form; null when unset. */
export const pemVar = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return null;
  const parsed = parseP256PublicKeyPem(raw);
  if (!parsed.ok) return fail(ctx, `is not a usable PEM: ${parsed.problem}`);
  return parsed.pem;
});

/** The listen address of the Node entry; loopback unless told otherwise. */
export const hostVar = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return '127.0.0.1';
  const host = raw.trim();
  if (!/^[A-Za-z0-9.:-]{1,253}$/.test(host)) {
    return fail(ctx, `must be a host name or IP address (got "${clip(raw)}")`);
  }
  return host;
});

/**
 * The key that seals sign-in codes for the deep link: 32 bytes, base64. Null when unset (the relay
 * then makes one per process, which only works while a single instance serves every sign-in).
 */
export const codeKeyVar = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return null;
  const text = raw.trim();
  const bytes = /^[A-Za-z0-9+/_-]+={0,2}$/.test(text)
    ? Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))
    : null;
  // Not echoed: the value is a secret.
  if (bytes?.length !== 32) return fail(ctx, 'must be 32 random bytes in base64');
  return bytes;
});

/** `true`/`false`; the fallback when unset. */
export function booleanVar(fallback: boolean) {
  return optionalText.transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const text = raw.trim().toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
    return fail(ctx, `must be true or false (got "${clip(raw)}")`);
  });
}
