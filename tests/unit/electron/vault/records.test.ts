import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/ports';
import {
  CONNECTIONS_KEY,
  ConnectionRecords,
  type ConnectionRecord,
} from '../../../../electron/vault/records';
import { RecordingStore } from './fixtures';

function record(overrides: Partial<ConnectionRecord> = {}): ConnectionRecord {
  return {
    id: 'enphase-1',
    provider: 'enphase',
    accountId: '2310001',
    accountLabel: 'Enphase owner 2310001',
    tokenBlob: 'c2VhbGVk',
    expiresAt: 1_763_748_000,
    scope: 'read write',
    createdAt: 1_763_661_600,
    refreshedAt: null,
    state: 'connected',
    problem: null,
    siteExternalIds: ['4303302'],
    ...overrides,
  };
}

describe('ConnectionRecords', () => {
  it('keeps every record under the one "connections" key', () => {
    const store = new RecordingStore();
    const records = new ConnectionRecords(store, silentLogger);
    records.save(record());
    records.save(record({ id: 'enphase-2', accountId: '2310002' }));
    expect(store.get<unknown[]>(CONNECTIONS_KEY)).toHaveLength(2);
    expect(records.all().map((r) => r.id)).toEqual(['enphase-1', 'enphase-2']);
  });

  it('finds a record by id and by owner account', () => {
    const records = new ConnectionRecords(new RecordingStore(), silentLogger);
    records.save(record());
    expect(records.get('enphase-1')?.accountId).toBe('2310001');
    expect(records.byAccount('enphase', '2310001')?.id).toBe('enphase-1');
    expect(records.byAccount('tesla', '2310001')).toBeNull();
    expect(records.get('nope')).toBeNull();
  });

  it('replaces a record with the same id instead of adding one', () => {
    const records = new ConnectionRecords(new RecordingStore(), silentLogger);
    records.save(record());
    records.save(record({ state: 'needs_reauth', problem: 'x', tokenBlob: null }));
    expect(records.all()).toHaveLength(1);
    expect(records.get('enphase-1')?.state).toBe('needs_reauth');
  });

  it('updates through a function, and says null for an unknown id', () => {
    const records = new ConnectionRecords(new RecordingStore(), silentLogger);
    records.save(record());
    expect(
      records.update('enphase-1', (r) => ({ ...r, siteExternalIds: [] }))?.siteExternalIds,
    ).toEqual([]);
    expect(records.update('gone', (r) => r)).toBeNull();
  });

  it('removes a record; removing an unknown one writes nothing', () => {
    const store = new RecordingStore();
    const records = new ConnectionRecords(store, silentLogger);
    records.save(record());
    const writes = store.timeline.length;
    records.remove('other');
    expect(store.timeline).toHaveLength(writes);
    records.remove('enphase-1');
    expect(records.all()).toEqual([]);
  });

  it('skips damaged entries and survives a store that holds something else entirely', () => {
    const store = new RecordingStore();
    store.set(CONNECTIONS_KEY, [
      record(),
      { id: 'broken' },
      'text',
      record({ id: 'enphase-3', accountId: '9' }),
    ]);
    const records = new ConnectionRecords(store, silentLogger);
    expect(records.all().map((r) => r.id)).toEqual(['enphase-1', 'enphase-3']);
    store.set(CONNECTIONS_KEY, { not: 'a list' });
    expect(records.all()).toEqual([]);
  });

  it('refuses to save a record that breaks the schema', () => {
    const records = new ConnectionRecords(new RecordingStore(), silentLogger);
    expect(() => records.save(record({ expiresAt: -5 }))).toThrow();
    expect(records.all()).toEqual([]);
  });
});
