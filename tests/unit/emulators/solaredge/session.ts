/**
 * Shared steps of the SolarEdge emulator's tests, spoken over real HTTP: start at an instant,
 * sign an owner in on the consent page, call the token endpoint, call the API with a key or a
 * token.
 */
import { EmulatorClock } from '../../../emulators/enphase';
import {
  SE_CLIENT_ID,
  SE_CLIENT_SECRET,
  startSolarEdgeEmulator,
  type SolarEdgeEmulator,
  type SolarEdgeEmulatorOptions,
} from '../../../emulators/solaredge';

/** The day after Europe's autumn clock change (2026-10-25), at noon UTC. */
export const NOW = Date.parse('2026-10-26T12:00:00Z') / 1000;
/** The relay callback the tests use (registered with any loopback port). */
export const REDIRECT = 'http://127.0.0.1:4567/oauth/solaredge/callback';

/** Starts an emulator at `at` with generous credits unless the test says otherwise. */
export function startAt(
  at: number,
  options: SolarEdgeEmulatorOptions = {},
): Promise<SolarEdgeEmulator> {
  return startSolarEdgeEmulator({
    clock: new EmulatorClock(at),
    creditLimits: { perMinute: 100_000, perMonth: 1_000_000 },
    ...options,
  });
}

/** The consent URL with the usual parameters, overridable. */
export function authorizeUrl(se: SolarEdgeEmulator, params: Record<string, string> = {}): string {
  const url = new URL(se.authorizeUrl);
  const all = {
    response_type: 'code',
    client_id: SE_CLIENT_ID,
    redirect_uri: REDIRECT,
    state: 'state-123',
    scope: 'SITE_DATA DEVICE_DATA',
    ...params,
  };
  for (const [name, value] of Object.entries(all)) url.searchParams.set(name, value);
  return url.toString();
}

/** Posts the consent form as the browser would; returns the raw answer. */
export function postConsent(
  se: SolarEdgeEmulator,
  fields: Record<string, string>,
): Promise<Response> {
  const form = new URLSearchParams({
    response_type: 'code',
    client_id: SE_CLIENT_ID,
    redirect_uri: REDIRECT,
    state: 'state-123',
    scope: 'SITE_DATA DEVICE_DATA',
    access_duration: '24',
    action: 'signin',
    ...fields,
  });
  return fetch(`${se.url}/authorize`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
  });
}

/** Signs an owner in (choosing `siteId` when they own several) and returns the callback query. */
export async function consent(
  se: SolarEdgeEmulator,
  login: string,
  siteId?: number,
): Promise<URLSearchParams> {
  const owner = se.owners.find((candidate) => candidate.login === login)!;
  const response = await postConsent(se, {
    email: login,
    password: owner.password,
    ...(siteId !== undefined && { site_id: String(siteId) }),
  });
  const location = response.headers.get('location');
  if (response.status !== 302 || !location) throw new Error(`no redirect (${response.status})`);
  return new URL(location).searchParams;
}

/** POSTs the token (or revoke) endpoint with a form body and the client credentials. */
export async function tokenCall(
  se: SolarEdgeEmulator,
  params: Record<string, string>,
  path = '/v2/oauth2/token',
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${se.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: SE_CLIENT_ID,
      client_secret: SE_CLIENT_SECRET,
      ...params,
    }),
  });
  const text = await response.text();
  return {
    status: response.status,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

/** Signs an owner in and redeems the code: the grant's tokens. */
export async function connectOwner(
  se: SolarEdgeEmulator,
  login: string,
  siteId?: number,
): Promise<{ access: string; refresh: string; siteId: number }> {
  const query = await consent(se, login, siteId);
  const answer = await tokenCall(se, {
    grant_type: 'authorization_code',
    code: query.get('code')!,
    redirect_uri: REDIRECT,
  });
  if (answer.status !== 200) throw new Error(`token call failed (${answer.status})`);
  return {
    access: answer.json.access_token as string,
    refresh: answer.json.refresh_token as string,
    siteId: Number(query.get('site_id')),
  };
}

/** A credential for the API. */
export type Credential = { apiKey: string } | { token: string };

/** GETs an API path; the JSON (problem documents included) and the headers. */
export async function apiGet(
  se: SolarEdgeEmulator,
  path: string,
  credential: Credential,
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const headers: Record<string, string> =
    'apiKey' in credential
      ? { 'x-api-key': credential.apiKey }
      : { authorization: `Bearer ${credential.token}` };
  const response = await fetch(`${se.url}${path}`, { headers });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: JSON.parse(text) as Record<string, unknown>,
  };
}
