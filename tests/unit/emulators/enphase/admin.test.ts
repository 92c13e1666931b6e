/**
 * Injected faults (the doc's 500, malformed bodies, delays), the call log, and the same admin
 * actions over HTTP under /__admin.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT_A, type EnphaseEmulator, type TokenResponse } from '../../../emulators/enphase';
import { apiGet, connect, NOW, startAt, tokenCall } from './session';

let emulator: EnphaseEmulator;
let tokens: TokenResponse;
beforeAll(async () => {
  emulator = await startAt(NOW, { plan: 'partner' });
});
afterAll(() => emulator.stop());
beforeEach(async () => {
  emulator.clock.set(NOW);
  emulator.admin.clearFaults();
  emulator.admin.clearCalls();
  tokens = await connect(emulator, ACCOUNT_A);
});

const summary = '/systems/4201101/summary';

describe('injected faults', () => {
  it("answer the doc's 500 for as many matching calls as asked, then recover", async () => {
    emulator.admin.injectFault({ path: '/summary', status: 500, times: 2 });
    const other = await apiGet(emulator, tokens.access_token, '/systems');
    expect(other.status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const failed = await apiGet(emulator, tokens.access_token, summary);
      expect(failed.status).toBe(500);
      expect(failed.body).toEqual({
        errorCode: 7,
        errorMessages: ['Data is temporarily unavailable'],
      });
    }
    expect((await apiGet(emulator, tokens.access_token, summary)).status).toBe(200);
  });

  it('can send truncated JSON with a 200', async () => {
    emulator.admin.injectFault({ path: /\/telemetry\//, malformed: true });
    const response = await fetch(
      `${emulator.url}/api/v4/systems/4201101/telemetry/production_micro?key=${emulator.app.apiKey}`,
      { headers: { authorization: `Bearer ${tokens.access_token}` } },
    );
    expect(response.status).toBe(200);
    await expect(response.clone().json()).rejects.toThrow();
  });

  it('can slow one answer down and let it through', async () => {
    emulator.admin.injectFault({ path: '/systems', delayMs: 150 });
    const started = performance.now();
    expect((await apiGet(emulator, tokens.access_token, '/systems')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('can fail the token endpoint too', async () => {
    emulator.admin.injectFault({ path: '/oauth/token', status: 503, body: { error: 'down' } });
    const answer = await tokenCall(emulator, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    expect(answer).toEqual({ status: 503, body: { error: 'down' } });
    // The fault answered before the token was looked at: the refresh token still works.
    const retry = await tokenCall(emulator, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    expect(retry.status).toBe(200);
  });
});

describe('the call log', () => {
  it('records method, path, status, instant and kind, without secrets', async () => {
    await apiGet(emulator, tokens.access_token, '/systems', { page: '1' });
    const calls = emulator.admin.calls();
    expect(calls.at(-1)).toEqual({
      method: 'GET',
      path: '/api/v4/systems',
      status: 200,
      at: NOW,
      kind: 'api',
      query: { page: '1' },
    });
    const text = JSON.stringify(calls);
    expect(text).not.toContain(emulator.app.apiKey);
    expect(text).not.toContain(tokens.refresh_token);
  });
});

describe('/__admin over HTTP', () => {
  const admin = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${emulator.url}/__admin${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: await response.json() };
  };

  it('moves the clock and reports the state', async () => {
    const moved = await admin('POST', '/clock', { advance: 90 });
    expect(moved.body.now).toBe(NOW + 90);
    expect(emulator.clock.now()).toBe(NOW + 90);
    expect((await admin('POST', '/clock', { set: NOW })).body.now).toBe(NOW);
    const state = await admin('GET', '/state');
    expect(state.body.accounts.map((a: { login: string }) => a.login)).toContain(ACCOUNT_A);
  });

  it('revokes and restores an account, injects faults, sets plan and reads calls', async () => {
    await admin('POST', '/accounts/revoke', { login: ACCOUNT_A });
    expect((await apiGet(emulator, tokens.access_token, '/systems')).status).toBe(401);
    await admin('POST', '/accounts/restore', { login: ACCOUNT_A });
    expect((await apiGet(emulator, tokens.access_token, '/systems')).status).toBe(200);

    await admin('POST', '/faults', { pathRegex: 'summary$', status: 500 });
    expect((await apiGet(emulator, tokens.access_token, summary)).status).toBe(500);

    expect((await admin('POST', '/plan', { plan: 'watt' })).body.plan).toBe('watt');
    await admin('POST', '/plan', { plan: 'partner' });
    await admin('POST', '/quota/reset');
    expect((await admin('GET', '/state')).body.usage.minute.count).toBe(0);

    const calls = await admin('GET', '/calls');
    expect(calls.body.some((call: { status: number }) => call.status === 500)).toBe(true);
  });

  it('answers the expected daily energy', async () => {
    const answer = await admin('GET', '/expected-daily-wh?system_id=4201101&date=2025-11-19');
    expect(answer.body.wh).toBe(emulator.admin.expectedDailyWh(4_201_101, '2025-11-19'));
  });

  it('injects a production incident with a known start and end', async () => {
    const path = '/systems/4201101/telemetry/production_micro';
    const day = { start_date: '2025-11-20' };
    const before = (await apiGet(emulator, tokens.access_token, path, day)).body.intervals;
    const from = NOW - 2 * 3600;
    const to = NOW - 3600;
    const incident = { kind: 'trip', sites: ['4201101'], from, to, severity: 1 };
    expect((await admin('POST', '/incidents', incident)).status).toBe(200);
    const after = (await apiGet(emulator, tokens.access_token, path, day)).body.intervals;
    type Interval = { end_at: number; enwh: number };
    const inside = (i: Interval) => i.end_at - 1 >= from && i.end_at - 1 < to;
    expect(before.filter(inside).some((i: Interval) => i.enwh > 0)).toBe(true);
    expect(after.filter(inside).every((i: Interval) => i.enwh === 0)).toBe(true);
    const outside = (list: Interval[]) => list.filter((i) => !inside(i)).map((i) => i.enwh);
    expect(outside(after)).toEqual(outside(before));
    expect((await admin('POST', '/incidents', { ...incident, kind: 'offline' })).status).toBe(400);
  });

  it('refuses malformed actions with 400', async () => {
    expect((await admin('POST', '/plan', { plan: 'gigawatt' })).status).toBe(400);
    expect((await admin('POST', '/accounts/revoke', { login: 'nobody@example.com' })).status).toBe(
      400,
    );
    expect((await admin('POST', '/clock', { set: 'tomorrow' })).status).toBe(400);
  });
});
