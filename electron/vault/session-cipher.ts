/**
 * The owner's choice on machines without an OS keyring (Linux `basic_text`, where safeStorage
 * "encrypts" with a hard-coded password): keep sign-ins between sessions anyway, or not. Not
 * keeping them means tokens are sealed with a random key that lives only in this process's
 * memory: the blob written to settings.json cannot be opened by anyone, including the next start
 * of the app, so the owner signs in again each session.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Cipher } from '../ports';

/** Blobs sealed with the session key start with this. */
const sessionPrefix = 'session:';

/** True for a blob sealed with a session key (this session's or an earlier one's). */
export function isSessionBlob(blob: string): boolean {
  return blob.startsWith(sessionPrefix);
}

/** A session blob from an earlier run of the app: its key is gone with that process. */
export class SessionEndedError extends Error {
  constructor() {
    super('The sign-in was kept only for the session that made it.');
    this.name = 'SessionEndedError';
  }
}

/**
 * The Cipher the vault uses: the OS cipher, or (keyring missing and the owner chose not to keep
 * sign-ins) a per-process AES-256-GCM key. Blobs of the other kind are still read, and flagged
 * for re-encryption, so changing the choice applies at the next use of each sign-in.
 */
export class SignInCipher implements Cipher {
  private readonly key = randomBytes(32);

  constructor(
    private readonly persistent: Cipher,
    /** The owner's setting: keep sign-ins on a machine without a keyring. */
    private readonly rememberSignIns: () => boolean,
  ) {}

  get keyringProtected(): boolean {
    return this.persistent.keyringProtected;
  }

  /** True when sign-ins live only in this session's memory. */
  get sessionOnly(): boolean {
    return !this.persistent.keyringProtected && !this.rememberSignIns();
  }

  async encrypt(plain: string): Promise<string> {
    if (!this.sessionOnly) return this.persistent.encrypt(plain);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return sessionPrefix + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  async decrypt(blob: string): Promise<{ plain: string; shouldReEncrypt: boolean }> {
    if (!isSessionBlob(blob)) {
      const opened = await this.persistent.decrypt(blob);
      return { ...opened, shouldReEncrypt: opened.shouldReEncrypt || this.sessionOnly };
    }
    let plain: string;
    try {
      const raw = Buffer.from(blob.slice(sessionPrefix.length), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      throw new SessionEndedError();
    }
    return { plain, shouldReEncrypt: !this.sessionOnly };
  }
}
