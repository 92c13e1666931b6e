/**
 * The harness's stand-in for safeStorage: real AES-256-GCM with a random key kept in the data
 * folder (mode 0600), so encrypted records behave like the app's: opaque at rest, tamper-evident.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cipher } from '../../electron/ports';

/** Raised when a blob cannot be decrypted (wrong key, tampered, truncated). */
export class DecryptionFailedError extends Error {
  override name = 'DecryptionFailedError';
}

/** A Cipher with a per-data-folder key file. */
export class AesGcmCipher implements Cipher {
  readonly keyringProtected: boolean;
  private readonly key: Buffer;

  constructor(dataDir: string, options: { keyringProtected?: boolean } = {}) {
    this.keyringProtected = options.keyringProtected ?? true;
    mkdirSync(dataDir, { recursive: true });
    const keyFile = join(dataDir, 'harness-cipher.key');
    if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(32), { mode: 0o600 });
    this.key = readFileSync(keyFile);
  }

  async encrypt(plain: string): Promise<string> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  async decrypt(blob: string): Promise<{ plain: string; shouldReEncrypt: boolean }> {
    try {
      const raw = Buffer.from(blob, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString(
        'utf8',
      );
      return { plain, shouldReEncrypt: false };
    } catch {
      throw new DecryptionFailedError('The stored secret could not be decrypted.');
    }
  }
}
