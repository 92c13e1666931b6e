/**
 * Who is failing and until when: one entry per site (or per provider, when listing its sites
 * fails), so one broken site waits while the others keep updating.
 */
import { englishWords, type Message, type Words } from '../i18n/words';
import type { BackoffPolicy } from './backoff';
import { backoffDelay } from './backoff';
import { rebaseWait } from '../wall-wait';

interface Entry {
  failures: number;
  retryAt: number;
  failedAt: number;
  message: Message;
}

/** What the book decided after a failure. */
export interface BackoffDecision {
  failures: number;
  retryAt: number;
}

/** See the module comment. */
export class BackoffBook {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly policy: BackoffPolicy,
    private readonly random: () => number,
  ) {}

  /** Records one more failure of `key`; `notBefore` is a wait the provider asked for (429). */
  fail(
    key: string,
    now: number,
    message: Message,
    options: { notBefore?: number | null; longest?: boolean } = {},
  ): BackoffDecision {
    const failures = (this.entries.get(key)?.failures ?? 0) + 1;
    const delay = options.longest
      ? this.policy.maxSeconds
      : backoffDelay(failures, this.policy, this.random);
    const retryAt = Math.max(now + delay, options.notBefore ?? 0);
    this.entries.set(key, { failures, retryAt, failedAt: now, message });
    return { failures, retryAt };
  }

  /** A success: the key is healthy again. */
  succeed(key: string): void {
    this.entries.delete(key);
  }

  /**
   * The instant `key` may be tried again, or null when it is not backing off. Seen at a `now`
   * before the failure (the clock was set back), the wait moves back with the clock.
   */
  retryAt(key: string, now?: number): number | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (now === undefined) return entry.retryAt;
    const wait = rebaseWait({ from: entry.failedAt, until: entry.retryAt }, now);
    entry.failedAt = wait.from;
    entry.retryAt = wait.until;
    return entry.retryAt;
  }

  /** The newest failure still in effect in `words` (default English), or null when all is healthy. */
  latestMessage(words: Words = englishWords): string | null {
    let latest: Entry | null = null;
    for (const entry of this.entries.values()) {
      if (latest === null || entry.failedAt >= latest.failedAt) latest = entry;
    }
    return latest === null ? null : words.say(latest.message);
  }
}
