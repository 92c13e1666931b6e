/**
 * The registry as a plug-in point: it knows providers only through their descriptors, so a
 * provider registered in a test (not Enphase, no Enphase code) is made per connected account,
 * serves its sites, and goes when its connection does.
 */
import { describe, expect, it } from 'vitest';
import type { CacheStore } from '../../../../electron/cache/types';
import { loadConfig } from '../../../../electron/config';
import { silentLogger } from '../../../../electron/ports';
import type { AccountContext, ProviderDescriptor } from '../../../../electron/providers/descriptor';
import type { Provider } from '../../../../electron/providers/provider';
import {
  descriptorOf,
  ProviderRegistry,
  PROVIDERS,
  NotKeyProviderError,
  providerNameOf,
  UnknownProviderError,
  UnregisteredProviderError,
} from '../../../../electron/providers/registry';
import { ConnectionRecords } from '../../../../electron/vault/records';
import type { TokenSource } from '../../../../electron/vault/types';
import { ManualClock, RecordingStore } from '../vault/fixtures';
import { said } from '../../../harness/said';

/** The smallest account provider: remembers the context it was made with. */
function tinyDescriptor(made: AccountContext[]): ProviderDescriptor {
  return {
    id: 'test-solar',
    name: 'Test Solar',
    connect: ['api-key'],
    intro: () => 'A provider that exists only in this test.',
    quota: { kind: 'credits-per-account', sentence: () => 'Counts credits.' },
    quiet: { pauseAtNight: true, cloudDelaySeconds: 0 },
    account: (context) => {
      made.push(context);
      return {
        id: 'test-solar',
        connectionId: context.connectionId,
        listSites: () => Promise.resolve([]),
        fetchDaily: () => Promise.resolve([]),
        fetchIntervals: () => Promise.resolve({ intervals: [], lastEnergyAt: null }),
        fetchDevices: () => Promise.resolve([]),
        listSystems: () => Promise.resolve([]),
        testConnection: () => Promise.resolve({ ok: true, message: said('fine') }),
      };
    },
  };
}

function record(
  id: string,
  provider: 'test-solar' | 'solar-nobody',
  state: 'connected' | 'needs_reauth' = 'connected',
) {
  return {
    id,
    provider,
    accountId: `acct-${id}`,
    accountLabel: `Account ${id}`,
    tokenBlob: 'blob',
    expiresAt: 0,
    scope: '',
    createdAt: 0,
    refreshedAt: null,
    state,
    problem: null,
    siteExternalIds: ['s1', 's2'],
  };
}

function rig(demoShown = false) {
  const made: AccountContext[] = [];
  const records = new ConnectionRecords(new RecordingStore(), silentLogger);
  const demo = { id: 'demo', connectionId: null } as unknown as Provider;
  const tokens: string[] = [];
  const registry = new ProviderRegistry({
    config: loadConfig({}),
    cache: {} as CacheStore,
    clock: new ManualClock(),
    log: silentLogger,
    demo,
    demoShown: () => demoShown,
    records: () => records,
    tokenSource: (id) => {
      tokens.push(id);
      return {} as TokenSource;
    },
    pacerFor: () => null,
    descriptors: [...PROVIDERS, tinyDescriptor(made)],
  });
  return { registry, records, made, demo, tokens };
}

describe('PROVIDERS', () => {
  it('registers the demo fleet, Enphase, SolarEdge and Tesla, each once', () => {
    expect(PROVIDERS.map((d) => d.id)).toEqual(['demo', 'enphase', 'solaredge', 'tesla']);
    expect(descriptorOf('enphase')?.account).toBeTypeOf('function');
    expect(descriptorOf('tesla')?.account).toBeTypeOf('function');
    expect(descriptorOf('tesla')?.quota.kind).toBe('money-per-request');
    expect(descriptorOf('demo')?.account).toBeUndefined();
    expect(descriptorOf('solar-nobody')).toBeNull();
  });
});

describe('ProviderRegistry with a provider registered in a test', () => {
  it('makes one instance per connected account through its descriptor', () => {
    const { registry, records, made, tokens } = rig();
    records.save(record('c1', 'test-solar'));
    records.save(record('c2', 'test-solar', 'needs_reauth'));
    registry.reconcile();
    expect(registry.active().map((p) => p.connectionId)).toEqual(['c1']);
    expect(made.map((c) => c.connectionId)).toEqual(['c1']);
    expect(tokens).toEqual(['c1']);
    expect([...(made[0]!.selected() ?? [])]).toEqual(['s1', 's2']);
    expect(registry.forSite({ provider: 'test-solar', connectionId: 'c1' })?.connectionId).toBe(
      'c1',
    );
    expect(registry.forSite({ provider: 'test-solar', connectionId: 'c2' })).toBeNull();
  });

  it('lists every site for the picker, and renews or drops an instance', () => {
    const { registry, records, made } = rig();
    records.save(record('c1', 'test-solar'));
    expect(registry.account({ id: 'c1', provider: 'test-solar' }, false).connectionId).toBe('c1');
    expect(made[0]!.selected()).toBeNull();
    registry.reconcile();
    const first = registry.active()[0];
    registry.reconcile('c1');
    expect(registry.active()[0]).not.toBe(first);
    registry.drop('c1');
    expect(registry.active()).toEqual([]);
  });

  it('skips a connection no descriptor reads, and refuses to make one', () => {
    const { registry, records } = rig(true);
    records.save(record('c3', 'solar-nobody'));
    registry.reconcile();
    expect(registry.active().map((p) => p.id)).toEqual(['demo']);
    expect(() => registry.account({ id: 'c3', provider: 'solar-nobody' }, false)).toThrow(
      UnknownProviderError,
    );
  });
});

describe('names and pasted keys by provider id', () => {
  it('names a provider as its descriptor does, and an unregistered one by its id', () => {
    const descriptors = [...PROVIDERS, tinyDescriptor([])];
    expect(providerNameOf('enphase', descriptors)).toBe('Enphase');
    expect(providerNameOf('test-solar', descriptors)).toBe('Test Solar');
    expect(providerNameOf('test-solar')).toBe('test-solar');
  });

  it.each<[string, string, new (...args: never[]) => Error, string]>([
    [
      'a provider nobody registered',
      'solar-nobody',
      UnregisteredProviderError,
      'Enalysis does not know a provider called “solar-nobody”.',
    ],
    [
      'a provider that signs in',
      'enphase',
      NotKeyProviderError,
      'Enphase is not connected with a key.',
    ],
  ])('refuses a key for %s in the app’s words', async (_, provider, type, message) => {
    const { registry } = rig();
    const refused = registry.validateKey(provider, 'tk_any');
    await expect(refused).rejects.toBeInstanceOf(type);
    await expect(refused).rejects.toThrow(message);
  });
});
