// The app's lease client against a real relay over HTTP (in-memory store): it takes the lease,
// renews when told, reports 429s, keeps the last lease while the relay is gone and falls back to
// the conservative grant once that lease ends.
import { afterEach, describe, expect, it } from 'vitest';
import { QuotaLeaseClient } from '../../../electron/quota/lease-client';
import { silentLogger } from '../../../electron/ports';
import { loadRelayConfig } from '../../../relay/config';
import { createJsonLogger } from '../../../relay/logger';
import { serveRelay, type RunningRelay } from '../../../relay/node';

const JUNE = 1_780_272_000;

interface Harness {
  relay: RunningRelay;
  logs: string[];
  clock: { seconds: number; now(): number };
  timers: {
    delays: number[];
    setTimeout(cb: () => void, ms: number): unknown;
    clearTimeout(): void;
  };
  client: QuotaLeaseClient;
  changes: number;
}

const running: RunningRelay[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((relay) => relay.close()));
});

async function start(sites = 1): Promise<Harness> {
  const clock = { seconds: JUNE + 3600, now: () => clock.seconds };
  const logs: string[] = [];
  const { config } = loadRelayConfig({ RELAY_RATE_LIMIT_PER_MINUTE: '1000' });
  const relay = await serveRelay(
    config,
    { clock, logger: createJsonLogger({ sink: (line) => logs.push(line) }) },
    { host: '127.0.0.1', port: 0 },
  );
  running.push(relay);
  const timers = {
    delays: [] as number[],
    setTimeout: (_cb: () => void, ms: number) => timers.delays.push(ms / 1000),
    clearTimeout: () => {},
  };
  const harness: Harness = { relay, logs, clock, timers, client: null as never, changes: 0 };
  harness.client = new QuotaLeaseClient({
    relayUrl: relay.url,
    installationId: 'lease-client-test-0000000001',
    fetch: (input, init) => fetch(input, init),
    clock,
    log: silentLogger,
    timers,
    demand: () => ({ activeSites: sites, expectedCalls: 200 }),
    onChange: () => {
      harness.changes += 1;
    },
  });
  return harness;
}

describe('QuotaLeaseClient', () => {
  it('takes a lease and plans its renewal in the lease’s last sixth', async () => {
    const { client, timers } = await start();
    expect(client.allowance().source).toBe('default');
    await client.renewNow();
    const allowance = client.allowance();
    expect(allowance).toMatchObject({ source: 'lease', perDay: 230 });
    // A first lease lasts 15 minutes, renewed in its last sixth; the next ones an hour.
    expect(timers.delays.at(-1)).toBe(750);
    await client.renewNow();
    expect(timers.delays.at(-1)).toBe(3000);
    expect(client.budgetAllowance().explanation).toMatch(
      /^This computer's share of the platform's Enphase plan: 230 requests a day, renewed \d\d:\d\d\.$/,
    );
  });

  it('reports a 429 with the next request, which it asks for soon', async () => {
    const { client, timers, logs } = await start();
    await client.renewNow();
    client.report429();
    expect(timers.delays.at(-1)).toBe(30);
    await client.renewNow();
    const last = JSON.parse(
      logs.filter((line) => line.includes('quota lease')).at(-1) ?? '{}',
    ) as Record<string, unknown>;
    expect(last.recent_429_reports).toBe(1);
    // Reported once: the next renewal does not repeat it.
    await client.renewNow();
    expect(logs.filter((line) => line.includes('"recent_429_reports":1'))).toHaveLength(2);
  });

  it('keeps the last lease while the relay is gone, then falls back to the conservative grant', async () => {
    const harness = await start();
    const { client, timers, clock } = harness;
    await client.renewNow();
    await client.renewNow();
    const changesWithLease = harness.changes;
    await harness.relay.close();
    clock.seconds += 3000;
    await client.renewNow();
    expect(client.allowance()).toMatchObject({ source: 'lease', perDay: 230 });
    expect(timers.delays.at(-1)).toBe(30);
    clock.seconds += 600;
    expect(client.allowance()).toMatchObject({ source: 'default', perDay: 4, perMinute: 1 });
    await client.renewNow();
    expect(timers.delays.at(-1)).toBe(60);
    expect(harness.changes).toBeGreaterThan(changesWithLease);
  });
});
