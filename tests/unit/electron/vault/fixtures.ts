/**
 * Test doubles shared by the oauth, vault and connection-service tests: a clock moved by hand, a
 * settings store that records every write (so tests can prove what was saved, and when), and a
 * cipher whose blobs are opaque but recognisable, with switches for failures.
 */
import type { Cipher, Clock, KeyValueStore } from '../../../../electron/ports';
import type { TokenSet } from '../../../../electron/oauth/token-set';

/** A clock in epoch seconds, moved by the test. */
export class ManualClock implements Clock {
  constructor(public seconds = 1_763_661_600) {}
  now(): number {
    return this.seconds;
  }
  advance(seconds: number): void {
    this.seconds += seconds;
  }
}

/** One thing that happened, in order: a store write, or a token handed to a caller. */
export type Happening =
  { kind: 'write'; key: string; json: string } | { kind: 'handed-out'; token: string };

/** An in-memory KeyValueStore that keeps a JSON copy of every write in `timeline`. */
export class RecordingStore implements KeyValueStore {
  private readonly data = new Map<string, string>();
  readonly timeline: Happening[] = [];
  /** Makes the next `set` calls throw (a full disk). */
  failWrites = false;

  get<T>(key: string): T | undefined {
    const json = this.data.get(key);
    return json === undefined ? undefined : (JSON.parse(json) as T);
  }
  set(key: string, value: unknown): void {
    if (this.failWrites) throw new Error('ENOSPC: no space left on device');
    const json = JSON.stringify(value);
    this.data.set(key, json);
    this.timeline.push({ kind: 'write', key, json });
  }
  delete(key: string): void {
    this.data.delete(key);
  }
  /** Everything stored, as one string: what a settings file on disk would contain. */
  raw(): string {
    return JSON.stringify(Object.fromEntries([...this.data].map(([k, v]) => [k, JSON.parse(v)])));
  }
  /** Notes that a caller received `token` (tests call it when accessToken() resolves). */
  handedOut(token: string): void {
    this.timeline.push({ kind: 'handed-out', token });
  }
}

/** Raised by {@link FakeCipher} when told to fail, like safeStorage's SecretUnreadableError. */
export class FakeDecryptError extends Error {
  override name = 'SecretUnreadableError';
}

/** Base64 of a reversed, tagged string: unreadable at a glance, and never the plain text. */
export class FakeCipher implements Cipher {
  keyringProtected = true;
  failDecrypt = false;
  shouldReEncrypt = false;
  encryptions = 0;
  decryptions = 0;
  /** Real milliseconds each encryption takes (safeStorage's async API is not instant). */
  encryptDelayMs = 0;
  /** Each blob gets a generation so a re-encryption is a different blob. */
  private generation = 0;

  async encrypt(plain: string): Promise<string> {
    this.encryptions += 1;
    this.generation += 1;
    if (this.encryptDelayMs > 0) await sleep(this.encryptDelayMs);
    const sealed = `fake:${this.generation}:${[...plain].reverse().join('')}`;
    return Buffer.from(sealed, 'utf8').toString('base64');
  }

  async decrypt(blob: string): Promise<{ plain: string; shouldReEncrypt: boolean }> {
    this.decryptions += 1;
    if (this.failDecrypt) throw new FakeDecryptError('cannot decrypt');
    const text = Buffer.from(blob, 'base64').toString('utf8');
    const match = /^fake:\d+:(.*)$/s.exec(text);
    if (!match) throw new FakeDecryptError('not a blob of this cipher');
    return { plain: [...match[1]!].reverse().join(''), shouldReEncrypt: this.shouldReEncrypt };
  }
}

let serial = 0;

/** A token set like the relay passes through; every call gives new, unique tokens. */
export function tokenSet(overrides: Partial<TokenSet> = {}): TokenSet & { accountId: string } {
  serial += 1;
  return {
    accessToken: `access-${serial}-${Math.random().toString(36).slice(2)}`,
    refreshToken: `refresh-${serial}-${Math.random().toString(36).slice(2)}`,
    expiresIn: 86_393,
    scope: 'read write',
    accountId: '2310001',
    ...overrides,
  } as TokenSet & { accountId: string };
}

/** Resolves after `ms` of real time (for slow fakes). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A promise with its resolve/reject exposed, for fakes the test completes by hand. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
