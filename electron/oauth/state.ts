/**
 * The OAuth `state` values of sign-ins in progress: the CSRF guard that ties a provider's answer
 * to a sign-in this app started. Each value is 32 random bytes (base64url), lives in memory only,
 * expires 10 minutes after it was issued, and can be redeemed once. Lookups compare digests in
 * constant time, and the sign-in re-checks `isLive` after every await, because a state can expire
 * or be discarded while a token exchange is in flight (the bug class GitHub Desktop fixed).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../ports';

/** RFC 6749 recommends at least 128 bits; 256 costs nothing. */
export const STATE_BYTES = 32;
/** How long a sign-in may take from opening the page to the token exchange. */
export const STATE_TTL_SECONDS = 10 * 60;

interface Entry {
  readonly value: string;
  readonly digest: Buffer;
  readonly issuedAt: number;
  /** `waiting` for the provider's answer; `redeemed` once an answer carrying it arrived. */
  status: 'waiting' | 'redeemed';
}

const digestOf = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Issues, redeems and expires OAuth states. */
export class OAuthStateStore {
  private readonly entries: Entry[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly ttlSeconds = STATE_TTL_SECONDS,
    private readonly random: (size: number) => Buffer = randomBytes,
  ) {}

  /** A new state for one sign-in attempt. */
  issue(): string {
    this.prune();
    const value = this.random(STATE_BYTES).toString('base64url');
    this.entries.push({
      value,
      digest: digestOf(value),
      issuedAt: this.clock.now(),
      status: 'waiting',
    });
    return value;
  }

  /**
   * True when `candidate` is a state still waiting for its answer (not redeemed, not expired).
   * Does not use it up: deep links with an unknown state are ignored without side effects.
   */
  isWaiting(candidate: string): boolean {
    const entry = this.find(candidate);
    return entry !== null && entry.status === 'waiting';
  }

  /**
   * Redeems `candidate`: returns the stored state when it was waiting and unexpired, and marks it
   * used, so a replayed answer is refused. Returns null otherwise.
   */
  redeem(candidate: string): string | null {
    const entry = this.find(candidate);
    if (!entry || entry.status !== 'waiting') return null;
    entry.status = 'redeemed';
    return entry.value;
  }

  /**
   * True while a redeemed state may still complete its sign-in: not discarded and not expired.
   * Call after every await between `redeem` and storing the tokens.
   */
  isLive(state: string): boolean {
    const entry = this.find(state);
    return entry !== null && entry.status === 'redeemed';
  }

  /** Forgets a state (its sign-in finished, failed or was cancelled). */
  discard(state: string): void {
    const entry = this.find(state);
    if (entry) this.entries.splice(this.entries.indexOf(entry), 1);
  }

  /** How many states are held (tests check nothing leaks). */
  get size(): number {
    this.prune();
    return this.entries.length;
  }

  /** The unexpired entry equal to `candidate`, comparing every entry's digest in constant time. */
  private find(candidate: string): Entry | null {
    this.prune();
    const wanted = digestOf(candidate);
    let found: Entry | null = null;
    for (const entry of this.entries) {
      // No early exit: the time taken does not depend on where (or whether) the match is.
      if (timingSafeEqual(entry.digest, wanted)) found = entry;
    }
    return found;
  }

  private prune(): void {
    const now = this.clock.now();
    for (let i = this.entries.length - 1; i >= 0; i -= 1) {
      if (now >= this.entries[i]!.issuedAt + this.ttlSeconds) this.entries.splice(i, 1);
    }
  }
}

/** Compares two states in constant time (for matching an answer to one particular attempt). */
export function statesEqual(a: string, b: string): boolean {
  return timingSafeEqual(digestOf(a), digestOf(b));
}
