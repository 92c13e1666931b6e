/**
 * The harness's AuthWindowPort: the popup sign-in as a Playwright page. Like the Electron popup,
 * every attempt gets a NEW incognito-like browser context (no cookie of one owner's login reaches
 * the next), navigation is limited to the provider's login origins, and the redirect to the
 * relay's callback is caught before it loads: each page load is fetched without following
 * redirects, so a `302 Location: {relay}/oauth/enphase/callback?code…` resolves the attempt and
 * the relay's page never runs here. Closing the page resolves null; the deadline rejects.
 * E2E and integration tests drive the page they get from {@link PlaywrightAuthWindow.nextPage}.
 */
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { OAuthTimeoutError } from '../../electron/oauth/errors';
import {
  httpOriginOf,
  isAllowedOrigin,
  isRedirectTarget,
} from '../../electron/oauth/redirect-match';
import type { AuthWindowPort } from '../../electron/ports';

/** Options for {@link PlaywrightAuthWindow}. */
export interface PlaywrightAuthWindowOptions {
  /** Login origins besides the authorize URL's own. */
  extraOrigins?: readonly string[];
}

/** Shown in place of the relay's page once the answer has been taken. */
const doneBody =
  '<!doctype html><meta charset="utf-8"><title>Signed in</title><p>You can close this window.</p>';

/** A Playwright-backed sign-in window. */
export class PlaywrightAuthWindow implements AuthWindowPort {
  /** The context of every attempt, in order (tests check each one is new). */
  readonly contexts: BrowserContext[] = [];
  /** Navigations the window refused (off the login origins). */
  readonly blocked: string[] = [];
  /** Callback URLs that were caught (and therefore never loaded). */
  readonly intercepted: string[] = [];
  private readonly unclaimed: Page[] = [];
  private readonly waiting: ((page: Page) => void)[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly options: PlaywrightAuthWindowOptions = {},
  ) {}

  /** The page of the next sign-in attempt (or one already open that no test has taken yet). */
  nextPage(): Promise<Page> {
    const ready = this.unclaimed.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async open(
    url: string,
    redirectUri: string,
    { timeoutMs }: { timeoutMs: number },
  ): Promise<string | null> {
    const authOrigin = httpOriginOf(url);
    if (!authOrigin) throw new Error('The sign-in address is not a web address.');
    const allowed = [authOrigin, ...(this.options.extraOrigins ?? [])];
    const context = await this.browser.newContext();
    this.contexts.push(context);

    let settled = false;
    let finish: (outcome: string | null | Error) => void = () => {};
    const outcome = new Promise<string | null>((resolve, reject) => {
      const timer = setTimeout(() => finish(new OAuthTimeoutError(timeoutMs)), timeoutMs);
      finish = (value) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        // Closing the context throws the whole login session away, cookies included; the
        // attempt ends once it is gone, as the Electron popup ends with its window.
        void context
          .close()
          .catch(() => {})
          .then(() => (value instanceof Error ? reject(value) : resolve(value)));
      };
    });

    await context.route('**/*', (route) => this.handle(route, redirectUri, allowed, finish));
    const page = await context.newPage();
    page.on('close', () => finish(null));
    this.offer(page);
    page.goto(url).catch(() => {
      // Cancelled loads (the intercepted redirect, a closed page) reject goto; the outcome says why.
    });
    return outcome;
  }

  /** Closes every context still open (end of a test). */
  async close(): Promise<void> {
    await Promise.all(this.contexts.map((context) => context.close().catch(() => {})));
  }

  private offer(page: Page): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter(page);
    else this.unclaimed.push(page);
  }

  private async handle(
    route: Route,
    redirectUri: string,
    allowed: readonly string[],
    finish: (outcome: string) => void,
  ): Promise<void> {
    const request = route.request();
    const target = request.url();
    if (isRedirectTarget(target, redirectUri)) {
      this.intercepted.push(target);
      finish(target);
      await route.abort('aborted').catch(() => {});
      return;
    }
    if (!request.isNavigationRequest()) {
      await route.continue().catch(() => {});
      return;
    }
    if (!isAllowedOrigin(target, allowed)) {
      this.blocked.push(target);
      await route.abort('blockedbyclient').catch(() => {});
      return;
    }
    // Playwright routes only the first request of a redirect chain: fetch each hop ourselves.
    let response;
    try {
      response = await route.fetch({ maxRedirects: 0 });
    } catch {
      await route.abort('failed').catch(() => {});
      return;
    }
    const location = response.headers()['location'];
    if (response.status() >= 300 && response.status() < 400 && location) {
      const next = new URL(location, target).toString();
      if (isRedirectTarget(next, redirectUri)) {
        this.intercepted.push(next);
        finish(next);
        await route
          .fulfill({ status: 200, contentType: 'text/html', body: doneBody })
          .catch(() => {});
        return;
      }
      if (!isAllowedOrigin(next, allowed)) {
        this.blocked.push(next);
        await route.abort('blockedbyclient').catch(() => {});
        return;
      }
    }
    await route.fulfill({ response }).catch(() => {});
  }
}
