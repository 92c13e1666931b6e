import { describe, expect, it } from 'vitest';
import { installationIdFrom } from '../../../../electron/quota/installation-id';
import type { KeyValueStore } from '../../../../electron/ports';

function memoryStore(
  initial: Record<string, unknown> = {},
): KeyValueStore & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: <T>(key: string) => data[key] as T | undefined,
    set: (key, value) => {
      data[key] = value;
    },
    delete: (key) => {
      delete data[key];
    },
  };
}

describe('installationIdFrom', () => {
  it('makes a random id at the first start and keeps it', () => {
    const store = memoryStore();
    const id = installationIdFrom(store);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(installationIdFrom(store)).toBe(id);
    expect(installationIdFrom(memoryStore())).not.toBe(id);
  });

  it.each([42, 'short', '../../etc/passwd-and-more-characters', null])(
    'replaces a damaged id (%s)',
    (damaged) => {
      const store = memoryStore({ installationId: damaged });
      const id = installationIdFrom(store);
      expect(id).toMatch(/^[0-9a-f]{32}$/);
      expect(store.data.installationId).toBe(id);
    },
  );
});
