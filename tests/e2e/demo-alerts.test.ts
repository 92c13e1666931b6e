/**
 * Alerts end to end on the demo fleet: the tripped demo inverter is an open alert on the Alerts
 * page with a badge in the sidebar, one notification and a fault in the tray; acknowledging it
 * clears the badge and the tray; the alert stays listed.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTime } from '../harness/date-fields';
import { launchApp, type AppHandle } from '../harness/launch';
import { useColorScheme } from '../harness/color-scheme';
import { inEnglish } from '../harness/words';

/** Midsummer afternoon in Berlin (the demo trip is in effect then). */
const now = Math.floor(Date.parse('2026-06-17T14:00:00Z') / 1000);
const shots = resolve('test-results/screenshots');
let app: AppHandle;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await launchApp({ clock: { now: () => now } });
  await app.goto('#/alerts');
  await app.page.waitForSelector('[data-testid="alert-row"]', { timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

describe('demo alerts', () => {
  it('lists the tripped inverter as an open device fault with a sidebar badge', async () => {
    const faulted = app.core.cache.listSites().filter((s) => s.status === 'fault');
    expect(faulted.length).toBeGreaterThan(0);
    const rows = app.page.locator('[data-testid="alert-row"][data-rule="device_fault"]');
    await expect.poll(() => rows.count()).toBe(faulted.length);
    expect(await rows.first().getAttribute('data-site')).toBe(faulted[0]!.id);
    // The alert starts when the inverter tripped (days ago), not when the app first looked.
    const tripped = faulted[0]!.statusSince!;
    expect(tripped).toBeLessThan(now - 86_400);
    const [fault] = app.core.cache.alerts
      .list({ open: true })
      .filter((a) => a.rule === 'device_fault' && a.siteId === faulted[0]!.id);
    expect(fault!.startAt).toBe(tripped);
    expect(await rows.first().locator('td').nth(2).innerText()).not.toMatch(/just now/);
    // The Where column cuts long names; the link says the whole name.
    expect(await rows.first().locator('td').nth(1).locator('a').getAttribute('title')).toBe(
      faulted[0]!.name,
    );
    await expect
      .poll(() => app.page.locator('[data-testid="alerts-badge"]').textContent())
      .toBe(String(app.core.watch.state().unseen));
  });

  it('notified once per fault, shows the fault in the tray, and a click opens the site', async () => {
    const faulted = app.core.cache.listSites().filter((s) => s.status === 'fault');
    const notes = app.desktop.notifier.sent.filter((n) => n.title === 'Device fault');
    expect(notes).toHaveLength(faulted.length);
    expect(notes[0]!.body).toBe(inEnglish(faulted[0]!.statusDetail));
    expect(app.desktop.tray.current).toBe('fault');
    app.desktop.notifier.click(app.desktop.notifier.sent.indexOf(notes[0]!));
    expect(app.desktop.windowShown).toBe(1);
    await expect
      .poll(() => app.page.evaluate(() => location.hash))
      .toBe(`#/site/${encodeURIComponent(faulted[0]!.id)}`);
    // The site page lists the site's own alerts.
    const card = app.page.locator('[data-testid="site-alerts"]');
    await expect
      .poll(() => card.locator('[data-testid="alert-row"][data-rule="device_fault"]').count())
      .toBe(1);
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, scheme);
      await card.screenshot({ path: join(shots, `site-alerts-${scheme}.png`) });
    }
    await useColorScheme(app.page, 'light');
    await app.goto('#/alerts');
    await app.page.waitForSelector('[data-testid="alert-row"]');
  });

  it('saves the alerts page in light and dark, each in its own colours', async () => {
    const backgrounds: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, scheme);
      await app.page.screenshot({ path: join(shots, `alerts-${scheme}.png`), fullPage: true });
      backgrounds.push(
        await app.page
          .locator('[data-testid="alerts-table"]')
          .evaluate((el) => getComputedStyle(el.closest('.card')!).backgroundColor),
      );
    }
    expect(backgrounds[0]).not.toBe(backgrounds[1]);
    await useColorScheme(app.page, 'light');
  });

  it('acknowledging every open alert clears the badge but keeps them listed', async () => {
    const buttons = app.page.getByRole('button', { name: 'Acknowledge' });
    // One click per alert, then wait for its button to go (the list reloads after the ack): a
    // second click on a button that vanishes mid-click would wait for it until the test times out.
    for (let open = await buttons.count(); open > 0; open = await buttons.count()) {
      await buttons.first().click();
      await expect.poll(() => buttons.count()).toBeLessThan(open);
    }
    await expect.poll(() => app.page.locator('[data-testid="alerts-badge"]').count()).toBe(0);
    expect(app.core.watch.state().state).toBe('fine');
    expect(app.desktop.tray.current).toBe('fine');
    expect(await app.page.locator('[data-testid="alert-row"]').count()).toBeGreaterThan(0);
  });

  it('the settings page sets start-at-login on the OS and quiet hours, in both themes', async () => {
    await app.goto('#/settings');
    expect(app.desktop.loginItem.openAtLogin).toBe(false);
    await app.page.locator('label:has([data-testid="setting-launchAtLogin"])').click();
    await expect.poll(() => app.desktop.loginItem.openAtLogin).toBe(true);
    await fillTime(app.page, 'setting-quietFrom', '22:00');
    await expect.poll(() => app.core.settings.get().quietFrom).toBe('22:00');
    const card = app.page.locator('section.card', { hasText: 'Alerts and tray' });
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, scheme);
      await card.screenshot({ path: join(shots, `settings-alerts-${scheme}.png`) });
    }
    await useColorScheme(app.page, 'light');
    expect(await card.getByRole('switch').count()).toBe(4);
  });

  it('the tray pauses refreshing (the status says Paused, not Offline) and resumes it', async () => {
    const state = app.page.locator('[data-testid="sync-state"]');
    expect(app.desktop.tray.pauseItem).toBe('Pause refreshing');
    app.desktop.tray.menu.togglePause();
    await expect.poll(() => state.textContent()).toBe('Paused');
    expect(app.desktop.tray.pauseItem).toBe('Resume refreshing');
    expect(app.core.scheduler.status()).toMatchObject({ online: true, paused: true });
    expect(await app.page.getByTestId('refresh-now').count()).toBe(0);
    app.desktop.tray.menu.togglePause();
    await expect.poll(() => state.textContent()).not.toBe('Paused');
    expect(app.desktop.tray.pauseItem).toBe('Pause refreshing');
    expect(app.core.scheduler.status().paused).toBe(false);
  });

  it('a pause outlives a restart, and the status area resumes it without the tray', async () => {
    app.desktop.tray.menu.togglePause();
    await expect.poll(() => app.core.settings.get().refreshPaused).toBe(true);
    const dataDir = app.dataDir;
    const lastRunAt = app.core.scheduler.status().lastRunAt;
    expect(lastRunAt).not.toBeNull();
    await app.stop();
    app = await launchApp({ clock: { now: () => now }, dataDir });
    await app.goto('#/');
    const state = app.page.locator('[data-testid="sync-state"]');
    await expect.poll(() => state.textContent()).toBe('Paused');
    expect(app.core.scheduler.status().paused).toBe(true);
    expect(app.desktop.tray.pauseItem).toBe('Resume refreshing');
    // The last refresh before the restart is still the last refresh, not "never".
    const last = app.page.getByTestId('sync-last-run');
    await expect.poll(() => last.getAttribute('data-value')).toBe(String(lastRunAt));
    expect(await last.textContent()).toBe('Last update just now');
    const resume = app.page.getByTestId('resume-refresh');
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(app.page, scheme);
      await app.page
        .getByTestId('sync-status')
        .screenshot({ path: join(shots, `paused-${scheme}.png`) });
    }
    await resume.click();
    await expect.poll(() => state.textContent()).not.toBe('Paused');
    expect(app.core.settings.get().refreshPaused).toBe(false);
    expect(app.core.scheduler.status().paused).toBe(false);
    expect(app.desktop.tray.pauseItem).toBe('Pause refreshing');
    await expect.poll(() => app.page.getByTestId('refresh-now').isEnabled()).toBe(true);
  });
});
