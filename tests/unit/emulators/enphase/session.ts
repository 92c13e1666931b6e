/**
 * Helpers for the emulator's own tests: start one at a fixed instant, sign in through the real
 * login form over HTTP, and call the token endpoint and the API the way a client would.
 */
import {
  EmulatorClock,
  startEnphaseEmulator,
  type EnphaseEmulator,
  type EnphaseEmulatorOptions,
  type TokenResponse,
} from '../../../emulators/enphase';

/** 2025-11-20 18:00 UTC (10:00 in US/Pacific): after both 2025 DST changes, within 2 years. */
export const NOW = Date.UTC(2025, 10, 20, 18, 0, 0) / 1000;

/** A registered redirect URI (any loopback port is registered by default). */
export const REDIRECT = 'http://127.0.0.1:45678/oauth/enphase/callback';

/** Starts an emulator whose clock stands at `at` (default {@link NOW}). */
export function startAt(
  at: number = NOW,
  options: Omit<EnphaseEmulatorOptions, 'clock'> = {},
): Promise<EnphaseEmulator> {
  return startEnphaseEmulator({ ...options, clock: new EmulatorClock(at) });
}

/** The password of a fixture account. */
export function passwordOf(emulator: EnphaseEmulator, login: string): string {
  const account = emulator.accounts.find((candidate) => candidate.login === login);
  if (!account) throw new Error(`No fixture account ${login}`);
  return account.password;
}

/** The authorize URL a client opens in the browser. */
export function authorizeUrl(
  emulator: EnphaseEmulator,
  params: Record<string, string> = {},
): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: emulator.app.clientId,
    redirect_uri: REDIRECT,
    state: 'state-123',
    ...params,
  });
  return `${emulator.url}/oauth/authorize?${query.toString()}`;
}

/** Posts the login form as a browser would (fields from the page plus what the user typed). */
export function postLoginForm(
  emulator: EnphaseEmulator,
  fields: Record<string, string>,
): Promise<Response> {
  const form = new URLSearchParams({
    response_type: 'code',
    client_id: emulator.app.clientId,
    redirect_uri: REDIRECT,
    state: 'state-123',
    action: 'signin',
    ...fields,
  });
  return fetch(`${emulator.url}/oauth/authorize`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
}

/** Signs in through the form and returns the code from the redirect. */
export async function authorizationCode(emulator: EnphaseEmulator, login: string): Promise<string> {
  const response = await postLoginForm(emulator, {
    email: login,
    password: passwordOf(emulator, login),
  });
  const location = response.headers.get('location');
  if (response.status !== 302 || !location) throw new Error(`Sign-in failed: ${response.status}`);
  const code = new URL(location).searchParams.get('code');
  if (!code) throw new Error('No code in the redirect');
  return code;
}

/** A token call with the parameters in the query string (Enphase's documented way). */
export async function tokenCall(
  emulator: EnphaseEmulator,
  params: Record<string, string>,
  authorization: string | null = basicAuth(emulator),
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(
    `${emulator.url}/oauth/token?${new URLSearchParams(params).toString()}`,
    { method: 'POST', headers: authorization ? { authorization } : {} },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** `Basic base64(client_id:client_secret)`. */
export function basicAuth(emulator: EnphaseEmulator): string {
  return `Basic ${btoa(`${emulator.app.clientId}:${emulator.app.clientSecret}`)}`;
}

/** Signs in and redeems the code: the token set a connected app holds. */
export async function connect(emulator: EnphaseEmulator, login: string): Promise<TokenResponse> {
  const code = await authorizationCode(emulator, login);
  const { status, body } = await tokenCall(emulator, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT,
  });
  if (status !== 200) throw new Error(`Token exchange failed: ${status}`);
  return body as unknown as TokenResponse;
}

/** An API answer. */
export interface ApiAnswer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read JSON fields freely
  body: any;
}

/** `GET /api/v4{path}` with the key in the query and the bearer token. */
export async function apiGet(
  emulator: EnphaseEmulator,
  accessToken: string,
  path: string,
  query: Record<string, string> = {},
): Promise<ApiAnswer> {
  const search = new URLSearchParams({ ...query, key: emulator.app.apiKey });
  const response = await fetch(`${emulator.url}/api/v4${path}?${search.toString()}`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text) };
}
