import { beforeEach, describe, expect, it, vi } from 'vitest';

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

beforeEach(() => {
  fakeStore.created.length = 0;
});

describe('createSettingsStore', () => {
  it('keeps settings in settings.json in the user data folder', () => {
    createSettingsStore();
    expect(fakeStore.created[0]?.options).toEqual({ name: 'settings' });
  });

  it('reads back what it stored and forgets deleted keys', () => {
    const store = createSettingsStore();
    store.set('settings', { theme: 'dark' });
    expect(store.get('settings')).toEqual({ theme: 'dark' });
    store.delete('settings');
    expect(store.get('settings')).toBeUndefined();
  });

  it('treats storing undefined as forgetting the key instead of throwing', () => {
    const store = createSettingsStore();
    store.set('connection', { id: 'c1' });
    expect(() => store.set('connection', undefined)).not.toThrow();
    expect(store.get('connection')).toBeUndefined();
  });
});
