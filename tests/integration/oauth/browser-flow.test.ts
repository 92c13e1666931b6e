// The system-browser sign-in (RFC 8252) over real HTTP: the authorize URL opens in "the user's
// browser" (a Playwright page here), the owner signs in, the relay's real callback page offers
// the enalysis:// link, and the OS hands that link to main, which calls handleDeepLink.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_C } from '../../emulators/enphase';
import { passwordOf, signInOnPage, startOAuthRig, type OAuthRig } from './rig';

let rig: OAuthRig;
const browserPages: Page[] = [];
const opened: string[] = [];

beforeAll(async () => {
  rig = await startOAuthRig({
    externalBrowser: ({ browser }) => ({
      async openExternal(url) {
        opened.push(url);
        const context = await browser.newContext();
        const page = await context.newPage();
        browserPages.push(page);
        await page.goto(url);
      },
    }),
  });
});

afterAll(async () => {
  await Promise.all(
    browserPages.map((page) =>
      page
        .context()
        .close()
        .catch(() => {}),
    ),
  );
  await rig?.stop();
});

/** What the OS does when the relay page opens the app's link: main receives the URL. */
async function deepLinkShownBy(page: Page): Promise<string> {
  // The page tries to open the link itself, which Chromium cannot finish: wait for the commit only.
  await page.waitForURL(/\/oauth\/enphase\/callback/, { waitUntil: 'commit' });
  const href = await page.locator('#open').getAttribute('href');
  if (!href) throw new Error('the relay page offered no link');
  return href;
}

describe('signing in through the system browser', () => {
  it('connects the account once main hands over the deep link', async () => {
    const answer = rig.ask('connections.connect', { provider: 'enphase', method: 'browser' });
    await expect.poll(() => browserPages.length, { timeout: 15_000 }).toBe(1);
    const page = browserPages[0]!;
    await signInOnPage(page, ACCOUNT_C, passwordOf(ACCOUNT_C));
    const link = await deepLinkShownBy(page);
    expect(link).toMatch(/^enalysis:\/\/oauth\/callback\?provider=enphase&code=/);

    // A forged link first: ignored, the sign-in keeps waiting.
    expect(
      rig.deepLinks.deliver('enalysis://oauth/callback?provider=enphase&code=x&state=forged'),
    ).toBe(false);
    expect(rig.deepLinks.deliver(link)).toBe(true);
    const { connection, systems, reconnected } = await answer;
    expect(reconnected).toBe(false);
    expect(connection.accountLabel).toBe('Enphase owner 2310003');
    // Account C has 12 systems: more than one page of the list.
    expect(systems).toHaveLength(12);
    expect(opened[0]).toContain(`${rig.emulator.url}/oauth/authorize?response_type=code`);

    // The same link again (a second click on "Open Enalysis") does nothing.
    expect(rig.deepLinks.deliver(link)).toBe(false);
  });
});
