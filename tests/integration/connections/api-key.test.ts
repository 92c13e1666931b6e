/**
 * The generic API-key path, proved with a third provider that exists only in this test and is
 * registered the way every provider is (a descriptor in the core's list): a local HTTP server
 * on port 0 answers its key check and its site list. Through the real core: a wrong key is
 * refused in words and stores nothing; the right one is checked with ONE call, kept only
 * encrypted, never answered back or logged; its sites are picked, reach the portfolio, and go
 * with a disconnect.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../electron/config';
import { createCore, type Core } from '../../../electron/core';
import { InvalidRequestError, UnavailableError } from '../../../electron/errors';
import { ManualNetworkMonitor } from '../../../electron/ports';
import type { ProviderDescriptor } from '../../../electron/providers/descriptor';
import type { ProviderSite } from '../../../electron/providers/provider';
import { PROVIDERS } from '../../../electron/providers/registry';
import { AesGcmCipher } from '../../harness/aes-gcm-cipher';
import { ConfStore } from '../../harness/conf-store';
import { MemoryLogger } from '../../harness/memory-logger';

const GOOD_KEY = 'tk_live_3f9a1c0e5b7d2a4e8c6f';
/** The key the cloud accepts now (the owner may revoke it). */
let acceptedKey = GOOD_KEY;
const ACCOUNT = 'owner-77';

/** The test provider's cloud: a key check and a site list, both behind the key. */
const sitesOfAccount = [
  { id: 'roof-1', name: 'Depot Roof', city: 'Leeds', zone: 'Europe/London', lat: 53.8, lon: -1.55 },
  {
    id: 'roof-2',
    name: 'Clinic Roof',
    city: 'York',
    zone: 'Europe/London',
    lat: 53.96,
    lon: -1.08,
  },
];
const calls: { path: string; key: string | undefined }[] = [];

function startCloud(): Promise<Server> {
  const server = createServer((request, response) => {
    const key = request.headers['x-api-key'] as string | undefined;
    calls.push({ path: request.url ?? '', key });
    response.setHeader('content-type', 'application/json');
    if (key !== acceptedKey) {
      response.statusCode = 401;
      response.end(JSON.stringify({ error: 'bad key' }));
      return;
    }
    if (request.url === '/account') response.end(JSON.stringify({ account: ACCOUNT }));
    else if (request.url === '/sites') response.end(JSON.stringify({ sites: sitesOfAccount }));
    else {
      response.statusCode = 404;
      response.end('{}');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The tiny provider, as a provider folder would declare it. */
function testSolar(base: string): ProviderDescriptor {
  /** One call; a 401 goes to `refused` first (a connected account's vault), then is a named error. */
  const get = async (
    path: string,
    key: string,
    fetcher: typeof fetch = fetch,
    refused?: () => Promise<unknown>,
  ) => {
    const response = await fetcher(`${base}${path}`, { headers: { 'x-api-key': key } });
    if (response.status === 401) {
      await refused?.();
      throw new InvalidRequestError(
        'Test Solar did not accept this key. Check it and paste it again.',
      );
    }
    if (!response.ok) throw new UnavailableError('Test Solar did not answer; try again later.');
    return (await response.json()) as Record<string, unknown>;
  };
  const toSite = (s: (typeof sitesOfAccount)[number]): ProviderSite => ({
    externalId: s.id,
    name: s.name,
    city: s.city,
    country: 'GB',
    timeZone: s.zone,
    latitude: s.lat,
    longitude: s.lon,
    capacityW: 0,
    status: 'normal',
    statusDetail: null,
    lastEnergyAt: null,
  });
  return {
    id: 'solaredge',
    name: 'Test Solar',
    connect: ['api-key'],
    intro: 'Paste the API key of your Test Solar account.',
    quota: {
      kind: 'credits-per-account',
      sentence: () => 'Test Solar counts credits per account.',
    },
    quiet: { pauseAtNight: false, cloudDelaySeconds: 0 },
    validateKey: async (key, context) => {
      const body = await get('/account', key, context.fetch);
      return { accountId: String(body.account) };
    },
    account: (context) => {
      const list = async () => {
        const key = await context.tokens.accessToken();
        // A refused key goes to the vault like any refused token (it throws ReauthRequiredError).
        const body = await get('/sites', key, context.fetch, () =>
          context.tokens.renewAfterUnauthorized(key),
        );
        const all = (body.sites as typeof sitesOfAccount).map(toSite);
        const chosen = context.selected();
        return chosen === null ? all : all.filter((s) => chosen.has(s.externalId));
      };
      return {
        id: 'solaredge',
        connectionId: context.connectionId,
        listSites: list,
        fetchDaily: () => Promise.resolve([]),
        fetchIntervals: () => Promise.resolve({ intervals: [], lastEnergyAt: null }),
        fetchDevices: () => Promise.resolve([]),
        listSystems: async () =>
          (await list()).map((s) => ({
            externalId: s.externalId,
            name: s.name,
            city: s.city,
            timeZone: s.timeZone,
            capacityW: null,
            status: s.status,
          })),
        testConnection: async () => {
          await list();
          return { ok: true, message: 'Test Solar answered.' };
        },
      };
    },
  };
}

let cloud: Server;
let core: Core;
let dataDir: string;
const log = new MemoryLogger();
const answers: unknown[] = [];

async function ask(channel: string, payload: unknown = {}) {
  const result = await core.dispatch(channel, payload);
  answers.push(result);
  return result;
}

beforeAll(async () => {
  cloud = await startCloud();
  const base = `http://127.0.0.1:${(cloud.address() as AddressInfo).port}`;
  dataDir = mkdtempSync(join(tmpdir(), 'enalysis-api-key-'));
  core = await createCore({
    dataDir,
    config: loadConfig({}),
    settings: new ConfStore(dataDir),
    cipher: new AesGcmCipher(dataDir),
    network: new ManualNetworkMonitor(true),
    log,
    authWindow: { open: () => Promise.resolve(null) },
    forceDemo: false,
    kiosk: false,
    version: '0.0.0-test',
    platform: process.platform,
    providers: [...PROVIDERS, testSolar(base)],
  });
});

afterAll(async () => {
  await core?.stop();
  await new Promise((resolve) => cloud?.close(resolve));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('a provider connected by API key, registered in a test', () => {
  it('is offered with the way it declares: a pasted key', async () => {
    const result = await ask('providers.list');
    expect(result).toMatchObject({ ok: true });
    const listed = (result as { value: { providers: { name: string; connect: string[] }[] } }).value
      .providers;
    expect(listed.find((p) => p.name === 'Test Solar')?.connect).toEqual(['api-key']);
  });

  it('refuses a wrong key in words and stores nothing', async () => {
    const result = await ask('connections.connectKey', { provider: 'solaredge', key: 'wrong' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_request',
        message: 'Test Solar did not accept this key. Check it and paste it again.',
      },
    });
    expect(await ask('connections.list')).toMatchObject({ ok: true, value: { connections: [] } });
  });

  it('refuses a key for a provider that signs in instead', async () => {
    const result = await ask('connections.connectKey', { provider: 'enphase', key: GOOD_KEY });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', message: 'Enphase is not connected with a key.' },
    });
  });

  it('checks the right key with one call, then lists its sites for the picker', async () => {
    calls.length = 0;
    const result = await ask('connections.connectKey', {
      provider: 'solaredge',
      key: `  ${GOOD_KEY}  `,
    });
    expect(result).toMatchObject({
      ok: true,
      value: { connection: { provider: 'solaredge', state: 'connected' }, reconnected: false },
    });
    const value = (result as { value: { systems: { externalId: string }[] } }).value;
    expect(value.systems.map((s) => s.externalId)).toEqual(['roof-1', 'roof-2']);
    // One key check, then the picker's list, each with the key the person pasted (trimmed).
    expect(calls).toEqual([
      { path: '/account', key: GOOD_KEY },
      { path: '/sites', key: GOOD_KEY },
    ]);
  });

  it('picks the sites, which reach the portfolio data', async () => {
    const [connection] = (
      (await ask('connections.list')) as { value: { connections: { id: string }[] } }
    ).value.connections;
    const chosen = await ask('connections.chooseSites', {
      connectionId: connection!.id,
      externalIds: ['roof-1', 'roof-2'],
    });
    expect(chosen).toMatchObject({ ok: true });
    await core.scheduler.refreshNow();
    const portfolio = (await ask('portfolio.get')) as {
      value: { rows: { site: { name: string; provider: string } }[] };
    };
    expect(portfolio.value.rows.map((r) => [r.site.name, r.site.provider])).toEqual([
      ['Clinic Roof', 'solaredge'],
      ['Depot Roof', 'solaredge'],
    ]);
  });

  it('keeps the key only encrypted: not in any answer, the settings files or the log', () => {
    for (const answer of answers) expect(JSON.stringify(answer)).not.toContain(GOOD_KEY);
    const stored = readdirSync(dataDir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => readFileSync(join(dataDir, file), 'utf8'));
    // The record is in those files (so they are the right ones to read), its key is not.
    expect(stored.some((text) => text.includes(ACCOUNT))).toBe(true);
    for (const text of stored) expect(text).not.toContain(GOOD_KEY);
    expect(JSON.stringify(log.lines)).not.toContain(GOOD_KEY);
  });

  it('a key the owner revoked turns the connection and its sites to needs_reauth', async () => {
    acceptedKey = 'tk_live_replaced';
    await core.scheduler.refreshNow();
    const list = (await ask('connections.list')) as {
      value: { connections: { state: string; problem: string | null }[] };
    };
    expect(list.value.connections).toEqual([
      expect.objectContaining({
        state: 'needs_reauth',
        problem:
          'SolarEdge no longer accepts the saved API key. Paste a new key to resume updates; cached data is kept.',
      }),
    ]);
    const sites = core.cache.listSites().filter((s) => s.provider === 'solaredge');
    expect(sites.map((s) => s.status)).toEqual(['needs_reauth', 'needs_reauth']);
    acceptedKey = GOOD_KEY;
  });

  it('disconnects: the account and its sites are gone', async () => {
    const [connection] = (
      (await ask('connections.list')) as { value: { connections: { id: string }[] } }
    ).value.connections;
    const result = await ask('connections.disconnect', {
      connectionId: connection!.id,
      keepData: false,
    });
    expect(result).toMatchObject({ ok: true, value: { connections: [] } });
    // With no account left the demo fleet comes back; none of the account's sites stays.
    const portfolio = (await ask('portfolio.get')) as {
      value: { rows: { site: { provider: string } }[] };
    };
    expect(portfolio.value.rows.filter((r) => r.site.provider === 'solaredge')).toEqual([]);
    expect(core.cache.listSites().filter((s) => s.provider === 'solaredge')).toEqual([]);
  });
});
