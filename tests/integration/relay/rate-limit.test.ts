// The per-address limit over real HTTP, with the relay's clock moved by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelayUnderTest, type RelayUnderTest } from './relay-under-test';

let relay: RelayUnderTest;
const clock = { seconds: 6_000_030, now: () => clock.seconds };

beforeAll(async () => {
  relay = await startRelayUnderTest({ env: { RELAY_RATE_LIMIT_PER_MINUTE: '3' }, clock });
});

afterAll(async () => {
  await relay.close();
});

describe('per-address rate limit', () => {
  const refresh = () => relay.post('/oauth/enphase/refresh', { refresh_token: 'rt-rate' });

  it('answers 429 with Retry-After once an address spent its requests, until the window ends', async () => {
    for (let i = 0; i < 3; i += 1) expect((await refresh()).status).toBe(200);
    const limited = await refresh();
    expect(limited.status).toBe(429);
    expect(limited.json.error).toBe('rate_limited');
    expect(limited.headers.get('retry-after')).toBe('30');
    expect(relay.upstreams.enphase.calls).toHaveLength(3);

    const page = await fetch(`${relay.url}/oauth/enphase/callback?code=c&state=s`);
    expect(page.status).toBe(429);

    clock.seconds += 30;
    expect((await refresh()).status).toBe(200);
  });

  it('never limits /healthz, so a host health check cannot lock anyone out', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
    }
  });
});
