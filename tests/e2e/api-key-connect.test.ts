/**
 * Connecting by API key on the Connections page, for a provider registered only in this test
 * (tests/harness/test-solar.ts): its card offers the key field it declares, a wrong key is
 * refused in the provider's words, the right one opens the site picker.
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
  // Test Solar borrows SolarEdge's id: the real SolarEdge descriptor steps aside.
  app = await launchApp({
    providers: [...PROVIDERS.filter((d) => d.id !== 'solaredge'), testSolarDescriptor(cloud.base)],
  });
  await app.goto('#/connections');
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await cloud?.close();
});

const card = () => app.page.locator('[data-testid="connect-panel"][data-provider="solaredge"]');

describe('a provider that connects by API key', () => {
  it('gets a card with a key field and no sign-in buttons', async () => {
    await card().waitFor();
    expect(await card().getByRole('heading').textContent()).toBe('Connect your Test Solar account');
    expect(await card().getByLabel('Test Solar API key').getAttribute('type')).toBe('password');
    expect(await card().getByTestId('connect-solaredge').count()).toBe(0);
    await app.page.screenshot({ path: join(shots, 'connections-key-light.png'), fullPage: true });
    await useColorScheme(app.page, 'dark');
    await app.page.screenshot({ path: join(shots, 'connections-key-dark.png'), fullPage: true });
    await useColorScheme(app.page, 'light');
  });

  it('refuses a wrong key in words, and stores nothing', async () => {
    await card().getByTestId('connect-solaredge-key-input').fill('not-the-key');
    await card().getByTestId('connect-solaredge-key').click();
    const notice = card().getByRole('alert');
    await expect.poll(() => notice.textContent()).toContain('Test Solar could not be connected');
    expect(await notice.textContent()).toContain('Test Solar did not accept this key.');
    // The field forgot what was typed.
    expect(await card().getByTestId('connect-solaredge-key-input').inputValue()).toBe('');
    expect(await app.core.connections.vault.records.all()).toEqual([]);
  });

  it('connects with the right key and offers the account’s sites', async () => {
    await card().getByTestId('connect-solaredge-key-input').fill(GOOD_KEY);
    await card().getByTestId('connect-solaredge-key').click();
    await app.page.getByTestId('system-picker').waitFor();
    const names = await app.page.getByTestId('system-picker').textContent();
    for (const site of sitesOfAccount) expect(names).toContain(site.name);
    const records = app.core.connections.vault.records.all();
    expect(records.map((r) => r.provider)).toEqual(['solaredge']);
    expect(JSON.stringify(records)).not.toContain(GOOD_KEY);
  });
});
