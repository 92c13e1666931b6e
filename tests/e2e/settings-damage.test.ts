// The app opened on a data folder whose settings.json is damaged: it starts (demo fleet, default
// settings), the file is kept beside as settings.json.corrupt-<time>, and a banner says so.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppHandle } from '../harness/launch';
import { useColorScheme } from '../harness/color-scheme';

const shots = resolve('test-results/screenshots');
let app: AppHandle;
let dataDir: string;
const damaged = '{"settings":{"theme":"da';

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), 'enalysis-damaged-'));
  writeFileSync(join(dataDir, 'settings.json'), damaged);
  app = await launchApp({ dataDir });
  await app.goto('#/');
  await app.page.waitForSelector('[data-testid="site-row"]');
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

describe('a truncated settings.json', () => {
  it('does not stop the app: the damaged file is kept aside, untouched', () => {
    const kept = readdirSync(dataDir).filter((name) => name.startsWith('settings.json.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dataDir, kept[0]!), 'utf8')).toBe(damaged);
  });

  it('tells the user in a banner, naming where the damaged file is', async () => {
    const banner = app.page.getByTestId('settings-notice');
    await expect(banner.textContent()).resolves.toMatch(
      /could not read its settings file and started with default settings; the damaged file was kept at .*settings\.json\.corrupt-/,
    );
    await app.page.screenshot({ path: join(shots, 'settings-damaged-light.png') });
    await useColorScheme(app.page, 'dark');
    expect(await banner.isVisible()).toBe(true);
    await app.page.screenshot({ path: join(shots, 'settings-damaged-dark.png') });
  });

  it('says it in German when the app is German, with the same path', async () => {
    await useColorScheme(app.page, 'light');
    await app.core.dispatch('settings.update', { language: 'de' });
    await app.page.waitForFunction(() => document.documentElement.lang === 'de');
    const banner = app.page.getByTestId('settings-notice');
    await expect
      .poll(() => banner.textContent())
      .toMatch(
        /konnte seine Einstellungsdatei nicht lesen und hat mit den Standardeinstellungen begonnen; die beschädigte Datei liegt unter .*settings\.json\.corrupt-/,
      );
    expect(await banner.textContent()).not.toMatch(/could not read/);
    await app.page.screenshot({ path: join(shots, 'settings-damaged-de-light.png') });
    await useColorScheme(app.page, 'dark');
    expect(await banner.isVisible()).toBe(true);
    await app.page.screenshot({ path: join(shots, 'settings-damaged-de-dark.png') });
  });
});
