/**
 * Quotas per application: the per-minute and per-month windows of each plan, and the exact 429
 * the app must parse (no Retry-After: it must wait until period_end).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  planLimits,
  type EnphaseEmulator,
  type Plan,
} from '../../../emulators/enphase';
import { QuotaCounter } from '../../../emulators/enphase/quota';
import { apiGet, connect, NOW, startAt } from './session';

describe('QuotaCounter', () => {
  it.each<[Plan, number, number]>([
    ['watt', 10, 1_000],
    ['kilowatt', 50, 50_000],
    ['megawatt', 100, 300_000],
    ['partner', 300, 1_500_000],
  ])('%s allows %i hits a minute and %i a month', (plan, perMinute, perMonth) => {
    expect(planLimits[plan]).toMatchObject({ perMinute, perMonth });
    const counter = new QuotaCounter(plan);
    for (let i = 0; i < perMinute; i++) expect(counter.hit(NOW)).toBeNull();
    expect(counter.hit(NOW + 59)).toMatchObject({ period: 'minute', limit: perMinute });
    expect(counter.hit(NOW + 60)).toBeNull();
  });

  it('reports the month once the month is spent, until the next UTC month', () => {
    const counter = new QuotaCounter('watt');
    for (let minute = 0; minute < 100; minute++) {
      for (let i = 0; i < 10; i++) expect(counter.hit(NOW + minute * 60)).toBeNull();
    }
    const refused = counter.hit(NOW + 100 * 60);
    expect(refused).toMatchObject({
      period: 'month',
      limit: 1_000,
      period_start: Date.UTC(2025, 10, 1) / 1000,
      period_end: Date.UTC(2025, 11, 1) / 1000,
    });
    expect(counter.hit(Date.UTC(2025, 11, 1) / 1000)).toBeNull();
  });
});

describe('429 over HTTP', () => {
  let emulator: EnphaseEmulator;
  beforeAll(async () => {
    emulator = await startAt(NOW, { plan: 'watt' });
  });
  afterAll(() => emulator.stop());
  beforeEach(() => {
    emulator.clock.set(NOW);
    emulator.admin.resetQuota();
  });

  it('counts every owner against the one application and answers the doc body', async () => {
    const a = await connect(emulator, ACCOUNT_A);
    const b = await connect(emulator, ACCOUNT_B);
    for (let i = 0; i < 5; i++) {
      expect((await apiGet(emulator, a.access_token, '/systems')).status).toBe(200);
      expect((await apiGet(emulator, b.access_token, '/systems')).status).toBe(200);
    }
    const refused = await apiGet(emulator, a.access_token, '/systems');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeNull();
    expect(refused.body).toEqual({
      message: 'Too Many Requests',
      details: 'Usage limit exceeded for plan Watt',
      code: 429,
      period: 'minute',
      period_start: NOW,
      period_end: NOW + 60,
      limit: 10,
    });
    expect(refused.body.period_end).toBeGreaterThan(emulator.clock.now());

    emulator.clock.set(refused.body.period_end);
    expect((await apiGet(emulator, a.access_token, '/systems')).status).toBe(200);
  });

  it('names the plan in the body after setPlan, and OAuth calls stay free', async () => {
    emulator.admin.setPlan('kilowatt');
    const tokens = await connect(emulator, ACCOUNT_A);
    for (let i = 0; i < 50; i++) await apiGet(emulator, tokens.access_token, '/systems/4201101');
    await connect(emulator, ACCOUNT_A);
    const refused = await apiGet(emulator, tokens.access_token, '/systems/4201101');
    expect(refused.body.details).toBe('Usage limit exceeded for plan Kilowatt');
    expect(emulator.admin.usage().minute.count).toBe(50);
    emulator.admin.setPlan('watt');
  });

  it('does not count calls refused for a bad key or token', async () => {
    await apiGet(emulator, 'not-a-token', '/systems');
    expect(emulator.admin.usage().minute.count).toBe(0);
  });
});
