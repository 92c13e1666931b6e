/**
 * Sealed sign-in codes: the callback page never hands a provider's code to the deep link in
 * the clear. It hands out AES-256-GCM(code, provider, challenge, expiry) under the relay's own
 * key, and only `/token` can open it, for the caller that shows the verifier whose SHA-256 is
 * the challenge. WebCrypto only, so it runs on any Fetch-API host.
 */
import { SEALED_CODE_PREFIX } from '../shared/code-binding';
import { InvalidGrantError } from './errors';

/** How long a sealed code can be redeemed: enough for the OS to start the app, no more. */
export const SEALED_CODE_TTL_SECONDS = 300;

/** What a sealed code holds. */
export interface SealedCode {
  code: string;
  provider: string;
  challenge: string;
  /** Epoch seconds after which it is refused. */
  expiresAt: number;
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function importKey(raw: Uint8Array<ArrayBuffer>) {
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** Seals a code for the deep link. */
export async function sealCode(sealed: SealedCode, key: Uint8Array<ArrayBuffer>): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(sealed));
  const encrypted = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await importKey(key), plain),
  );
  const joined = new Uint8Array(iv.length + encrypted.length);
  joined.set(iv);
  joined.set(encrypted, iv.length);
  return SEALED_CODE_PREFIX + base64url(joined);
}

/** The SHA-256 of a verifier, base64url: what a bound state carries. */
export async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

function equalText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/**
 * Opens a sealed code for `provider` with the caller's verifier; throws InvalidGrantError when
 * it was tampered with, sealed by another key, expired, for another provider, or not this caller's.
 */
export async function openSealedCode(
  sealed: string,
  verifier: string | undefined,
  provider: string,
  key: Uint8Array<ArrayBuffer>,
  now: number,
): Promise<string> {
  const refused = (why: string) => new InvalidGrantError(`The sign-in code ${why}.`);
  if (verifier === undefined) throw refused('was sealed to an app and needs its verifier');
  let payload: SealedCode;
  try {
    const raw = fromBase64url(sealed.slice(SEALED_CODE_PREFIX.length));
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: raw.subarray(0, 12) },
      await importKey(key),
      raw.subarray(12),
    );
    payload = JSON.parse(new TextDecoder().decode(plain)) as SealedCode;
  } catch {
    throw refused('is not one this relay issued');
  }
  if (payload.provider !== provider) throw refused('was issued for another provider');
  if (!(payload.expiresAt > now)) throw refused('has expired; sign in again');
  if (!equalText(await challengeOf(verifier), payload.challenge)) {
    throw refused('belongs to another app');
  }
  return payload.code;
}
