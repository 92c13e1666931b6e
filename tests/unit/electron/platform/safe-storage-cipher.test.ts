import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, resetElectronMock, safeStorage } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

const { EncryptionUnavailableError, SafeStorageCipher, SecretUnreadableError } =
  await import('../../../../electron/platform/safe-storage-cipher');

beforeEach(() => resetElectronMock());

describe('SafeStorageCipher', () => {
  it('round-trips a secret through the asynchronous safeStorage API as base64', async () => {
    const cipher = new SafeStorageCipher('linux');
    const blob = await cipher.encrypt('refresh-token-123');
    expect(blob).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(blob).not.toContain('refresh-token-123');
    expect(Buffer.from(blob, 'base64').toString('utf8')).not.toContain('refresh-token-123');
    await expect(cipher.decrypt(blob)).resolves.toEqual({
      plain: 'refresh-token-123',
      shouldReEncrypt: false,
    });
    expect(safeStorage.encryptStringAsync).toHaveBeenCalledOnce();
    expect(safeStorage.decryptStringAsync).toHaveBeenCalledOnce();
  });

  it('passes on the request to re-encrypt after a key rotation', async () => {
    const cipher = new SafeStorageCipher('darwin');
    const blob = await cipher.encrypt('t');
    electronMock.shouldReEncrypt = true;
    await expect(cipher.decrypt(blob)).resolves.toEqual({ plain: 't', shouldReEncrypt: true });
  });

  it.each([
    ['linux', 'basic_text', false],
    ['linux', 'gnome_libsecret', true],
    ['linux', 'kwallet6', true],
    ['win32', 'basic_text', true],
    ['darwin', 'unknown', true],
  ] as const)('on %s with backend %s keyringProtected is %s', (platform, backend, expected) => {
    electronMock.storageBackend = backend;
    expect(new SafeStorageCipher(platform).keyringProtected).toBe(expected);
  });

  it('refuses to encrypt with a named error when the OS offers no async encryption', async () => {
    electronMock.asyncEncryptionAvailable = false;
    const cipher = new SafeStorageCipher('linux');
    await expect(cipher.encrypt('t')).rejects.toBeInstanceOf(EncryptionUnavailableError);
    expect(safeStorage.encryptStringAsync).not.toHaveBeenCalled();
  });

  it('asks again after the OS was unavailable (a keyring unlocked later)', async () => {
    electronMock.asyncEncryptionAvailable = false;
    const cipher = new SafeStorageCipher('linux');
    await expect(cipher.encrypt('t')).rejects.toBeInstanceOf(EncryptionUnavailableError);
    electronMock.asyncEncryptionAvailable = true;
    await expect(cipher.encrypt('t')).resolves.toBeTypeOf('string');
  });

  it.each([
    ['a blob from another machine', Buffer.from('not ours').toString('base64')],
    ['a damaged blob', '!!!not base64!!!'],
    ['an empty blob', ''],
  ])('maps %s to SecretUnreadableError', async (_label, blob) => {
    const cipher = new SafeStorageCipher('win32');
    const failure = await cipher.decrypt(blob).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SecretUnreadableError);
    expect((failure as Error).name).toBe('SecretUnreadableError');
  });
});
