// A computer without a system keyring (Linux basic_text): the warning says what it means, and
// Settings offers not to keep sign-ins; the choice is saved.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppHandle } from '../harness/launch';
import { useColorScheme } from '../harness/color-scheme';

const shots = resolve('test-results/screenshots');
let app: AppHandle;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await launchApp({ noKeyring: true });
  await app.goto('#/settings');
  await app.page.waitForSelector('[data-testid="setting-remember-sign-ins"]');
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

describe('no system keyring', () => {
  it('warns in plain words and points to the choice', async () => {
    const warning = await app.page.getByTestId('keyring-warning').first().textContent();
    expect(warning).toContain('any program running as you can read');
    expect(warning).toContain('you then sign in again each time Enalysis starts');
  });

  it('"Keep sign-ins" is on by default; turning it off is saved', async () => {
    const toggle = app.page.getByTestId('setting-remember-sign-ins');
    expect(await toggle.isChecked()).toBe(true);
    await app.page.locator('label.switch', { has: toggle }).click();
    await expect
      .poll(() => app.core.dispatch('settings.get', {}))
      .toMatchObject({
        ok: true,
        value: { rememberSignIns: false },
      });
    await expect.poll(() => toggle.isChecked()).toBe(false);
    expect(await app.page.getByTestId('token-protection').textContent()).toBe(
      'No OS keyring found: sign-ins are kept in memory only, until Enalysis closes.',
    );
    await useColorScheme(app.page, 'light');
    await app.page.screenshot({ path: join(shots, 'settings-keyring-light.png'), fullPage: true });
    await useColorScheme(app.page, 'dark');
    expect(await toggle.isVisible()).toBe(true);
    await app.page.screenshot({ path: join(shots, 'settings-keyring-dark.png'), fullPage: true });
  });
});
