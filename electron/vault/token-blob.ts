/**
 * The token set at rest: `{v, access_token, refresh_token}` as JSON, encrypted with the Cipher
 * port (safeStorage in the app) into ONE base64 blob. Opening validates what comes out, so a blob
 * that decrypts to garbage counts as unreadable, like one that does not decrypt at all.
 */
import { z } from 'zod';
import type { Cipher } from '../ports';

/** The two secrets a connection keeps. */
export interface StoredTokens {
  accessToken: string;
  refreshToken: string;
}

const sealedSchema = z.object({
  v: z.literal(1),
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
});

/** A blob that cannot be turned back into tokens (keyring changed, damaged, foreign). */
export class TokenBlobUnreadableError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The saved sign-in could not be decrypted.', options);
    this.name = 'TokenBlobUnreadableError';
  }
}

/** Encrypts a token set into one blob. */
export async function sealTokens(cipher: Cipher, tokens: StoredTokens): Promise<string> {
  const plain = JSON.stringify({
    v: 1,
    access_token: tokens.accessToken,
    refresh_token: tokens.refreshToken,
  });
  return cipher.encrypt(plain);
}

/**
 * Decrypts a blob. Any cipher failure (safeStorage's SecretUnreadableError, a GCM tag mismatch…)
 * or malformed content becomes TokenBlobUnreadableError; `shouldReEncrypt` is passed through.
 */
export async function openTokens(
  cipher: Cipher,
  blob: string,
): Promise<{ tokens: StoredTokens; shouldReEncrypt: boolean }> {
  let plain: string;
  let shouldReEncrypt: boolean;
  try {
    ({ plain, shouldReEncrypt } = await cipher.decrypt(blob));
  } catch (error) {
    throw new TokenBlobUnreadableError({ cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(plain);
  } catch {
    throw new TokenBlobUnreadableError();
  }
  const parsed = sealedSchema.safeParse(json);
  if (!parsed.success) throw new TokenBlobUnreadableError();
  return {
    tokens: { accessToken: parsed.data.access_token, refreshToken: parsed.data.refresh_token },
    shouldReEncrypt,
  };
}
