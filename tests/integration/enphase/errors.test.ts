/**
 * How the Enphase provider answers each failure the reference doc lists, over real HTTP: one
 * token renewal after a 401, re-auth when that does not help, the 429's own `period_end`, and a
 * named error with a readable message for everything else.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReauthRequiredError } from '../../../electron/errors';
import {
  EnphaseApiKeyError,
  EnphaseForbiddenError,
  EnphaseInvalidRangeError,
  EnphaseProvider,
  EnphaseSystemNotFoundError,
  type EnphaseProviderOptions,
  ProviderUnavailableError,
  QuotaExceededError,
} from '../../../electron/providers/enphase';
import type { ProviderSite } from '../../../electron/providers/provider';
import { MinuteGate } from '../../../electron/sync/minute-gate';
import { silentLogger } from '../../../electron/ports';
import { ACCOUNT_A } from '../../emulators/enphase';
import { FakeTimers } from '../../unit/electron/sync/fixtures';
import { middayCalifornia, startProviderRig, type ProviderRig } from './rig';

let rig: ProviderRig;
afterEach(async () => {
  await rig.stop();
});

async function firstSite(): Promise<ProviderSite> {
  const [site] = await rig.provider.listSites();
  rig.emulator.admin.clearCalls();
  return site!;
}

/** Another provider for the rig's emulator and owner, with some of its options changed. */
function providerWith(options: Partial<EnphaseProviderOptions>): EnphaseProvider {
  return new EnphaseProvider({
    connectionId: 'conn-1',
    apiBase: rig.emulator.url,
    apiKey: rig.emulator.app.apiKey,
    tokens: rig.tokens,
    clock: rig.clock,
    log: silentLogger,
    ...options,
  });
}

describe('401', () => {
  it('renews the token once and retries: the call succeeds', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const site = await firstSite();
    rig.tokens.forget();
    const batch = await rig.provider.fetchIntervals(site, middayCalifornia - 1800);
    expect(batch.intervals.length).toBeGreaterThan(0);
    expect(rig.tokens.refreshes).toBe(1);
    expect(rig.apiCalls().map((c) => c.status)).toEqual([401, 200]);
  });

  it('turns a revoked grant into ReauthRequiredError for the connection', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const site = await firstSite();
    rig.emulator.admin.revokeAccount(ACCOUNT_A);
    const failure = rig.provider.fetchDevices(site);
    await expect(failure).rejects.toThrow(ReauthRequiredError);
    await expect(failure).rejects.toMatchObject({ connectionId: 'conn-1', code: 'needs_reauth' });
    expect(rig.apiCalls().map((c) => c.status)).toEqual([401]);
  });

  it('gives up after a second 401 with a renewed token: re-auth, not a loop', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const site = await firstSite();
    const renew = vi.fn(async () => 'still-not-valid');
    const provider = providerWith({
      connectionId: 'conn-9',
      tokens: { accessToken: async () => 'not-valid', renewAfterUnauthorized: renew },
    });
    await expect(provider.fetchDevices(site)).rejects.toMatchObject({
      name: 'ReauthRequiredError',
      connectionId: 'conn-9',
    });
    expect(renew).toHaveBeenCalledTimes(1);
    expect(renew).toHaveBeenCalledWith('not-valid');
    expect(rig.apiCalls().map((c) => c.status)).toEqual([401, 401]);
  });

  it('blames the app’s API key, not the owner, for a key mismatch (no renewal)', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const site = await firstSite();
    const provider = providerWith({ apiKey: 'another-apps-key' });
    await expect(provider.fetchDevices(site)).rejects.toThrow(EnphaseApiKeyError);
    expect(rig.tokens.refreshes).toBe(0);
  });
});

describe('429', () => {
  it('waits until the period_end the body names (there is no Retry-After)', async () => {
    rig = await startProviderRig(ACCOUNT_A, { emulator: { plan: 'watt' } });
    const site = await firstSite();
    rig.emulator.admin.resetQuota();
    const results = await Promise.allSettled(
      Array.from({ length: 11 }, () => rig.provider.fetchDevices(site)),
    );
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(1);
    const error = (refused[0] as PromiseRejectedResult).reason as QuotaExceededError;
    expect(error).toBeInstanceOf(QuotaExceededError);
    expect(error).toMatchObject({
      status: 429,
      period: 'minute',
      retryAt: Math.floor(middayCalifornia / 60) * 60 + 60,
      message: 'the Enphase request limit for this minute was reached',
    });
  });

  it('after a month 429, sends nothing more before the month ends', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const site = await firstSite();
    const monthEnd = Date.parse('2025-07-01T00:00:00Z') / 1000;
    rig.emulator.admin.injectFault({
      path: '/devices',
      status: 429,
      body: {
        message: 'Too Many Requests',
        details: 'Usage limit exceeded for plan Kilowatt',
        code: 429,
        period: 'month',
        period_start: monthEnd - 30 * 86_400,
        period_end: monthEnd,
        limit: 50_000,
      },
    });
    await expect(rig.provider.fetchDevices(site)).rejects.toMatchObject({
      period: 'month',
      retryAt: monthEnd,
      message: 'the Enphase request quota for this month is used up',
    });
    await expect(rig.provider.fetchIntervals(site, middayCalifornia - 900)).rejects.toThrow(
      QuotaExceededError,
    );
    expect(rig.apiCalls()).toHaveLength(1);
    rig.clock.set(monthEnd + 1);
    await expect(rig.provider.fetchDevices(site)).resolves.toHaveLength(242);
  });

  it('a clock set back 6 hours after a 429 holds calls for the minute asked, not 6 hours more', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const site = await firstSite();
    const t = rig.clock.now();
    rig.emulator.admin.injectFault({
      path: '/devices',
      status: 429,
      body: { code: 429, period: 'minute', period_start: t, period_end: t + 60, limit: 10 },
    });
    await expect(rig.provider.fetchDevices(site)).rejects.toThrow(QuotaExceededError);
    rig.clock.set(t - 6 * 3600);
    const held = await rig.provider.fetchDevices(site).catch((e: unknown) => e);
    expect(held).toBeInstanceOf(QuotaExceededError);
    expect((held as QuotaExceededError).retryAt - rig.clock.now()).toBeLessThanOrEqual(60);
    rig.clock.set(t - 6 * 3600 + 61);
    await expect(rig.provider.fetchDevices(site)).resolves.toHaveLength(242);
  });

  it('assumes a minute when a 429 names no period end', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const site = await firstSite();
    rig.emulator.admin.injectFault({ path: '/devices', status: 429, body: {} });
    await expect(rig.provider.fetchDevices(site)).rejects.toMatchObject({
      period: 'minute',
      retryAt: middayCalifornia + 60,
    });
  });

  it('never meets a 429 when every request goes through the shared minute gate', async () => {
    rig = await startProviderRig(ACCOUNT_A, { emulator: { plan: 'watt' } });
    const site = await firstSite();
    rig.emulator.admin.resetQuota();
    const timers = new FakeTimers();
    const pacer = new MinuteGate({ clock: rig.clock, timers, perMinute: () => 10 });
    const provider = providerWith({ pacer });
    const calls = Promise.all(Array.from({ length: 25 }, () => provider.fetchDevices(site)));
    // Time passes by hand, and only once every request the gate let out has been answered
    // (moving the clock under a request in flight would misdate it).
    while (rig.apiCalls().length < 25) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const released = 25 - pacer.waiting;
      const [timer] = [...timers.pending.values()];
      if (timer && rig.apiCalls().length === released) {
        rig.clock.advance(timer.ms / 1000);
        timers.fireAll();
      }
    }
    await calls;
    expect(rig.apiCalls().map((c) => c.status)).toEqual(Array(25).fill(200));
  });
});

describe('other failures', () => {
  it.each([
    [500, undefined, 'Enphase is having trouble (HTTP 500)'],
    [503, {}, 'Enphase is having trouble (HTTP 503)'],
    [418, {}, 'Enphase answered with HTTP 418'],
  ])('answers %i with ProviderUnavailableError', async (status, body, message) => {
    rig = await startProviderRig(ACCOUNT_A);
    const site = await firstSite();
    rig.emulator.admin.injectFault({ path: '/devices', status, body });
    const failure = rig.provider.fetchDevices(site);
    await expect(failure).rejects.toThrow(ProviderUnavailableError);
    await expect(failure).rejects.toMatchObject({ status, message });
  });

  it('names a system Enphase does not know, and one of another owner', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const site = await firstSite();
    await expect(rig.provider.fetchDevices({ ...site, externalId: '999999' })).rejects.toThrow(
      EnphaseSystemNotFoundError,
    );
    await expect(rig.provider.fetchDevices({ ...site, externalId: '4303302' })).rejects.toThrow(
      EnphaseForbiddenError,
    );
    await expect(rig.provider.fetchDevices({ ...site, externalId: '../systems' })).rejects.toThrow(
      EnphaseSystemNotFoundError,
    );
    expect(rig.apiCalls().map((c) => c.status)).toEqual([404, 403]);
  });

  it("says in its own words that a 422 refused the dates; Enphase's text goes only to the log", async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const site = await firstSite();
    const failure = rig.provider.fetchDaily(site, '2025-06-01', '2025-06-30');
    await expect(failure).rejects.toThrow(EnphaseInvalidRangeError);
    await expect(failure).rejects.toThrow(
      'Enphase refused the dates asked for: they are in the future or older than the system keeps.',
    );
    expect(rig.log.text()).toContain('Requested date is in the future');
  });

  it('never puts upstream text into a message, even when it echoes a token', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const site = await firstSite();
    const echoed = 'Bearer eyJhbGciOiJIUzI1NiJ9.secret-part.sig';
    for (const status of [422, 400, 409, 503]) {
      rig.emulator.admin.injectFault({
        path: '/telemetry/',
        status,
        body: { message: echoed, details: `invalid token ${echoed}`, code: status },
      });
      const error = await rig.provider
        .fetchIntervals(site, rig.clock.now() - 3_600)
        .catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).not.toMatch(/secret-part|invalid token|eyJ/);
    }
  });

  it('gives up on a slow answer after the timeout', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const site = await firstSite();
    // Only the slow call gets the short deadline: with it on the whole rig, the site list
    // before it could miss 100 ms on a loaded machine and fail the test for the wrong reason.
    const impatient = providerWith({ timeoutMs: 100 });
    rig.emulator.admin.injectFault({ path: '/devices', delayMs: 1_000 });
    await expect(impatient.fetchDevices(site)).rejects.toMatchObject({
      name: 'ProviderUnavailableError',
      status: 0,
      message: 'Enphase did not answer in time',
    });
  });

  it('says so when Enphase cannot be reached at all', async () => {
    rig = await startProviderRig(ACCOUNT_A);
    const site = await firstSite();
    const provider = providerWith({ apiBase: 'http://127.0.0.1:9' });
    await expect(provider.fetchDevices(site)).rejects.toMatchObject({
      name: 'ProviderUnavailableError',
      status: 0,
      message: 'Enphase could not be reached',
    });
  });
});
