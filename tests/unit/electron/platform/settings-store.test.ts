import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../../electron/ports';

// electron-store imports electron at load time; the test swaps in a Map-backed stand-in that
// records the options the adapter chose.
const fakeStore = vi.hoisted(() => {
  const created: Array<{ options: unknown; data: Map<string, unknown> }> = [];
  class Store {
    readonly data = new Map<string, unknown>();
    constructor(readonly options: unknown) {
      created.push(this);
    }
    get(key: string) {
      return this.data.get(key);
    }
    set(key: string, value: unknown) {
      if (value === undefined) throw new TypeError('Use `delete()` to clear values');
      this.data.set(key, value);
    }
    delete(key: string) {
      this.data.delete(key);
    }
  }
  return { Store, created };
});

vi.mock('electron-store', () => ({ default: fakeStore.Store }));

const { createSettingsStore } = await import('../../../../electron/platform/settings-store');

let userData: string;
const clock = { now: () => Date.UTC(2026, 0, 2, 3, 4, 5) / 1000 };

beforeEach(() => {
  fakeStore.created.length = 0;
  userData = mkdtempSync(join(tmpdir(), 'enalysis-userdata-'));
});

afterEach(() => {
  rmSync(userData, { recursive: true, force: true });
});

describe('createSettingsStore', () => {
  it('keeps settings in settings.json in the user data folder', () => {
    createSettingsStore(userData, clock, silentLogger);
    expect(fakeStore.created[0]?.options).toEqual({ name: 'settings' });
  });

  it('reads back what it stored and forgets deleted keys', () => {
    const store = createSettingsStore(userData, clock, silentLogger);
    store.set('settings', { theme: 'dark' });
    expect(store.get('settings')).toEqual({ theme: 'dark' });
    store.delete('settings');
    expect(store.get('settings')).toBeUndefined();
  });

  it('treats storing undefined as forgetting the key instead of throwing', () => {
    const store = createSettingsStore(userData, clock, silentLogger);
    store.set('connection', { id: 'c1' });
    expect(() => store.set('connection', undefined)).not.toThrow();
    expect(store.get('connection')).toBeUndefined();
  });

  it('moves an unreadable settings.json aside before electron-store reads it, and says so', () => {
    writeFileSync(join(userData, 'settings.json'), Buffer.alloc(64));
    const store = createSettingsStore(userData, clock, silentLogger);
    expect(store.recovery?.movedTo).toBe(join(userData, 'settings.json.corrupt-20260102T030405Z'));
    expect(existsSync(join(userData, 'settings.json'))).toBe(false);
    expect(fakeStore.created).toHaveLength(1);
  });

  it('reports nothing for a healthy file', () => {
    writeFileSync(join(userData, 'settings.json'), '{}');
    expect(createSettingsStore(userData, clock, silentLogger).recovery).toBeNull();
  });
});
