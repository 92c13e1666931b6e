import { describe, expect, it } from 'vitest';
import { MemoryQuotaStore } from '../../../relay/quota/store';
import { FixedWindowRateLimiter, rateLimitKey } from '../../../relay/rate-limit';

function limiterAt(seconds: number, limit = 2, maxKeys = 100) {
  const clock = { seconds, now: () => clock.seconds };
  const store = new MemoryQuotaStore(maxKeys);
  return { clock, limiter: new FixedWindowRateLimiter(limit, 60, clock, store) };
}

describe('FixedWindowRateLimiter', () => {
  it('allows `limit` requests per window, then says how long to wait', async () => {
    const { clock, limiter } = limiterAt(960_010);
    expect(await limiter.take('a')).toEqual({ allowed: true, remaining: 1 });
    expect(await limiter.take('a')).toEqual({ allowed: true, remaining: 0 });
    // The window runs from 960_000 to 960_060.
    expect(await limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 50 });
    clock.seconds = 960_059;
    expect(await limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.seconds = 960_060;
    expect(await limiter.take('a')).toEqual({ allowed: true, remaining: 1 });
  });

  it('counts each address separately', async () => {
    const { limiter } = limiterAt(0, 1);
    expect((await limiter.take('a')).allowed).toBe(true);
    expect((await limiter.take('b')).allowed).toBe(true);
    expect((await limiter.take('a')).allowed).toBe(false);
  });

  it('puts addresses past the table size into one shared bucket instead of growing', async () => {
    const { limiter } = limiterAt(0, 1, 2);
    expect((await limiter.take('a')).allowed).toBe(true);
    expect((await limiter.take('b')).allowed).toBe(true);
    expect((await limiter.take('c')).allowed).toBe(true);
    expect((await limiter.take('d')).allowed).toBe(false);
  });
});

describe('rateLimitKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:aaaa::1', '2001:db8:1:2::/64'],
    ['2001:DB8:0001:0002::', '2001:db8:1:2::/64'],
    ['[2001:db8::1]', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    [null, 'unknown'],
    ['', 'unknown'],
  ])('%s counts as %s', (address, key) => {
    expect(rateLimitKey(address)).toBe(key);
  });
});
