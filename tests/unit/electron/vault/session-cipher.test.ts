// The choice not to keep sign-ins on a machine without a keyring, with the real vault.
import { describe, expect, it } from 'vitest';
import { ReauthRequiredError } from '../../../../electron/errors';
import { silentLogger } from '../../../../electron/ports';
import { ConnectionRecords } from '../../../../electron/vault/records';
import {
  isSessionBlob,
  SessionEndedError,
  SignInCipher,
} from '../../../../electron/vault/session-cipher';
import { TokenVault } from '../../../../electron/vault/vault';
import { FakeCipher, ManualClock, RecordingStore, tokenSet } from './fixtures';
import { providerNameOf } from '../../../../electron/providers/registry';
import { problemText } from '../../../harness/said';

function basicText(): FakeCipher {
  const cipher = new FakeCipher();
  cipher.keyringProtected = false;
  return cipher;
}

/** One run of the app: a vault over the same store, with a fresh SignInCipher. */
function session(store: RecordingStore, os: FakeCipher, remember: () => boolean) {
  return new TokenVault({
    records: new ConnectionRecords(store, silentLogger),
    cipher: new SignInCipher(os, remember),
    refreshers: {},
    clock: new ManualClock(),
    log: silentLogger,
    providerName: (provider) => providerNameOf(provider),
  });
}

describe('SignInCipher', () => {
  it('without a keyring and not keeping sign-ins: the token works this session, never the next', async () => {
    const store = new RecordingStore();
    const os = basicText();
    const first = session(store, os, () => false);
    const tokens = tokenSet();
    const { record } = await first.saveSignIn('enphase', tokens);
    expect(isSessionBlob(record.tokenBlob!)).toBe(true);
    expect(os.encryptions).toBe(0);
    expect(store.raw()).not.toContain(tokens.refreshToken);
    await expect(first.tokenSource(record.id).accessToken()).resolves.toBe(tokens.accessToken);

    const next = session(store, os, () => false);
    const error = await next
      .tokenSource(record.id)
      .accessToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReauthRequiredError);
    expect(next.records.get(record.id)).toMatchObject({ state: 'needs_reauth', tokenBlob: null });
    expect(problemText(next.records.get(record.id)?.problem)).toMatch(
      /^Sign in to Enphase again: this computer has no system keyring, so Enalysis keeps sign-ins only until it closes/,
    );
  });

  it('keeping sign-ins (the default) uses the OS cipher and survives a restart', async () => {
    const store = new RecordingStore();
    const os = basicText();
    const tokens = tokenSet();
    const { record } = await session(store, os, () => true).saveSignIn('enphase', tokens);
    expect(isSessionBlob(record.tokenBlob!)).toBe(false);
    const next = session(store, os, () => true);
    await expect(next.tokenSource(record.id).accessToken()).resolves.toBe(tokens.accessToken);
  });

  it('with a real keyring the choice changes nothing', async () => {
    const os = new FakeCipher();
    const cipher = new SignInCipher(os, () => false);
    expect(cipher.sessionOnly).toBe(false);
    expect(isSessionBlob(await cipher.encrypt('x'))).toBe(false);
  });

  it('switching to "do not keep" re-seals a stored sign-in at its next use', async () => {
    const os = basicText();
    let remember = true;
    const cipher = new SignInCipher(os, () => remember);
    const blob = await cipher.encrypt('secret');
    remember = false;
    expect(await cipher.decrypt(blob)).toEqual({ plain: 'secret', shouldReEncrypt: true });
  });

  it('a session blob that was tampered with does not open', async () => {
    const cipher = new SignInCipher(basicText(), () => false);
    const blob = await cipher.encrypt('secret');
    const tampered = blob.slice(0, -4) + (blob.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await expect(cipher.decrypt(tampered)).rejects.toBeInstanceOf(SessionEndedError);
  });
});
