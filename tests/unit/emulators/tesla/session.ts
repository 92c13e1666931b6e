/**
 * Helpers for tests that talk to the Tesla emulator over real HTTP: sign in on its page,
 * redeem the code with a regional audience, call a regional Fleet API base.
 */
import { EmulatorClock } from '../../../emulators/enphase/clock';
import {
  PASSWORDS,
  startTeslaEmulator,
  type TeslaEmulator,
  type TeslaEmulatorOptions,
  type TeslaRegion,
} from '../../../emulators/tesla';

/** 2026-10-24T10:00:00Z: Saturday before Europe's autumn clock change. */
export const NOW = 1_792_836_000;
/** The redirect URI tests use. */
export const REDIRECT = 'http://127.0.0.1:9/oauth/tesla/callback';

/** An emulator pinned at an instant. */
export function startAt(at: number, options: TeslaEmulatorOptions = {}): Promise<TeslaEmulator> {
  return startTeslaEmulator({ clock: new EmulatorClock(at), ...options });
}

/** Signs in on the page; returns the redirect's parameters. */
export async function signIn(
  tesla: TeslaEmulator,
  login: string,
  fields: Record<string, string> = {},
): Promise<URLSearchParams> {
  const response = await fetch(`${tesla.url}/oauth2/v3/authorize`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({
      response_type: 'code',
      client_id: tesla.app.clientId,
      redirect_uri: REDIRECT,
      scope: 'openid offline_access energy_device_data',
      state: 'state-1',
      email: login,
      password: PASSWORDS[login] ?? '',
      action: 'signin',
      ...fields,
    }),
  });
  if (response.status !== 302) throw new Error(`sign-in answered ${response.status}`);
  return new URL(response.headers.get('location')!).searchParams;
}

/** POSTs a form to the token endpoint. */
export async function tokenCall(
  tesla: TeslaEmulator,
  form: Record<string, string>,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${tesla.url}/oauth2/v3/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** Signs in and redeems the code for the owner's tokens with an audience (default: own region). */
export async function tokensFor(
  tesla: TeslaEmulator,
  login: string,
  audienceRegion?: TeslaRegion,
): Promise<{ access: string; refresh: string }> {
  const code = (await signIn(tesla, login)).get('code')!;
  const region = audienceRegion ?? (code.slice(0, 2) as TeslaRegion);
  const answer = await tokenCall(tesla, {
    grant_type: 'authorization_code',
    client_id: tesla.app.clientId,
    client_secret: tesla.app.clientSecret,
    code,
    redirect_uri: REDIRECT,
    audience: tesla.regionBase[region],
  });
  if (answer.status !== 200) throw new Error(`token call answered ${answer.status}`);
  return {
    access: answer.json.access_token as string,
    refresh: answer.json.refresh_token as string,
  };
}

/** GET on a region's Fleet API base. */
export async function fleetGet(
  tesla: TeslaEmulator,
  region: TeslaRegion,
  path: string,
  token: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${tesla.regionBase[region]}/api/1${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
