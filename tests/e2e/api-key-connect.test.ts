/**
 * Connecting by API key on the Connections page, for a provider registered only in this test
 * (tests/harness/test-solar.ts): its card offers the key field it declares, a wrong key is
 * refused in the provider's words, the right one opens the site picker. When the owner replaces
 * the key, the account's Reconnect asks for the new one and keeps the account and its sites.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../electron/providers/registry';
import { useColorScheme } from '../harness/color-scheme';
import { launchApp, type AppHandle } from '../harness/launch';
import {
  GOOD_KEY,
  sitesOfAccount,
  startTestSolarCloud,
  testSolarDescriptor,
  type TestSolarCloud,
} from '../harness/test-solar';

const shots = resolve('test-results/screenshots');
let cloud: TestSolarCloud;
let app: AppHandle;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  cloud = await startTestSolarCloud();
  app = await launchApp({
    providers: [...PROVIDERS, testSolarDescriptor(cloud.base)],
  });
  await app.goto('#/connections');
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await cloud?.close();
});

const card = () => app.page.locator('[data-testid="connect-panel"][data-provider="test-solar"]');

describe('a provider that connects by API key', () => {
  it('gets a card with a key field and no sign-in buttons', async () => {
    await card().waitFor();
    expect(await card().getByRole('heading').textContent()).toBe('Connect your Test Solar account');
    expect(await card().getByLabel('Test Solar API key').getAttribute('type')).toBe('password');
    expect(await card().getByTestId('connect-test-solar').count()).toBe(0);
    await app.page.screenshot({ path: join(shots, 'connections-key-light.png'), fullPage: true });
    await useColorScheme(app.page, 'dark');
    await app.page.screenshot({ path: join(shots, 'connections-key-dark.png'), fullPage: true });
    await useColorScheme(app.page, 'light');
  });

  it('refuses a wrong key in words, and stores nothing', async () => {
    await card().getByTestId('connect-test-solar-key-input').fill('not-the-key');
    await card().getByTestId('connect-test-solar-key').click();
    const notice = card().getByRole('alert');
    await expect.poll(() => notice.textContent()).toContain('Test Solar could not be connected');
    expect(await notice.textContent()).toContain('Test Solar did not accept this key.');
    // The field forgot what was typed.
    expect(await card().getByTestId('connect-test-solar-key-input').inputValue()).toBe('');
    expect(await app.core.connections.vault.records.all()).toEqual([]);
  });

  it('connects with the right key and offers the account’s sites', async () => {
    await card().getByTestId('connect-test-solar-key-input').fill(GOOD_KEY);
    await card().getByTestId('connect-test-solar-key').click();
    await app.page.getByTestId('system-picker').waitFor();
    const names = await app.page.getByTestId('system-picker').textContent();
    for (const site of sitesOfAccount) expect(names).toContain(site.name);
    const records = app.core.connections.vault.records.all();
    expect(records.map((r) => r.provider)).toEqual(['test-solar']);
    expect(JSON.stringify(records)).not.toContain(GOOD_KEY);
  });

  it('asks for a new key when the owner replaced it, and keeps the account and its sites', async () => {
    await app.page.getByTestId('system-option').first().waitFor();
    await app.page.getByTestId('select-all').click();
    await app.page.getByTestId('add-sites').click();
    const account = app.page.locator('[data-testid="connection-card"]');
    await expect.poll(() => account.getAttribute('data-state')).toBe('connected');
    await app.core.scheduler.refreshNow();
    const siteIds = sitesOfAccount.map((s) => `test-solar:${s.id}`);
    expect(siteIds.map((id) => app.core.cache.getSite(id)?.status)).toEqual(['normal', 'normal']);

    // The owner makes a new key: the saved one is refused at the next refresh.
    cloud.acceptedKey = 'tk_live_rotated_91b2';
    await app.core.scheduler.refreshNow();
    await expect.poll(() => account.getAttribute('data-state')).toBe('needs_reauth');
    expect(await account.getByTestId('connection-problem').textContent()).toContain(
      'no longer accepts the saved API key',
    );
    // In German, the problem is main's German sentence.
    await app.core.dispatch('settings.update', { language: 'de' });
    await expect
      .poll(() => account.getByTestId('connection-problem').textContent())
      .toContain('Test Solar akzeptiert den gespeicherten API-Schlüssel nicht mehr.');
    await app.page.screenshot({
      path: join(shots, 'connections-key-refused-de-light.png'),
      fullPage: true,
    });
    await useColorScheme(app.page, 'dark');
    await app.page.screenshot({
      path: join(shots, 'connections-key-refused-de-dark.png'),
      fullPage: true,
    });
    await useColorScheme(app.page, 'light');
    await app.core.dispatch('settings.update', { language: 'en' });
    await expect
      .poll(() => account.getByTestId('connection-problem').textContent())
      .toContain('no longer accepts the saved API key');
    // Named as its descriptor says, not by a table of known providers.
    expect(await account.getByTestId('connection-label').textContent()).toBe(
      'Test Solar owner owner-77',
    );
    const reconnect = account.getByTestId('reconnect');
    expect(await reconnect.textContent()).toBe('Reconnect with a new key');
    await reconnect.click();
    const field = account.getByLabel('New Test Solar API key');
    expect(await field.getAttribute('type')).toBe('password');
    await app.page.screenshot({
      path: join(shots, 'connections-reconnect-key-light.png'),
      fullPage: true,
    });
    await useColorScheme(app.page, 'dark');
    await app.page.screenshot({
      path: join(shots, 'connections-reconnect-key-dark.png'),
      fullPage: true,
    });
    await useColorScheme(app.page, 'light');

    // The old key again: refused in the provider's words; nothing changes.
    await field.fill(GOOD_KEY);
    await account.getByTestId('reconnect-key').click();
    const notice = card().getByRole('alert');
    await expect.poll(() => notice.textContent()).toContain('Test Solar did not accept this key.');
    expect(await account.getAttribute('data-state')).toBe('needs_reauth');

    // The new key: the same account is back, its sites already chosen and their data kept.
    await account.getByTestId('reconnect').click();
    await account.getByTestId('reconnect-key-input').fill('tk_live_rotated_91b2');
    await account.getByTestId('reconnect-key').click();
    await app.page.getByTestId('system-picker').waitFor();
    const options = app.page.getByTestId('system-option');
    expect(await options.count()).toBe(sitesOfAccount.length);
    await app.page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => account.getAttribute('data-state')).toBe('connected');
    expect(await app.page.locator('[data-testid="connection-card"]').count()).toBe(1);
    expect(app.core.connections.vault.records.all()).toHaveLength(1);
    await expect
      .poll(() => siteIds.map((id) => app.core.cache.getSite(id)?.status))
      .toEqual(['normal', 'normal']);
    expect(await account.getByTestId('connection-problem').count()).toBe(0);
  });
});
