import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../../../../electron/errors';
import { defaultSettings, SettingsService } from '../../../../electron/services/settings';
import { ConfStore } from '../../../harness/conf-store';
import { MemoryLogger } from '../../../harness/memory-logger';

function service() {
  const store = new ConfStore(mkdtempSync(join(tmpdir(), 'settings-')));
  return { store, settings: new SettingsService(store, new MemoryLogger()) };
}

describe('SettingsService', () => {
  it('starts from the defaults', () => {
    expect(service().settings.get()).toEqual(defaultSettings);
  });

  it('persists an update and tells listeners', () => {
    const { store, settings } = service();
    const seen: string[] = [];
    settings.onChange((s) => seen.push(s.theme));
    settings.update({ theme: 'dark' });
    expect(new SettingsService(store, new MemoryLogger()).get().theme).toBe('dark');
    expect(seen).toEqual(['dark']);
  });

  it('rejects an invalid value with a message naming the setting, and keeps the old value', () => {
    const { settings } = service();
    expect(() => settings.update({ refreshFloorMinutes: 0 })).toThrow(InvalidRequestError);
    expect(() => settings.update({ refreshFloorMinutes: 0 })).toThrow(/refreshFloorMinutes/);
    expect(settings.get().refreshFloorMinutes).toBe(15);
  });

  it('falls back to the defaults when the stored file was tampered with', () => {
    const { store, settings } = service();
    store.set('settings', { theme: 42 });
    expect(settings.get()).toEqual(defaultSettings);
  });
});
