/**
 * Per-address request limits, kept in memory. Windows are aligned to the clock (every key's
 * window starts at the same multiple of the window length), so when a window ends the whole
 * table is dropped at once: memory is bounded by the addresses seen in one window, with no
 * sweeping. A deployment with several instances needs a shared store or the host's own rate
 * limiting; each instance here only sees its own share of the traffic.
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

/** A fixed-window counter per key. */
export class FixedWindowRateLimiter {
  private windowStart = Number.NEGATIVE_INFINITY;
  private counts = new Map<string, number>();

  constructor(
    private readonly limit: number,
    private readonly windowSeconds: number,
    private readonly clock: Clock,
    /** Beyond this many distinct keys in one window, unseen keys share one bucket. */
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts one request for `key` and says whether it may proceed. */
  take(key: string): RateLimitDecision {
    const now = this.clock.now();
    const start = Math.floor(now / this.windowSeconds) * this.windowSeconds;
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.counts.clear();
    }
    const bucket = this.counts.has(key) || this.counts.size < this.maxKeys ? key : '(overflow)';
    const used = (this.counts.get(bucket) ?? 0) + 1;
    this.counts.set(bucket, used);
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
