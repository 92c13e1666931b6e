import { createHash } from 'node:crypto';
import { MemoryLogger } from '../../../harness/memory-logger';
import { describe, expect, it, vi } from 'vitest';
import { UnavailableError } from '../../../../electron/errors';
import { DeepLinkInbox, handleDeepLink } from '../../../../electron/oauth/deep-link';
import {
  OAuthCallbackError,
  OAuthCancelledError,
  OAuthDeniedError,
  OAuthProviderError,
  OAuthStateError,
  OAuthTimeoutError,
  OAuthWindowError,
  TokenResponseError,
} from '../../../../electron/oauth/errors';
import { OAuthFlow, type OAuthFlowOptions } from '../../../../electron/oauth/flow';
import { OAuthStateStore, STATE_TTL_SECONDS } from '../../../../electron/oauth/state';
import type { TokenSet } from '../../../../electron/oauth/token-set';
import { silentLogger, type AuthWindowPort } from '../../../../electron/ports';
import { deferred, ManualClock, tokenSet } from '../vault/fixtures';
import { said } from '../../../harness/said';

const relayUrl = 'https://relay.enalysis.test';
const redirectUri = `${relayUrl}/oauth/enphase/callback`;

/** A popup the test answers by hand. */
class FakePopup implements AuthWindowPort {
  readonly opened: { url: string; redirectUri: string; timeoutMs: number }[] = [];
  private answer = deferred<string | null>();
  open(
    url: string,
    redirect: string,
    { timeoutMs }: { timeoutMs: number },
  ): Promise<string | null> {
    this.opened.push({ url, redirectUri: redirect, timeoutMs });
    return this.answer.promise;
  }
  /** The state of the last authorize URL. */
  get state(): string {
    return new URL(this.opened.at(-1)!.url).searchParams.get('state')!;
  }
  landOn(query: string): void {
    this.answer.resolve(`${redirectUri}?${query}`);
  }
  close(): void {
    this.answer.resolve(null);
  }
  fail(error: unknown): void {
    this.answer.reject(error);
  }
}

function setup(overrides: Partial<OAuthFlowOptions> = {}) {
  const clock = new ManualClock();
  const popup = new FakePopup();
  const states = new OAuthStateStore(clock);
  const exchanged: { code: string; redirectUri: string }[] = [];
  let answer: () => Promise<TokenSet> = async () => tokenSet();
  const opened: string[] = [];
  const inbox = new DeepLinkInbox();
  const flow = new OAuthFlow({
    provider: 'enphase',
    providerName: 'Enphase',
    authBase: 'https://api.enphaseenergy.com',
    clientId: 'client-1',
    relayUrl,
    exchange: {
      exchangeCode: (code, redirect) => {
        exchanged.push({ code, redirectUri: redirect });
        return answer();
      },
    },
    authWindow: popup,
    externalBrowser: { openExternal: async (url) => void opened.push(url) },
    clock,
    log: silentLogger,
    states,
    deepLinks: inbox,
    ...overrides,
  });
  const flush = () => new Promise((resolve) => setImmediate(resolve));
  return {
    clock,
    popup,
    states,
    flow,
    exchanged,
    opened,
    inbox,
    flush,
    answerWith: (fn: () => Promise<TokenSet>) => {
      answer = fn;
    },
  };
}

describe('OAuthFlow, popup', () => {
  it('opens the authorize URL with a fresh state and the relay callback, and exchanges the code', async () => {
    const { flow, popup, exchanged, states, flush } = setup();
    const signingIn = flow.signIn('popup');
    await flush();
    const url = new URL(popup.opened[0]!.url);
    expect(url.origin + url.pathname).toBe('https://api.enphaseenergy.com/oauth/authorize');
    expect(url.searchParams.get('client_id')).toBe('client-1');
    expect(url.searchParams.get('redirect_uri')).toBe(redirectUri);
    expect(popup.state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(popup.opened[0]).toMatchObject({ redirectUri, timeoutMs: 10 * 60 * 1000 });

    popup.landOn(`code=abc&state=${popup.state}`);
    const tokens = await signingIn;
    expect(tokens.accountId).toBe('2310001');
    expect(exchanged).toEqual([{ code: 'abc', redirectUri }]);
    expect(states.size).toBe(0);
  });

  it('closing the window cancels calmly, without calling the relay', async () => {
    const { flow, popup, exchanged, flush } = setup();
    const signingIn = flow.signIn('popup');
    await flush();
    popup.close();
    await expect(signingIn).rejects.toBeInstanceOf(OAuthCancelledError);
    expect(exchanged).toEqual([]);
  });

  it('a refusal in Enphase says so in one sentence', async () => {
    const { flow, popup, flush } = setup();
    const signingIn = flow.signIn('popup');
    await flush();
    popup.landOn(`error=access_denied&error_description=User+denied+access&state=${popup.state}`);
    const error = await signingIn.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthDeniedError);
    expect((error as Error).message).toBe('You declined access in Enphase; nothing was connected.');
  });

  it("another OAuth error is told in the app's words: the provider's text goes only to the log", async () => {
    const log = new MemoryLogger();
    const { flow, popup, flush } = setup({ log });
    const signingIn = flow.signIn('popup');
    await flush();
    popup.landOn(`error=temporarily_unavailable_eyJhbGciOi.leak&state=${popup.state}`);
    const error = await signingIn.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthProviderError);
    expect((error as Error).message).toBe(
      'Enphase could not complete the sign-in; nothing was connected. Try again.',
    );
    expect(log.text()).toContain('temporarily_unavailable');
  });

  it.each([
    ['another OAuth error', (s: string) => `error=server_error&state=${s}`, OAuthProviderError],
    ['a foreign state', () => 'code=abc&state=someone-elses-state', OAuthStateError],
    ['no state at all', () => 'code=abc', OAuthCallbackError],
    ['an error without state', () => 'error=access_denied', OAuthStateError],
  ])('%s is refused without an exchange', async (_label, query, type) => {
    const { flow, popup, exchanged, flush } = setup();
    const signingIn = flow.signIn('popup');
    await flush();
    popup.landOn(query(popup.state));
    await expect(signingIn).rejects.toBeInstanceOf(type);
    expect(exchanged).toEqual([]);
  });

  it('refuses tokens when the state expired while the relay was slow', async () => {
    const { flow, popup, clock, answerWith, flush } = setup();
    const relay = deferred<TokenSet>();
    answerWith(() => relay.promise);
    const signingIn = flow.signIn('popup');
    await flush();
    popup.landOn(`code=abc&state=${popup.state}`);
    await flush();
    clock.advance(STATE_TTL_SECONDS);
    relay.resolve(tokenSet());
    await expect(signingIn).rejects.toBeInstanceOf(OAuthStateError);
  });

  it('refuses tokens when the sign-in was cancelled while the relay was slow', async () => {
    const { flow, popup, answerWith, flush } = setup();
    const relay = deferred<TokenSet>();
    answerWith(() => relay.promise);
    const signingIn = flow.signIn('popup');
    await flush();
    popup.landOn(`code=abc&state=${popup.state}`);
    await flush();
    flow.cancel();
    relay.resolve(tokenSet());
    await expect(signingIn).rejects.toBeInstanceOf(OAuthStateError);
  });

  it('refuses a token answer that does not say whose account it is', async () => {
    const { flow, popup, answerWith, flush } = setup();
    answerWith(async () => ({ ...tokenSet(), accountId: null }));
    const signingIn = flow.signIn('popup');
    await flush();
    popup.landOn(`code=abc&state=${popup.state}`);
    await expect(signingIn).rejects.toBeInstanceOf(TokenResponseError);
  });

  it('passes the relay failure through unchanged', async () => {
    const { flow, popup, answerWith, flush } = setup();
    const failure = new UnavailableError(said('relay says no'));
    answerWith(async () => Promise.reject(failure));
    const signingIn = flow.signIn('popup');
    await flush();
    popup.landOn(`code=abc&state=${popup.state}`);
    await expect(signingIn).rejects.toBe(failure);
  });

  it('a window that times out says how long it waited', async () => {
    const { flow, popup, flush } = setup();
    const signingIn = flow.signIn('popup');
    await flush();
    popup.fail(new OAuthTimeoutError(10 * 60 * 1000));
    await expect(signingIn).rejects.toThrow(
      'The sign-in did not finish within 10 minutes; nothing was connected. Try again.',
    );
  });

  it('a window that never answers is given up after the deadline', async () => {
    const { flow } = setup({ timeoutMs: 20 });
    await expect(flow.signIn('popup')).rejects.toBeInstanceOf(OAuthTimeoutError);
  });

  it('a window that breaks becomes a plain "could not be opened"', async () => {
    const { flow, popup, flush } = setup();
    const signingIn = flow.signIn('popup');
    await flush();
    popup.fail(new Error('GPU process crashed'));
    await expect(signingIn).rejects.toBeInstanceOf(OAuthWindowError);
  });

  it('each attempt gets its own state', async () => {
    const { flow, popup, flush } = setup();
    void flow.signIn('popup').catch(() => {});
    await flush();
    const first = popup.state;
    void flow.signIn('popup').catch(() => {});
    await flush();
    expect(popup.state).not.toBe(first);
  });
});

describe('OAuthFlow, system browser', () => {
  it('opens the same authorize URL in the browser and completes from the deep link', async () => {
    const { flow, opened, exchanged, flush } = setup();
    const signingIn = flow.signIn('browser');
    await flush();
    expect(opened).toHaveLength(1);
    const state = new URL(opened[0]!).searchParams.get('state')!;
    expect(
      flow.handleDeepLink(
        `enalysis://oauth/callback?provider=enphase&code=c9&state=${encodeURIComponent(state)}`,
      ),
    ).toBe(true);
    await expect(signingIn).resolves.toMatchObject({ accountId: '2310001' });
    expect(exchanged).toEqual([{ code: 'c9', redirectUri }]);
  });

  /** A flow whose exchange records the verifier it was given (undefined: none). */
  function recordingVerifiers() {
    const seen: (string | undefined)[] = [];
    const exchange = {
      exchangeCode: async (_code: string, _redirect: string, verifier?: string) => {
        seen.push(verifier);
        return tokenSet();
      },
    };
    return { seen, ...setup({ exchange }) };
  }

  it('binds the code to this app: the state carries only the SHA-256 of a verifier the exchange then shows', async () => {
    const { seen, flow, opened, flush } = recordingVerifiers();
    const signingIn = flow.signIn('browser');
    await flush();
    const state = new URL(opened[0]!).searchParams.get('state')!;
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);
    flow.handleDeepLink(
      `enalysis://oauth/callback?provider=enphase&code=s1.sealed&state=${encodeURIComponent(state)}`,
    );
    await signingIn;
    const verifier = seen[0]!;
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(state.endsWith(`.${createHash('sha256').update(verifier).digest('base64url')}`)).toBe(
      true,
    );
    expect(state).not.toContain(verifier);
  });

  it('the popup sends a plain state and no verifier (its code never leaves the popup)', async () => {
    const { seen, flow, popup, flush } = recordingVerifiers();
    const signingIn = flow.signIn('popup');
    await flush();
    expect(popup.state).not.toContain('.');
    popup.landOn(`code=abc&state=${popup.state}`);
    await signingIn;
    expect(seen).toEqual([undefined]);
  });

  it('ignores links with an unknown state, for another provider, or malformed, and keeps waiting', async () => {
    const { flow, opened, flush } = setup();
    const signingIn = flow.signIn('browser');
    await flush();
    const state = new URL(opened[0]!).searchParams.get('state')!;
    expect(
      flow.handleDeepLink('enalysis://oauth/callback?provider=enphase&code=c&state=forged'),
    ).toBe(false);
    expect(
      flow.handleDeepLink(`enalysis://oauth/callback?provider=tesla&code=c&state=${state}`),
    ).toBe(false);
    expect(flow.handleDeepLink(`enalysis://oauth/callback?provider=enphase&state=${state}`)).toBe(
      false,
    );
    expect(flow.handleDeepLink('enalysis://somewhere-else')).toBe(false);
    expect(
      flow.handleDeepLink(`enalysis://oauth/callback?provider=enphase&code=ok&state=${state}`),
    ).toBe(true);
    await expect(signingIn).resolves.toBeTruthy();
    // The same link again finds no sign-in waiting: single use.
    expect(
      flow.handleDeepLink(`enalysis://oauth/callback?provider=enphase&code=ok&state=${state}`),
    ).toBe(false);
  });

  it('a refusal in the browser arrives as the same calm sentence', async () => {
    const { flow, opened, flush } = setup();
    const signingIn = flow.signIn('browser');
    await flush();
    const state = new URL(opened[0]!).searchParams.get('state')!;
    flow.handleDeepLink(
      `enalysis://oauth/callback?provider=enphase&error=access_denied&state=${state}`,
    );
    await expect(signingIn).rejects.toBeInstanceOf(OAuthDeniedError);
  });

  it('starting another browser sign-in cancels the first', async () => {
    const { flow, flush } = setup();
    const first = flow.signIn('browser');
    await flush();
    void flow.signIn('browser').catch(() => {});
    await expect(first).rejects.toBeInstanceOf(OAuthCancelledError);
  });

  it('gives up after the deadline when no link arrives', async () => {
    const { flow } = setup({ timeoutMs: 20 });
    await expect(flow.signIn('browser')).rejects.toBeInstanceOf(OAuthTimeoutError);
  });

  it('says plainly when no browser port exists', async () => {
    const { flow } = setup({ externalBrowser: undefined });
    await expect(flow.signIn('browser')).rejects.toBeInstanceOf(UnavailableError);
  });

  it('a browser that cannot be opened fails the sign-in', async () => {
    const { flow } = setup({
      externalBrowser: { openExternal: async () => Promise.reject(new Error('no browser')) },
    });
    await expect(flow.signIn('browser')).rejects.toBeInstanceOf(OAuthWindowError);
  });

  it("main's handleDeepLink reaches a flow on the app-wide inbox", async () => {
    const opened: string[] = [];
    const exchange = vi.fn(async () => tokenSet());
    const flow = new OAuthFlow({
      provider: 'enphase',
      providerName: 'Enphase',
      authBase: 'https://api.enphaseenergy.com',
      clientId: 'c',
      relayUrl,
      exchange: { exchangeCode: exchange },
      authWindow: new FakePopup(),
      externalBrowser: { openExternal: async (url) => void opened.push(url) },
      clock: new ManualClock(),
      log: silentLogger,
    });
    const signingIn = flow.signIn('browser');
    await new Promise((resolve) => setImmediate(resolve));
    const state = new URL(opened[0]!).searchParams.get('state')!;
    expect(
      handleDeepLink(new URL(`enalysis://oauth/callback?provider=enphase&code=x&state=${state}`)),
    ).toBe(true);
    await expect(signingIn).resolves.toBeTruthy();
    expect(handleDeepLink('enalysis://oauth/callback?provider=enphase&code=x&state=late')).toBe(
      false,
    );
  });
});
