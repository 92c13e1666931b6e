// The production renderer (built, with its meta Content-Security-Policy) in real Chromium: every
// page and chart range renders without a single CSP violation, and the policy allows no inline
// styles (recharts and React set styles through the CSSOM, which style-src does not govern).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { launchApp, type AppHandle } from '../harness/launch';

const now = Math.floor(Date.parse('2026-06-17T14:00:00Z') / 1000);
let app: AppHandle;

async function violations(of: AppHandle = app): Promise<string[]> {
  return of.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** The built app with a recorder of every CSP violation the page reports. */
async function launchRecording(kiosk: boolean): Promise<AppHandle> {
  const launched = await launchApp({ clock: { now: () => now }, renderer: 'built', kiosk });
  await launched.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return launched;
}

beforeAll(async () => {
  app = await launchRecording(false);
}, 180_000);

afterAll(async () => {
  await app?.stop();
});

describe('Content-Security-Policy', () => {
  it('allows no inline styles or scripts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('the built page carries the policy and no page or chart range violates it', async () => {
    await app.goto('#/');
    await app.page.waitForSelector('[data-testid="site-row"]');
    // The 30-day fleet chart opens on request (the sites come first).
    await app.page.getByTestId('fleet-chart-toggle').click();
    await app.page.waitForSelector('[data-testid="fleet-chart"] svg');
    const siteId = await app.page
      .locator('[data-testid="site-row"]')
      .first()
      .getAttribute('data-site-id');
    await app.goto(`#/site/${siteId}`);
    await app.page.waitForSelector('[data-testid="site-chart"] svg');
    for (const range of ['day', 'week', 'month', 'year', 'lifetime']) {
      await app.page.click(`[data-testid="range-${range}"]`);
      await app.page.waitForSelector('[data-testid="site-chart"] svg');
      // Hovering shows the tooltip, which recharts positions with inline styles.
      const box = await app.page.locator('[data-testid="site-chart"] svg').first().boundingBox();
      if (box) await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    }
    for (const [route, shown] of [
      ['#/connections', 'h1'],
      ['#/settings', 'h1'],
      ['#/no-such-page', '[data-testid="empty-state"]'],
    ] as const) {
      await app.goto(route);
      await app.page.waitForSelector(shown);
    }
    expect(await violations()).toEqual([]);
    // The probe itself works: an inline <style> element is reported (and blocked).
    await app.page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
    });
    await expect.poll(violations).toEqual([expect.stringMatching(/^style-src-elem inline/)]);
    const meta = await app.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).toContain("style-src 'self'");
    expect(meta).not.toContain('unsafe-inline');
  }, 120_000);
});

describe('kiosk mode', () => {
  let kiosk: AppHandle;

  beforeAll(async () => {
    kiosk = await launchRecording(true);
    await kiosk.goto('#/');
  }, 180_000);

  afterAll(async () => {
    await kiosk?.stop();
  });

  it('the kiosk loop renders its charts without a CSP violation', async () => {
    await kiosk.page.waitForSelector('svg');
    expect(await violations(kiosk)).toEqual([]);
  });

  it('the running core refuses what would change settings or connections', async () => {
    for (const [channel, payload] of [
      ['settings.update', { demoMode: false }],
      ['connections.disconnect', { connectionId: 'enphase-1', keepData: false }],
    ] as const) {
      const result = await kiosk.core.dispatch(channel, payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await kiosk.core.dispatch('settings.get', {})).toMatchObject({ ok: true });
  });
});
