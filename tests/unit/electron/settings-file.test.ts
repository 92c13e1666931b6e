// A settings.json that cannot be read is moved aside before the store opens it, with real files.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/ports';
import { recoverSettingsFile } from '../../../electron/settings-file';

let dir: string;
let file: string;
const now = Date.UTC(2026, 5, 11, 10, 15) / 1000;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'enalysis-settings-'));
  file = join(dir, 'settings.json');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const openConf = () => new Conf({ cwd: dir, configName: 'settings', projectName: 'enalysis' });

describe('recoverSettingsFile', () => {
  const damaged: Array<[string, string | Buffer]> = [
    ['truncated', '{"settings":{"theme":"dark"},"connections":[{"id":"enphase-1","prov'],
    ['empty', ''],
    ['NUL-filled', Buffer.alloc(4096)],
    ['a JSON list', '[1,2,3]'],
    ['a JSON string', '"settings"'],
    ['JSON null', 'null'],
    ['a JSON number', '42'],
  ];

  it.each(damaged)('moves a %s file aside and lets the store start empty', (_name, content) => {
    writeFileSync(file, content);
    // Without the recovery the store's constructor throws (or holds a non-object) at every launch.
    const recovery = recoverSettingsFile(file, now, silentLogger);
    expect(recovery?.movedTo).toBe(`${file}.corrupt-20260611T101500Z`);
    expect(readFileSync(recovery!.movedTo)).toEqual(Buffer.from(content));
    expect(existsSync(file)).toBe(false);
    expect(recovery?.message).toContain(recovery!.movedTo);
    expect(recovery?.message).toMatch(/sign in again/i);
    const store = openConf();
    expect(store.store).toEqual({});
    store.set('settings', { theme: 'light' });
    expect(openConf().get('settings')).toEqual({ theme: 'light' });
  });

  it('leaves a readable file alone', () => {
    writeFileSync(file, JSON.stringify({ settings: { theme: 'dark' }, connections: [] }));
    expect(recoverSettingsFile(file, now, silentLogger)).toBeNull();
    expect(openConf().get('settings')).toEqual({ theme: 'dark' });
  });

  it('does nothing when there is no file yet (first launch)', () => {
    expect(recoverSettingsFile(file, now, silentLogger)).toBeNull();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('never overwrites an earlier damaged copy', () => {
    writeFileSync(file, '');
    const first = recoverSettingsFile(file, now, silentLogger);
    writeFileSync(file, '{');
    const second = recoverSettingsFile(file, now, silentLogger);
    expect(second?.movedTo).not.toBe(first?.movedTo);
    expect(readFileSync(second!.movedTo, 'utf8')).toBe('{');
    expect(readFileSync(first!.movedTo, 'utf8')).toBe('');
  });

  it('shows what conf does with such a file when nobody moves it aside', () => {
    writeFileSync(file, '{"settings":');
    expect(() => openConf()).toThrow();
  });
});
