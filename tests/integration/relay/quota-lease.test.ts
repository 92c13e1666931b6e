// POST /quota/:provider/lease over real HTTP: validation, the provider allowlist, the limits per
// installation and per address, the split by sites, and a store that cannot be reached.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaseGrantSchema } from '../../../shared/quota-lease';
import { startRelayUnderTest, type RelayUnderTest } from './relay-under-test';

const JUNE = 1_780_272_000;
const clock = { seconds: JUNE + 3600, now: () => clock.seconds };
let relay: RelayUnderTest;
let serial = 0;

function installationId(): string {
  serial += 1;
  return `test-installation-${String(serial).padStart(8, '0')}`;
}

beforeAll(async () => {
  relay = await startRelayUnderTest({
    clock,
    env: {
      RELAY_QUOTA_ENPHASE_PLAN: 'kilowatt',
      RELAY_QUOTA_INSTALLATIONS_PER_ADDRESS: '6',
      RELAY_QUOTA_LEASES_PER_HOUR: '3',
    },
  });
});

afterAll(async () => {
  await relay.close();
});

const lease = (body: unknown, provider = 'enphase') => relay.post(`/quota/${provider}/lease`, body);

describe('POST /quota/enphase/lease', () => {
  it('grants calls per day and per minute for an hour (a first lease: 15 min), with security headers', async () => {
    const id = installationId();
    const first = leaseGrantSchema.parse(
      (await lease({ installationId: id, activeSites: 40, expectedCalls: 3000 })).json,
    );
    expect(first.expiresAt - first.issuedAt).toBe(900);
    expect(first.renewAt).toBe(first.expiresAt - 150);
    const answer = await lease({ installationId: id, activeSites: 40, expectedCalls: 3000 });
    expect(answer.status).toBe(200);
    const grant = leaseGrantSchema.parse(answer.json);
    expect(grant).toMatchObject({ provider: 'enphase', fallback: false, issuedAt: clock.seconds });
    expect(grant.expiresAt - grant.issuedAt).toBe(3600);
    expect(grant.renewAt).toBe(grant.expiresAt - 600);
    expect(grant.perDay).toBeGreaterThan(0);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(relay.logs.some((line) => line.includes('"msg":"quota lease"'))).toBe(true);
  });

  it('splits the plan by sites between installations', async () => {
    clock.seconds += 86_400;
    const small = installationId();
    const large = installationId();
    await lease({ installationId: small, activeSites: 10, expectedCalls: 1e6 });
    await lease({ installationId: large, activeSites: 30, expectedCalls: 1e6 });
    clock.seconds += 2 * 86_400; // the first leases ended, backfills are over
    await lease({ installationId: small, activeSites: 10, expectedCalls: 1e6 });
    const largeGrant = leaseGrantSchema.parse(
      (await lease({ installationId: large, activeSites: 30, expectedCalls: 1e6 })).json,
    );
    const smallGrant = leaseGrantSchema.parse(
      (await lease({ installationId: small, activeSites: 10, expectedCalls: 1e6 })).json,
    );
    expect(largeGrant.perDay / smallGrant.perDay).toBeCloseTo(3, 1);
  });

  it.each([
    [
      'an unknown field',
      { installationId: 'x'.repeat(32), activeSites: 1, expectedCalls: 1, plan: 'partner' },
    ],
    ['no installation id', { activeSites: 1, expectedCalls: 1 }],
    ['a short installation id', { installationId: 'abc', activeSites: 1, expectedCalls: 1 }],
    ['negative sites', { installationId: 'x'.repeat(32), activeSites: -1, expectedCalls: 1 }],
    ['fractional sites', { installationId: 'x'.repeat(32), activeSites: 1.5, expectedCalls: 1 }],
    [
      'a string for a number',
      { installationId: 'x'.repeat(32), activeSites: '4', expectedCalls: 1 },
    ],
    ['not JSON', '{"installationId":'],
  ])('refuses %s with 400 invalid_request', async (_name, body) => {
    const answer = await lease(body);
    expect(answer.status).toBe(400);
    expect(answer.json.error).toBe('invalid_request');
  });

  it('refuses a body over 8 KiB and one that is not JSON', async () => {
    const big = await lease({
      installationId: 'x'.repeat(32),
      activeSites: 1,
      expectedCalls: 1,
      pad: 'p'.repeat(9000),
    });
    expect(big.status).toBe(413);
    const form = await relay.post('/quota/enphase/lease', 'a=b', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
  });

  it.each(['tesla', 'solaredge', '__proto__', 'constructor', 'hasOwnProperty', 'nope'])(
    'leases nothing for "%s"',
    async (provider) => {
      const answer = await lease(
        { installationId: installationId(), activeSites: 1, expectedCalls: 1 },
        provider,
      );
      expect(answer.status).toBe(404);
      expect(answer.json.error).toBe('unknown_provider');
    },
  );

  it('answers 405 to anything but POST', async () => {
    const answer = await fetch(`${relay.url}/quota/enphase/lease`);
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
  });

  it('limits the lease requests of one installation per hour', async () => {
    clock.seconds = Math.ceil(clock.seconds / 3600) * 3600 + 10;
    const id = installationId();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push(
        (await lease({ installationId: id, activeSites: 1, expectedCalls: 10 })).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('limits the installations one address holds leases for', async () => {
    clock.seconds += 3 * 86_400; // the address's earlier ids are forgotten after a day
    const statuses: number[] = [];
    const first = installationId();
    for (const id of [first, ...Array.from({ length: 6 }, installationId), first]) {
      statuses.push(
        (await lease({ installationId: id, activeSites: 1, expectedCalls: 10 })).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 200]);
  });
});

describe('a relay whose Redis cannot be reached', () => {
  let down: RelayUnderTest;

  beforeAll(async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
      });
    });
    down = await startRelayUnderTest({
      env: { REDIS_URL: `redis://:hunter2-secret@127.0.0.1:${port}` },
    });
  });

  afterAll(async () => {
    await down.close();
  });

  it('grants the conservative lease, keeps exchanging tokens, and says so once', async () => {
    for (let i = 0; i < 2; i += 1) {
      const answer = await down.post('/quota/enphase/lease', {
        installationId: installationId(),
        activeSites: 40,
        expectedCalls: 3000,
      });
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ fallback: true, perDay: 4, perMinute: 1 });
    }
    const token = await down.post('/oauth/enphase/token', {
      code: 'good-code-while-redis-is-down',
      redirect_uri: down.redirectUri('enphase'),
    });
    expect(token.status).toBe(200);
    expect(down.logs.filter((line) => line.includes('quota store unreachable'))).toHaveLength(1);
    expect(down.logs.join('\n')).not.toContain('hunter2-secret');
  });
});
