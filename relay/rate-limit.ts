/**
 * Per-key request limits in fixed windows aligned to the clock. The counts live in the quota
 * store (relay/quota/store.ts): in memory for one instance, in Redis when several instances
 * must count together. The caller decides what a store failure means (the relay lets the
 * request through: an outage of Redis must never stop token exchange).
 */

/** Wall clock in epoch seconds; tests move it by hand. */
export interface Clock {
  now(): number;
}

/** The real clock. */
export const systemClock: Clock = { now: () => Math.floor(Date.now() / 1000) };

/** The verdict for one request. */
export type RateLimitDecision =
  { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/** The counter the limiter keeps its windows in (relay/quota/store.ts: memory or Redis). */
export interface WindowCounter {
  hit(key: string, windowSeconds: number, now: number): Promise<number>;
}

/** A fixed-window counter per key, in a store that all relay instances may share. */
export class FixedWindowRateLimiter {
  constructor(
    private readonly limit: number,
    private readonly windowSeconds: number,
    private readonly clock: Clock,
    private readonly counter: WindowCounter,
  ) {}

  /** Counts one request for `key` and says whether it may proceed. */
  async take(key: string): Promise<RateLimitDecision> {
    const now = this.clock.now();
    const start = Math.floor(now / this.windowSeconds) * this.windowSeconds;
    const used = await this.counter.hit(key, this.windowSeconds, now);
    if (used > this.limit) {
      return { allowed: false, retryAfterSeconds: Math.max(1, start + this.windowSeconds - now) };
    }
    return { allowed: true, remaining: this.limit - used };
  }
}

/**
 * The key an address is counted under: IPv4 as is (also when IPv4-mapped), IPv6 by its /64,
 * since one household or server gets a whole /64 and could otherwise rotate through it.
 */
export function rateLimitKey(address: string | null | undefined): string {
  if (!address) return 'unknown';
  const ip = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (!ip.includes(':')) return ip;
  const withoutZone = ip.split('%')[0] ?? ip;
  const [head = '', tail = ''] = withoutZone.split('::');
  const headParts = head ? head.split(':') : [];
  const tailParts = withoutZone.includes('::') ? (tail ? tail.split(':') : []) : [];
  const missing = Math.max(0, 8 - headParts.length - tailParts.length);
  const groups = withoutZone.includes('::')
    ? [...headParts, ...Array<string>(missing).fill('0'), ...tailParts]
    : headParts;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
