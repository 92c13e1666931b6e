import { describe, expect, it } from 'vitest';
import {
  openTokens,
  sealTokens,
  TokenBlobUnreadableError,
} from '../../../../electron/vault/token-blob';
import { FakeCipher } from './fixtures';

const tokens = { accessToken: 'eyJ.access.token', refreshToken: 'eyJ.refresh.token' };

describe('sealTokens / openTokens', () => {
  it('round-trips through one base64 blob that contains neither token', async () => {
    const cipher = new FakeCipher();
    const blob = await sealTokens(cipher, tokens);
    expect(blob).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(blob).not.toContain('eyJ');
    expect(Buffer.from(blob, 'base64').toString('utf8')).not.toContain(tokens.accessToken);
    expect(await openTokens(cipher, blob)).toEqual({ tokens, shouldReEncrypt: false });
    expect(cipher.encryptions).toBe(1);
  });

  it('passes shouldReEncrypt through', async () => {
    const cipher = new FakeCipher();
    const blob = await sealTokens(cipher, tokens);
    cipher.shouldReEncrypt = true;
    expect((await openTokens(cipher, blob)).shouldReEncrypt).toBe(true);
  });

  it('turns any cipher failure into TokenBlobUnreadableError', async () => {
    const cipher = new FakeCipher();
    const blob = await sealTokens(cipher, tokens);
    cipher.failDecrypt = true;
    await expect(openTokens(cipher, blob)).rejects.toBeInstanceOf(TokenBlobUnreadableError);
  });

  it.each([
    ['not JSON', 'plain text'],
    ['JSON of another shape', JSON.stringify({ access_token: 'a' })],
    ['a future version', JSON.stringify({ v: 2, access_token: 'a', refresh_token: 'b' })],
  ])('a blob that decrypts to %s is unreadable too', async (_label, plain) => {
    const cipher = new FakeCipher();
    const blob = await cipher.encrypt(plain);
    await expect(openTokens(cipher, blob)).rejects.toBeInstanceOf(TokenBlobUnreadableError);
  });
});
