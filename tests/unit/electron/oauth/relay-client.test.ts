import { describe, expect, it } from 'vitest';
import {
  InvalidGrantError,
  RelayRejectedError,
  RelayUnreachableError,
  TokenResponseError,
} from '../../../../electron/oauth/errors';
import { RelayClient } from '../../../../electron/oauth/relay-client';

interface Sent {
  url: string;
  init: RequestInit;
}

function clientAnswering(status: number, body: unknown, sent: Sent[] = []): RelayClient {
  const fakeFetch = (async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  }) as unknown as typeof fetch;
  return new RelayClient({
    relayUrl: 'https://relay.test/',
    provider: 'enphase',
    providerName: 'Enphase',
    fetch: fakeFetch,
  });
}

const tokens = { access_token: 'at', refresh_token: 'rt', expires_in: 86393, enl_uid: '42' };

describe('RelayClient', () => {
  it('posts {code, redirect_uri} as JSON to /oauth/enphase/token and refuses to follow redirects', async () => {
    const sent: Sent[] = [];
    const result = await clientAnswering(200, tokens, sent).exchangeCode(
      'the-code',
      'https://relay.test/oauth/enphase/callback',
    );
    expect(result).toMatchObject({ accessToken: 'at', refreshToken: 'rt', accountId: '42' });
    expect(sent[0]?.url).toBe('https://relay.test/oauth/enphase/token');
    expect(sent[0]?.init.method).toBe('POST');
    expect(sent[0]?.init.redirect).toBe('error');
    expect(new Headers(sent[0]?.init.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual({
      code: 'the-code',
      redirect_uri: 'https://relay.test/oauth/enphase/callback',
    });
  });

  it('posts {refresh_token} to /oauth/enphase/refresh', async () => {
    const sent: Sent[] = [];
    await clientAnswering(200, tokens, sent).refresh('old-rt');
    expect(sent[0]?.url).toBe('https://relay.test/oauth/enphase/refresh');
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual({ refresh_token: 'old-rt' });
  });

  it.each([
    ['invalid_grant', 400, InvalidGrantError],
    ['login_required', 401, InvalidGrantError],
  ])('%s means the grant is gone', async (error, status, type) => {
    const failure = await clientAnswering(status, { error, error_description: 'x' })
      .refresh('rt')
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(type);
    expect((failure as InvalidGrantError).oauthError).toBe(error);
  });

  it.each([
    ['rate_limited', 429, true, 'busy'],
    ['upstream_unreachable', 502, true, 'did not answer'],
    ['upstream_timeout', 504, true, 'did not answer'],
    ['provider_disabled', 404, false, 'does not offer Enphase'],
    ['invalid_client', 401, false, 'contact support'],
    ['invalid_redirect_uri', 400, false, 'callback address'],
    ['something_new', 400, false, 'refused the request (something_new)'],
    ['<script>', 400, false, 'refused the request (http_400)'],
  ])(
    '%s (HTTP %i) → a named error, retryable %s, saying "%s"',
    async (error, status, retryable, words) => {
      const failure = await clientAnswering(status, { error })
        .refresh('rt')
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(RelayRejectedError);
      expect(failure).not.toBeInstanceOf(InvalidGrantError);
      expect((failure as RelayRejectedError).retryable).toBe(retryable);
      expect((failure as Error).message).toContain(words);
    },
  );

  it('a 500 with an HTML body is a retryable relay failure', async () => {
    const failure = await clientAnswering(500, '<html>oops</html>')
      .refresh('rt')
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RelayRejectedError);
    expect((failure as RelayRejectedError).retryable).toBe(true);
  });

  it('a 200 that is not a token set is refused, not stored', async () => {
    const failure = await clientAnswering(200, { access_token: 'only' })
      .refresh('rt')
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TokenResponseError);
  });

  it('a network failure says the sign-in service could not be reached', async () => {
    const client = new RelayClient({
      relayUrl: 'https://relay.test',
      provider: 'enphase',
      providerName: 'Enphase',
      fetch: (async () => {
        throw new TypeError('fetch failed');
      }) as unknown as typeof fetch,
    });
    const failure = await client.exchangeCode('c', 'r').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RelayUnreachableError);
    expect((failure as Error).message).toMatch(
      /^The Enalysis sign-in service could not be reached/,
    );
  });

  it('gives up after its deadline', async () => {
    const client = new RelayClient({
      relayUrl: 'https://relay.test',
      provider: 'enphase',
      providerName: 'Enphase',
      timeoutMs: 30,
      fetch: ((_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        })) as unknown as typeof fetch,
    });
    await expect(client.refresh('rt')).rejects.toBeInstanceOf(RelayUnreachableError);
  });

  it('no error message repeats the code or refresh token it was given', async () => {
    const secret = 'rt-SECRET-value';
    const failure = await clientAnswering(400, {
      error: 'invalid_grant',
      error_description: `bad ${secret}`,
    })
      .refresh(secret)
      .catch((e: unknown) => e);
    expect(String((failure as Error).message)).not.toContain(secret);
  });
});
