/**
 * The Cipher port on Electron's safeStorage, asynchronous API only (the synchronous one is
 * deprecated in Electron 45). Blobs are base64 so they fit in the JSON settings store.
 */
import { safeStorage } from 'electron';
import type { Cipher } from '../ports';

/** The OS cannot encrypt for us (no async encryptor): tokens must not be stored at all. */
export class EncryptionUnavailableError extends Error {
  constructor() {
    super('The operating system offers no encryption for saved sign-ins on this machine.');
    this.name = 'EncryptionUnavailableError';
  }
}

/**
 * A stored secret cannot be decrypted any more (OS user or keyring changed, blob damaged). The
 * vault maps it to "reconnect needed" for that connection instead of crashing.
 */
export class SecretUnreadableError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('A saved sign-in can no longer be read on this machine; reconnect the account.', options);
    this.name = 'SecretUnreadableError';
  }
}

/**
 * False only on Linux's `basic_text` backend, where safeStorage "encrypts" with a hard-coded
 * password. Call after `ready`: before it the backend is reported as `unknown`.
 */
export function isKeyringProtected(platform: NodeJS.Platform): boolean {
  if (platform !== 'linux') return true;
  return safeStorage.getSelectedStorageBackend() !== 'basic_text';
}

/** safeStorage behind the Cipher port. Create after `app.whenReady()`. */
export class SafeStorageCipher implements Cipher {
  readonly keyringProtected: boolean;
  private available: Promise<boolean> | undefined;

  constructor(platform: NodeJS.Platform = process.platform) {
    this.keyringProtected = isKeyringProtected(platform);
  }

  private async ensureAvailable(): Promise<void> {
    this.available ??= safeStorage.isAsyncEncryptionAvailable().catch(() => false);
    if (!(await this.available)) {
      // Ask again next time: the keyring may have been unlocked meanwhile.
      this.available = undefined;
      throw new EncryptionUnavailableError();
    }
  }

  async encrypt(plain: string): Promise<string> {
    await this.ensureAvailable();
    const encrypted = await safeStorage.encryptStringAsync(plain);
    return Buffer.from(encrypted).toString('base64');
  }

  async decrypt(blob: string): Promise<{ plain: string; shouldReEncrypt: boolean }> {
    await this.ensureAvailable();
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(blob) || blob.length % 4 !== 0) {
      throw new SecretUnreadableError();
    }
    try {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(
        Buffer.from(blob, 'base64'),
      );
      return { plain: result, shouldReEncrypt };
    } catch (error) {
      throw new SecretUnreadableError({ cause: error });
    }
  }
}
