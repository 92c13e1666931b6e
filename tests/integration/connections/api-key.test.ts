/**
 * The generic API-key path, proved with a third provider that exists only in this test and is
 * registered the way every provider is (a descriptor in the core's list): a local HTTP server
 * on port 0 answers its key check and its site list. Through the real core: a wrong key is
 * refused in words and stores nothing; the right one is checked with ONE call, kept only
 * encrypted, never answered back or logged; its sites are picked, reach the portfolio, and go
 * with a disconnect.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../electron/config';
import { createCore, type Core } from '../../../electron/core';
import { ManualNetworkMonitor } from '../../../electron/ports';
import { PROVIDERS } from '../../../electron/providers/registry';
import { AesGcmCipher } from '../../harness/aes-gcm-cipher';
import { ConfStore } from '../../harness/conf-store';
import { MemoryLogger } from '../../harness/memory-logger';
import {
  ACCOUNT,
  GOOD_KEY,
  startTestSolarCloud,
  testSolarDescriptor,
  type TestSolarCloud,
} from '../../harness/test-solar';

let cloud: TestSolarCloud;
let core: Core;
let dataDir: string;
const log = new MemoryLogger();
const answers: unknown[] = [];

async function ask(channel: string, payload: unknown = {}) {
  const result = await core.dispatch(channel, payload);
  answers.push(result);
  return result;
}

/** The one connection the app holds now. */
async function onlyConnection(): Promise<{ id: string }> {
  const result = (await ask('connections.list')) as { value: { connections: { id: string }[] } };
  expect(result.value.connections).toHaveLength(1);
  return result.value.connections[0]!;
}

beforeAll(async () => {
  cloud = await startTestSolarCloud();
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
    // Test Solar borrows SolarEdge's id: the real SolarEdge descriptor steps aside.
    providers: [...PROVIDERS.filter((d) => d.id !== 'solaredge'), testSolarDescriptor(cloud.base)],
  });
});

afterAll(async () => {
  await core?.stop();
  await cloud?.close();
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
    cloud.calls.length = 0;
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
    expect(cloud.calls).toEqual([
      { path: '/account', key: GOOD_KEY },
      { path: '/sites', key: GOOD_KEY },
    ]);
  });

  it('picks the sites, which reach the portfolio data', async () => {
    const connection = await onlyConnection();
    const chosen = await ask('connections.chooseSites', {
      connectionId: connection.id,
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
    cloud.acceptedKey = 'tk_live_replaced';
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
    cloud.acceptedKey = GOOD_KEY;
  });

  it('disconnects: the account and its sites are gone', async () => {
    const connection = await onlyConnection();
    const result = await ask('connections.disconnect', {
      connectionId: connection.id,
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
