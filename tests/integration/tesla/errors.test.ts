/**
 * The Tesla client when things go wrong, against the emulator over real HTTP: named errors for
 * 402, 429 (held for `after`, no money spent meanwhile), 421 (the region asked again), 403,
 * 404 and 5xx; an expired token renewed once with a single-use refresh token (re-use: 0); a
 * revoked grant becomes ReauthRequiredError; unreadable or oversized answers; and no token in
 * any log line or message.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ReauthRequiredError } from '../../../electron/errors';
import {
  TeslaMalformedResponseError,
  TeslaPaymentRequiredError,
  TeslaRateLimitedError,
  TeslaSiteNotFoundError,
  TeslaUnavailableError,
  TeslaWrongRegionError,
} from '../../../electron/providers/tesla';
import {
  ENERGY_SITE,
  EU_OWNER,
  NA_OWNER,
  type TeslaEmulator,
  type TeslaEmulatorOptions,
} from '../../emulators/tesla';
import { startAt, tokensFor } from '../../unit/emulators/tesla/session';
import { teslaRig, TeslaTokenSource } from './rig';

const NOW = 1_793_016_000;
let tesla: TeslaEmulator | undefined;
afterEach(() => tesla?.stop());

async function setUp(
  login: string,
  options: TeslaEmulatorOptions = {},
  rig: { maxBytes?: number } = {},
) {
  tesla = await startAt(NOW, options);
  const tokens = await tokensFor(tesla, login);
  const source = new TeslaTokenSource(tesla, tokens.access, tokens.refresh);
  return { tesla, source, ...teslaRig(tesla, source, rig) };
}

describe('the Tesla client on errors', () => {
  it('stops at 402 for six hours without another billed call, then asks once again', async () => {
    const { tesla, client, http, records } = await setUp(NA_OWNER, {
      billing: { limitMicroUsd: 4_000 },
    });
    await client.energySites();
    const error = await client.energySites().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TeslaPaymentRequiredError);
    expect((error as TeslaPaymentRequiredError).retryAt).toBe(tesla.clock.now() + 6 * 3600);
    expect(http.blockedUntil()).toBe(tesla.clock.now() + 6 * 3600);
    await expect(client.energySites()).rejects.toBeInstanceOf(TeslaPaymentRequiredError);
    expect(records.ledger.map((entry) => entry.status)).toEqual([200, 200, 402]);
    expect(records.ledger.at(-1)!.costMicroUsd).toBe(0);
    expect(tesla.admin.billing().refusedPaymentRequired).toBe(1);
  });

  it('waits out a 429 for the body’s after, spending nothing meanwhile', async () => {
    const { tesla, client, http, records } = await setUp(NA_OWNER, { billing: { perMinute: 2 } });
    await client.energySites();
    const error = await client.energySites().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TeslaRateLimitedError);
    expect(http.blockedUntil()).toBe(NOW + 60);
    await expect(client.energySites()).rejects.toBeInstanceOf(TeslaRateLimitedError);
    expect(records.ledger).toHaveLength(3);
    tesla.clock.advance(60);
    expect(await client.energySites()).toHaveLength(2);
  });

  it('renews an expired token once with its single-use refresh token', async () => {
    const { tesla, client, source } = await setUp(EU_OWNER);
    await client.region();
    tesla.clock.advance(8 * 3600);
    expect(await client.energySites()).toHaveLength(2);
    expect(source.refreshes).toBe(1);
    expect(tesla.admin.refreshReuse()).toBe(0);
  });

  it('turns a revoked grant into ReauthRequiredError', async () => {
    const { tesla, client } = await setUp(EU_OWNER);
    await client.region();
    tesla.admin.revokeOwner(EU_OWNER);
    await expect(client.energySites()).rejects.toBeInstanceOf(ReauthRequiredError);
  });

  it('asks for the region again after a 421, and names it when the region stays the same', async () => {
    const { tesla, client, records } = await setUp(EU_OWNER);
    await client.region();
    // Node's fetch may itself retry a 421 once on a new connection: answer 421 every time.
    tesla.admin.injectFault({
      path: '/eu/api/1/products',
      status: 421,
      times: 10,
      body: { response: null, error: 'user out of region' },
    });
    await expect(client.energySites()).rejects.toBeInstanceOf(TeslaWrongRegionError);
    expect(records.ledger.map((entry) => [entry.endpoint, entry.status])).toEqual([
      ['users_region', 200],
      ['products', 421],
      ['users_region', 200],
    ]);
  });

  it('never follows a region answer to a base the app was not configured with', async () => {
    const { tesla, client, source } = await setUp(NA_OWNER);
    let leaked = false;
    const trap = createServer((request, response) => {
      leaked ||= (request.headers.authorization ?? '').includes(source.access);
      response.end('{}');
    });
    await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
    const { port } = trap.address() as AddressInfo;
    tesla.admin.injectFault({
      path: 'users/region',
      status: 200,
      body: { response: { region: 'na', fleet_api_base_url: `http://127.0.0.1:${port}` } },
    });
    await expect(client.energySites()).rejects.toBeInstanceOf(TeslaMalformedResponseError);
    await new Promise<void>((resolve) => trap.close(() => resolve()));
    expect(leaked).toBe(false);
  });

  it.each([
    [404, TeslaSiteNotFoundError],
    [503, TeslaUnavailableError],
  ])('names HTTP %i', async (status, errorClass) => {
    const { tesla, client } = await setUp(NA_OWNER);
    tesla.admin.injectFault({ path: 'site_info', status });
    await expect(client.siteDetails(String(ENERGY_SITE.austin))).rejects.toBeInstanceOf(errorClass);
  });

  it('another owner’s site is not found', async () => {
    const { client } = await setUp(NA_OWNER);
    await expect(client.siteDetails(String(ENERGY_SITE.munich))).rejects.toBeInstanceOf(
      TeslaSiteNotFoundError,
    );
  });

  it('refuses unreadable and oversized answers; logs and messages hold no token', async () => {
    const { tesla, client, source, records } = await setUp(NA_OWNER, {}, { maxBytes: 2_000 });
    tesla.admin.injectFault({ path: 'products', malformed: true });
    const malformed = await client.energySites().catch((caught: unknown) => caught);
    expect(malformed).toBeInstanceOf(TeslaMalformedResponseError);
    const large = await client
      .history(
        String(ENERGY_SITE.austin),
        { period: 'day', first: '2026-10-25', last: '2026-10-25' },
        'America/Chicago',
        {
          battery: false,
          loadMeter: true,
        },
      )
      .catch((caught: unknown) => caught);
    expect(large).toBeInstanceOf(TeslaMalformedResponseError);
    expect((large as Error).message).toBe(
      'Tesla sent an energy history larger than the app accepts the app could not read',
    );
    const text = [...records.logs, (malformed as Error).message, (large as Error).message].join(
      '\n',
    );
    expect(text).not.toContain(source.access);
    expect(text).not.toContain(source.refresh);
    expect(text).not.toContain('127.0.0.1');
  });
});
