/**
 * Checks Tesla's partner public key before the relay publishes it: Tesla fetches this PEM from
 * `/.well-known/` during partner registration and rejects anything that is not an EC P-256
 * SubjectPublicKeyInfo, so a typo must stop the relay at start, not fail a registration later.
 */

/** DER prefix every P-256 (prime256v1) SubjectPublicKeyInfo starts with; 26 bytes, then 65 key bytes. */
const p256SpkiPrefix = '3059301306072a8648ce3d020106082a8648ce3d030107034200';
const p256SpkiLength = 91;

/** Why a PEM was refused, worded for a one-line start-up message. */
export type PemProblem =
  | 'missing PEM armour (-----BEGIN PUBLIC KEY----- … -----END PUBLIC KEY-----)'
  | 'the base64 body is malformed'
  | 'it is not an EC P-256 (prime256v1) public key, which Tesla requires';

/** The result of reading a PEM: the canonical text to serve, or why it cannot be used. */
export type PemResult = { ok: true; pem: string } | { ok: false; problem: PemProblem };

/**
 * Parses a public key PEM as environment variables tend to carry it (real newlines, or literal
 * `\n` sequences from a one-line .env entry) and returns it in canonical 64-column form.
 */
export function parseP256PublicKeyPem(raw: string): PemResult {
  const text = raw.replace(/\\n/g, '\n').trim();
  const match = /^-----BEGIN PUBLIC KEY-----([\s\S]*?)-----END PUBLIC KEY-----$/.exec(text);
  if (!match) return { ok: false, problem: armourProblem };
  const body = (match[1] ?? '').replace(/\s+/g, '');
  const bytes = decodeBase64(body);
  if (!bytes) return { ok: false, problem: 'the base64 body is malformed' };
  if (bytes.length !== p256SpkiLength || !toHex(bytes).startsWith(p256SpkiPrefix)) {
    return { ok: false, problem: notP256Problem };
  }
  const lines = body.match(/.{1,64}/g) ?? [];
  return {
    ok: true,
    pem: `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----\n`,
  };
}

const armourProblem: PemProblem =
  'missing PEM armour (-----BEGIN PUBLIC KEY----- … -----END PUBLIC KEY-----)';
const notP256Problem: PemProblem =
  'it is not an EC P-256 (prime256v1) public key, which Tesla requires';

function decodeBase64(body: string): Uint8Array | null {
  if (body.length === 0 || body.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) {
    return null;
  }
  try {
    const binary = atob(body);
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
