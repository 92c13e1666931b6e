/**
 * The emulator's credits: per payer, per minute and per UTC month, and the two 429s the app
 * must tell apart (minute: remaining 0 and `retry-after`; month: no `retry-after`).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CreditBook } from '../../../emulators/solaredge/credits';
import {
  FLEET_KEY,
  OTHER_FLEET_KEY,
  OWNER_A,
  SITE,
  type SolarEdgeEmulator,
} from '../../../emulators/solaredge';
import { apiGet, connectOwner, NOW, startAt } from './session';

describe('CreditBook', () => {
  const minute = Math.floor(NOW / 60) * 60;

  it.each([
    ['the 10th call of a minute', 9, 0, null],
    ['the 11th call of a minute', 10, 0, 'minute'],
    ['the first call of the next minute', 10, 60, null],
  ])('%s', (_name, spent, later, refused) => {
    const book = new CreditBook({ perMinute: 10, perMonth: 2_000 });
    for (let i = 0; i < spent; i++) expect(book.spend('p', 1, minute + 5)).toBeNull();
    const refusal = book.spend('p', 1, minute + 5 + later);
    expect(refusal?.period ?? null).toBe(refused);
  });

  it('tells the minute to wait until it ends, and the month not at all', () => {
    const book = new CreditBook({ perMinute: 2, perMonth: 3 });
    book.spend('p', 1, minute + 10);
    book.spend('p', 1, minute + 10);
    expect(book.spend('p', 1, minute + 15)).toEqual({
      period: 'minute',
      retryAfterSeconds: 45,
      remainingMinute: 0,
    });
    book.spend('p', 1, minute + 70);
    expect(book.spend('p', 1, minute + 71)).toEqual({ period: 'month', remainingMinute: 1 });
  });

  it('keeps payers apart and starts a new month on the 1st (UTC)', () => {
    const book = new CreditBook({ perMinute: 100, perMonth: 1 });
    expect(book.spend('a', 1, NOW)).toBeNull();
    expect(book.spend('b', 1, NOW)).toBeNull();
    expect(book.spend('a', 1, NOW + 60)?.period).toBe('month');
    const november = Date.parse('2026-11-01T00:00:00Z') / 1000;
    expect(book.spend('a', 1, november)).toBeNull();
  });
});

describe('429s over HTTP', () => {
  let se: SolarEdgeEmulator;
  beforeAll(async () => {
    se = await startAt(NOW, { creditLimits: { perMinute: 10, perMonth: 2_000 } });
  });
  afterAll(() => se.stop());
  beforeEach(() => {
    se.clock.set(Math.floor(NOW / 60) * 60 + 20);
    se.admin.resetCredits();
  });

  it('counts down remaining credits, then answers the minute 429 with retry-after', async () => {
    const remaining: string[] = [];
    for (let i = 0; i < 10; i++) {
      const answer = await apiGet(se, `/v2/sites/${SITE.berlin}`, { apiKey: FLEET_KEY });
      remaining.push(answer.headers.get('x-ratelimit-remaining-minute')!);
    }
    expect(remaining).toEqual(['9', '8', '7', '6', '5', '4', '3', '2', '1', '0']);
    const refused = await apiGet(se, `/v2/sites/${SITE.berlin}`, { apiKey: FLEET_KEY });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('40');
    expect(refused.headers.get('x-ratelimit-remaining-minute')).toBe('0');
    expect(refused.json).toMatchObject({ status: 429, title: 'Too Many Requests' });
    // Another payer is not affected.
    expect((await apiGet(se, `/v2/sites/${SITE.lisbon}`, { apiKey: OTHER_FLEET_KEY })).status).toBe(
      200,
    );
    se.clock.advance(40);
    expect((await apiGet(se, `/v2/sites/${SITE.berlin}`, { apiKey: FLEET_KEY })).status).toBe(200);
  });

  it('answers the monthly 429 without retry-after while minute credits remain', async () => {
    se.admin.exhaustMonth({ apiKey: FLEET_KEY });
    const refused = await apiGet(se, `/v2/sites/${SITE.berlin}`, { apiKey: FLEET_KEY });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeNull();
    expect(Number(refused.headers.get('x-ratelimit-remaining-minute'))).toBeGreaterThan(0);
    expect(String(refused.json.detail)).toMatch(/monthly/);
  });

  it('bills every Site Access grant to the platform application', async () => {
    const grant = await connectOwner(se, OWNER_A);
    se.admin.exhaustMonth('oauth');
    const refused = await apiGet(se, `/v2/sites/${SITE.munich}/overview`, { token: grant.access });
    expect(refused.status).toBe(429);
    expect((await apiGet(se, `/v2/sites/${SITE.berlin}`, { apiKey: FLEET_KEY })).status).toBe(200);
    expect(se.admin.credits('oauth').monthUsed).toBe(2_000);
  });
});
