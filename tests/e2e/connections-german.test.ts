/**
 * Connections in German with real accounts (issue 12): a SolarEdge fleet key and a Tesla owner
 * connected against their emulators over loopback HTTP, on a German computer. Everything main
 * writes on the page (each provider's intro and quota sentence, each budget's plan and
 * explanation) reads German, with German numbers and Tesla's amounts still in US dollars; no
 * English sentence is left. Screenshots in both themes.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en as mainEnglish } from '../../electron/i18n/en';
import { FLEET_KEY } from '../emulators/solaredge';
import { NA_OWNER, PASSWORDS } from '../emulators/tesla';
import { useColorScheme } from '../harness/color-scheme';
import { launchApp, type AppHandle } from '../harness/launch';
import { startSolarEdgeWorld, type SolarEdgeWorld } from '../harness/solaredge-world';
import { startTeslaWorld, type TeslaWorld } from '../harness/tesla-world';

const shots = resolve('test-results/screenshots');
/** Late afternoon in Berlin, morning in Texas: the roofs of both fleets produce. */
const start = Math.floor(Date.parse('2026-09-16T15:00:00Z') / 1000);

let tesla: TeslaWorld;
let solarEdge: SolarEdgeWorld;
let app: AppHandle;

/**
 * English words of main's budget and provider sentences that German never uses: one of them in
 * the page's text is an English sentence left over.
 */
const englishWords = /\b(the|and|every|sites?|refreshed|credits?|month|sign in|your|about)\b/i;

const panel = (provider: string) =>
  app.page.locator(`[data-testid="connect-panel"][data-provider="${provider}"]`);
const budget = (provider: string) =>
  app.page.locator(`[data-testid="budget"][data-provider="${provider}"]`);

async function signInToTesla(): Promise<void> {
  const popup: Page = await app.authWindow.nextPage();
  await popup.fill('#email', NA_OWNER);
  await popup.fill('#password', PASSWORDS[NA_OWNER]!);
  await popup.click('#signin');
}

async function addAllSites(count: number): Promise<void> {
  await app.page.getByTestId('system-picker').waitFor();
  await expect.poll(() => app.page.getByTestId('system-option').count()).toBe(count);
  await app.page.getByTestId('select-all').click();
  await app.page.getByTestId('add-sites').click();
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  tesla = await startTeslaWorld();
  tesla.clock.set(start);
  solarEdge = await startSolarEdgeWorld({
    clock: tesla.clock,
    creditLimits: { perMinute: 100_000, perMonth: 1_000_000 },
  });
  app = await launchApp({
    // The key is checked against the SolarEdge emulator; sign-ins go through Tesla's relay.
    env: { ...solarEdge.env, ...tesla.env },
    clock: tesla.clock,
    systemLocale: { languages: ['de-DE'], formats: 'de-DE' },
  });
  // A paid SolarEdge plan: the clocks stand still here, so the free tier's 10 a minute never pass.
  await app.core.dispatch('settings.update', {
    solaredgeCreditsPerMonth: 100_000,
    solaredgeCreditsPerMinute: 100_000,
  });
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await solarEdge?.stop();
  await tesla?.stop();
});

describe('Connections in German', () => {
  it('introduces SolarEdge and Tesla and explains their quotas in German', async () => {
    await app.goto('#/connections');
    await panel('tesla').waitFor();
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('de');
    const intro = (provider: string) => panel(provider).locator('.connect-intro').innerText();
    expect(await intro('solaredge')).toMatch(/^Hausbesitzer: Melden Sie sich auf der Seite von/);
    expect(await intro('tesla')).toMatch(/^Melden Sie sich mit Ihrem eigenen Tesla-Konto an/);
    expect(await intro('enphase')).toMatch(/^Melden Sie sich mit Ihrem eigenen Enphase-Konto an/);
    const quotas = await app.page.getByTestId('quota-sentence').allInnerTexts();
    expect(quotas.join('\n')).toMatch(
      /Jeder SolarEdge-Aufruf kostet ein Guthaben des Tarifs Ihres Kontos: 100\.000 Guthaben pro Monat und 100\.000 pro Minute\./,
    );
    expect(quotas.join('\n')).toMatch(
      /Tesla berechnet jede Anfrage \(etwa 1\s\$ pro 500\) nach einem kostenlosen Guthaben von 10\s\$ pro Monat\./,
    );
    // SolarEdge's own menu path ("Admin → Site Access") is named as its portal names it.
    for (const text of [await intro('solaredge'), await intro('tesla'), ...quotas])
      expect(text.replace(/\([^)]*→[^)]*\)/, '')).not.toMatch(englishWords);
  });

  it('explains both budgets in German once accounts are connected', async () => {
    await panel('solaredge').getByTestId('connect-solaredge-key-input').fill(FLEET_KEY);
    await panel('solaredge').getByTestId('connect-solaredge-key').click();
    await addAllSites(5);
    await expect.poll(() => app.page.getByTestId('connection-card').count()).toBe(1);
    await panel('tesla').getByTestId('connect-tesla').click();
    await signInToTesla();
    await addAllSites(2);
    await expect.poll(() => app.page.getByTestId('connection-card').count()).toBe(2);
    await app.core.scheduler.refreshNow();

    const explanation = (provider: string) =>
      budget(provider).getByTestId('budget-explanation').innerText();
    await expect
      .poll(() => explanation('solaredge'), { timeout: 30_000 })
      .toMatch(
        /^5 SolarEdge-Anlagen mit 100\.000 Guthaben pro Monat: Aktualisierung (alle \d+ min|jede Minute) bei Tageslicht, ein Guthaben pro Anlage und Aktualisierung\.$/,
      );
    await expect
      .poll(() => explanation('tesla'), { timeout: 30_000 })
      .toMatch(
        /^2 Tesla-Anlagen: Aktualisierung alle \d+ min, etwa \d+,\d\d\s\$ von 10\s\$ in diesem Monat$/,
      );
    expect(await budget('tesla').innerText()).toContain(
      'Tarif nach Verbrauch, 10\u00a0$ pro Monat',
    );
    const texts = await app.page.getByTestId('budget-panel').innerText();
    expect(texts).not.toMatch(englishWords);
    // Nothing of main's English catalogue on the page (sentences, or their fixed parts).
    for (const sentence of Object.values(mainEnglish)) {
      for (const part of sentence.split(/\{[^{}]*\}|[{}#]/)) {
        if (part.trim().length >= 12) expect(texts).not.toContain(part.trim());
      }
    }

    for (const theme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, theme);
      await app.page.screenshot({
        path: join(shots, `connections-german-${theme}.png`),
        fullPage: true,
      });
      expect(await budget('tesla').isVisible()).toBe(true);
    }
    await useColorScheme(app.page, 'light');
  });

  it('switches the same sentences to English when Settings says so', async () => {
    await app.core.dispatch('settings.update', { language: 'en' });
    await app.page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect
      .poll(() => budget('tesla').getByTestId('budget-explanation').innerText(), {
        timeout: 30_000,
      })
      .toMatch(/^2 Tesla sites: refreshed every \d+ min, about \$\d+\.\d\d this month of \$10$/);
    expect(await panel('solaredge').locator('.connect-intro').innerText()).toMatch(/^Homeowners/);
  });
});
