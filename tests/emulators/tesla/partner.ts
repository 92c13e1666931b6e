/**
 * Partner registration, once per region: `POST /api/1/partner_accounts {"domain"}` with a
 * partner token (client_credentials). Tesla fetches
 * `https://<domain>/.well-known/appspecific/com.tesla.3p.public-key.pem` and keeps the key only
 * if it is an EC P-256 public key; the domain must be the host of one of the application's
 * allowed origins. `GET /api/1/partner_accounts/public_key?domain=` reads the key back.
 */
import { createPublicKey } from 'node:crypto';
import { Hono } from 'hono';
import type { TeslaContext } from './context';
import { fleetError, fleetOk } from './errors';
import type { TokenHolder } from './grants';
import type { TeslaRegion } from './sites';

/** Where Tesla looks for a partner's public key on its domain. */
export const PUBLIC_KEY_PATH = '/.well-known/appspecific/com.tesla.3p.public-key.pem';

type Env = { Variables: { holder: TokenHolder; region: TeslaRegion } };

/** Mounted at `/:region/api/1/partner_accounts`. */
export function partnerRoutes(context: TeslaContext): Hono<Env> {
  const routes = new Hono<Env>();
  routes.post('/', async (c) => {
    if (c.get('holder').login !== null) return fleetError(403, 'a partner token is required');
    let domain: unknown;
    try {
      domain = ((await c.req.json()) as { domain?: unknown }).domain;
    } catch {
      return fleetError(400, 'the body must be JSON with a domain');
    }
    if (typeof domain !== 'string' || !/^[a-z0-9.-]{3,253}(:\d{1,5})?$/i.test(domain)) {
      return fleetError(400, 'invalid domain');
    }
    const allowed = context.app.allowedOrigins.some((origin) => new URL(origin).host === domain);
    if (!allowed) return fleetError(400, `${domain} is not an allowed origin of this application`);
    const pem = await fetchKey(context.publicKeyUrl(domain));
    if (pem === null)
      return fleetError(400, `Public key not found at ${context.publicKeyUrl(domain)}`);
    const hex = p256Hex(pem);
    if (hex === null) return fleetError(400, 'The public key is not an EC P-256 key');
    const region = c.get('region');
    context.partners.set(`${region}|${domain}`, { region, domain, publicKeyPem: pem });
    const now = new Date(context.clock.now() * 1000).toISOString();
    return fleetOk({
      account_id: `acct-${region.toLowerCase()}`,
      domain,
      name: 'Enalysis',
      client_id: context.app.clientId,
      public_key: hex,
      created_at: now,
      updated_at: now,
      enterprise_tier: 'free',
    });
  });
  routes.get('/public_key', (c) => {
    const domain = c.req.query('domain') ?? '';
    const found = context.partners.get(`${c.get('region')}|${domain}`);
    if (!found) return fleetError(404, 'not_found');
    return fleetOk({ public_key: p256Hex(found.publicKeyPem) });
  });
  return routes;
}

async function fetchKey(url: string): Promise<string | null> {
  try {
    const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(5_000) });
    if (!response.ok) return null;
    return (await response.text()).slice(0, 8_192);
  } catch {
    return null;
  }
}

/** The uncompressed point (hex) of an EC P-256 public key PEM, or null for anything else. */
function p256Hex(pem: string): string | null {
  try {
    const key = createPublicKey(pem);
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
      return null;
    }
    const der = key.export({ format: 'der', type: 'spki' });
    return der.subarray(der.length - 65).toString('hex');
  } catch {
    return null;
  }
}
