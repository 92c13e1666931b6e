/**
 * Opens one of the app's routes and returns once the app has rendered it. Going from one hash
 * to another is a same-document navigation: `page.goto` returns as the address changes, before
 * the page's `hashchange` listeners ran, so a selector both pages share (an `h1`) could still
 * find the previous page on a loaded machine. The renderer re-renders in its own `hashchange`
 * listener (registered at start-up, so it runs before ours, and React flushes that render before
 * the next listener), so ours firing means the new route is on screen.
 */
import type { Page } from 'playwright-core';

/** Navigates to `origin/route` and waits for the app's shell (or kiosk) to show that route. */
export async function gotoRoute(page: Page, origin: string, route: string): Promise<void> {
  const target = `${origin}/${route}`;
  const current = new URL(page.url());
  const next = new URL(target);
  const hashOnly =
    current.origin === next.origin &&
    current.pathname === next.pathname &&
    current.search === next.search &&
    current.hash !== next.hash;
  const changed = hashOnly
    ? await page.evaluateHandle(() => ({
        done: new Promise<void>((resolve) =>
          window.addEventListener('hashchange', () => resolve(), { once: true }),
        ),
      }))
    : null;
  await page.goto(target);
  if (changed) {
    await changed.evaluate(({ done }) => done);
    await changed.dispose();
  }
  await page.waitForSelector('.shell, [data-testid="kiosk"]', { timeout: 30_000 });
}
