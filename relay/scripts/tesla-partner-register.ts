/**
 * Registers the platform as a Tesla Fleet API partner in each region, once per deployment:
 * for every regional base, a partner token from a `client_credentials` grant (audience = that
 * base), then `POST /api/1/partner_accounts {"domain"}` (Tesla fetches the relay's public key
 * from `https://<domain>/.well-known/appspecific/com.tesla.3p.public-key.pem` during the call),
 * then `GET /api/1/partner_accounts/public_key` to read back what Tesla stored. Prints no token
 * or secret. Run: `npx tsx relay/scripts/tesla-partner-register.ts` with TESLA_CLIENT_ID,
 * TESLA_CLIENT_SECRET, TESLA_PARTNER_DOMAIN (the relay's host) and optionally TESLA_AUTH_BASE and
 * TESLA_REGION_BASES (comma-separated; default North America and Europe).
 */

/** What a registration needs. */
export interface PartnerRegistration {
  clientId: string;
  clientSecret: string;
  /** The relay's host, e.g. `relay.enalysis.app` (an allowed origin of the application). */
  domain: string;
  /** Base of the token endpoint (`/oauth2/v3/token`). */
  authBase: string;
  /** Regional Fleet API bases to register in. */
  regionBases: readonly string[];
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** One region's outcome. */
export type RegionOutcome =
  | { base: string; ok: true; publicKeyHex: string }
  | {
      base: string;
      ok: false;
      step: 'token' | 'register' | 'verify';
      status: number;
      error: string;
    };

/** Raised when the configuration cannot start a registration. */
export class PartnerSetupError extends Error {
  override name = 'PartnerSetupError';
}

/** The production token host and the regional bases the app uses by default. */
export const TESLA_DEFAULTS = {
  authBase: 'https://fleet-auth.prd.vn.cloud.tesla.com',
  regionBases: [
    'https://fleet-api.prd.na.vn.cloud.tesla.com',
    'https://fleet-api.prd.eu.vn.cloud.tesla.com',
  ],
} as const;

/** Registers in every region in turn; one region failing does not stop the others. */
export async function registerTeslaPartner(options: PartnerRegistration): Promise<RegionOutcome[]> {
  if (!/^[a-z0-9.-]+(:\d{1,5})?$/i.test(options.domain)) {
    throw new PartnerSetupError(
      'TESLA_PARTNER_DOMAIN must be a bare host name such as relay.example.com',
    );
  }
  const outcomes: RegionOutcome[] = [];
  for (const base of options.regionBases)
    outcomes.push(await registerIn(options, base.replace(/\/+$/, '')));
  return outcomes;
}

async function registerIn(options: PartnerRegistration, base: string): Promise<RegionOutcome> {
  const call = (url: string, init: RequestInit) =>
    (options.fetch ?? fetch)(url, {
      ...init,
      redirect: 'error',
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  const token = await call(`${options.authBase.replace(/\/+$/, '')}/oauth2/v3/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: options.clientId,
      client_secret: options.clientSecret,
      scope: 'openid energy_device_data',
      audience: base,
    }),
  });
  const tokenBody = await bodyOf(token);
  if (!token.ok || typeof tokenBody.access_token !== 'string') {
    return failure(base, 'token', token.status, tokenBody);
  }
  const auth = { authorization: `Bearer ${tokenBody.access_token}` };
  const register = await call(`${base}/api/1/partner_accounts`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ domain: options.domain }),
  });
  const registered = await bodyOf(register);
  if (!register.ok) return failure(base, 'register', register.status, registered);
  const verify = await call(
    `${base}/api/1/partner_accounts/public_key?domain=${encodeURIComponent(options.domain)}`,
    { headers: auth },
  );
  const verified = await bodyOf(verify);
  const key = (verified.response as { public_key?: unknown } | null | undefined)?.public_key;
  if (!verify.ok || typeof key !== 'string')
    return failure(base, 'verify', verify.status, verified);
  return { base, ok: true, publicKeyHex: key };
}

async function bodyOf(response: Response): Promise<Record<string, unknown>> {
  try {
    const parsed = (await response.json()) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function failure(
  base: string,
  step: 'token' | 'register' | 'verify',
  status: number,
  body: Record<string, unknown>,
): RegionOutcome {
  const said = [body.error, body.error_description].filter(
    (part) => typeof part === 'string' && part,
  );
  const error = (said.join(': ') || `HTTP ${status}`)
    .replace(/[^\w .,:'()/<>@-]/g, '')
    .slice(0, 200);
  return { base, ok: false, step, status, error };
}

/** The registration described by the environment. */
export function registrationFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): PartnerRegistration {
  const missing = ['TESLA_CLIENT_ID', 'TESLA_CLIENT_SECRET', 'TESLA_PARTNER_DOMAIN'].filter(
    (name) => !env[name],
  );
  if (missing.length > 0) throw new PartnerSetupError(`Set ${missing.join(', ')}`);
  return {
    clientId: env.TESLA_CLIENT_ID!,
    clientSecret: env.TESLA_CLIENT_SECRET!,
    domain: env.TESLA_PARTNER_DOMAIN!,
    authBase: env.TESLA_AUTH_BASE ?? TESLA_DEFAULTS.authBase,
    regionBases: env.TESLA_REGION_BASES
      ? env.TESLA_REGION_BASES.split(',')
          .map((base) => base.trim())
          .filter(Boolean)
      : TESLA_DEFAULTS.regionBases,
  };
}

const invokedDirectly = process.argv[1]?.endsWith('tesla-partner-register.ts') ?? false;
if (invokedDirectly) {
  try {
    const outcomes = await registerTeslaPartner(registrationFromEnv(process.env));
    for (const outcome of outcomes) {
      console.info(
        outcome.ok
          ? `registered in ${outcome.base} (public key ${outcome.publicKeyHex.slice(0, 16)}…)`
          : `FAILED in ${outcome.base} at ${outcome.step} (HTTP ${outcome.status}): ${outcome.error}`,
      );
    }
    process.exitCode = outcomes.every((outcome) => outcome.ok) ? 0 : 1;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  }
}
