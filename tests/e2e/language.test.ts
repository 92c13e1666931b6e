// The language and formats follow the operating system (a German computer shows German words and
// German numbers), and Settings overrides them; <html lang> follows so screen readers read right.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppHandle } from '../harness/launch';

let app: AppHandle;

beforeAll(async () => {
  app = await launchApp({ systemLocale: { languages: ['de-DE', 'en-US'], formats: 'de-DE' } });
  await app.goto('#/');
  await app.page.waitForSelector('[data-testid="site-row"]');
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

const lang = () => app.page.evaluate(() => document.documentElement.lang);
const nav = () => app.page.getByRole('navigation').first().innerText();
const yieldCell = () => app.page.getByTestId('specific-yield').first().innerText();

describe('language and formats', () => {
  it('follow a German operating system: German words, decimal commas, lang="de"', async () => {
    expect(await lang()).toBe('de');
    expect(await nav()).toContain('Einstellungen');
    // Specific yield always has two decimals: "4,21" in German (the unit is in the header).
    expect(await yieldCell()).toMatch(/^\d+,\d{2}$/);
  });

  it('switch to English when Settings says so, with English formats', async () => {
    await app.goto('#/settings');
    await app.page.getByTestId('setting-language-en').click();
    await app.page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await nav()).toContain('Settings');
    expect(await app.page.getByRole('heading', { level: 1 }).innerText()).toBe('Settings');
    await app.goto('#/');
    await app.page.waitForSelector('[data-testid="site-row"]');
    expect(await yieldCell()).toMatch(/^\d+\.\d{2}$/);
  });

  it('follow the system again when Settings goes back to System', async () => {
    await app.goto('#/settings');
    await app.page.getByTestId('setting-language-system').click();
    await app.page.waitForFunction(() => document.documentElement.lang === 'de');
    expect(await app.page.getByRole('heading', { level: 1 }).innerText()).toBe('Einstellungen');
  });
});
