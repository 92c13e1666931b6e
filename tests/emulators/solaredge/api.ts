/**
 * The `/v2` surface: the gate every call passes (credential, then credits, then injected
 * faults; every authenticated answer carries the per-minute counters) and the routes behind it.
 * Any path outside `/v2` that V1 had answers 410.
 */
import { Hono } from 'hono';
import { faultGate } from '../enphase/http';
import type { ApiEnv, Caller } from './access';
import { equipmentRoutes } from './api-equipment';
import { seriesRoutes } from './api-series';
import { siteRoutes } from './api-sites';
import { oauthPayer, type SolarEdgeContext } from './context';
import { minuteLimit, monthLimit, problemResponse, unauthorized } from './problems';

/** The endpoint a `/v2` path names, for the credit table and the call log. */
export function endpointOf(path: string): string {
  const rest = path.replace(/^\/v2/, '');
  if (rest === '/sites') return 'sites';
  if (rest === '/alerts') return 'fleet-alerts';
  const match = /^\/sites\/[^/]+(?:\/([a-z-]+))?$/.exec(rest);
  if (match) return match[1] ?? 'site';
  return 'unknown';
}

/** The API routes, to be mounted at `/v2`. */
export function apiRoutes(context: SolarEdgeContext): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();
  routes.use('*', async (c, next) => {
    const caller = callerOf(context, c.req.header('x-api-key'), c.req.header('authorization'));
    if (!caller) return problemResponse(unauthorized, c.req.path);
    const payer = caller.kind === 'key' ? `key:${caller.account.apiKey}` : oauthPayer(context.app);
    const now = context.clock.now();
    const cost = context.creditCosts[endpointOf(c.req.path)] ?? 1;
    const refusal = context.credits.spend(payer, cost, now);
    const limit = String(context.credits.usage(payer, now).limits.perMinute);
    if (refusal) {
      const headers: Record<string, string> = {
        'x-ratelimit-limit-minute': limit,
        'x-ratelimit-remaining-minute': String(refusal.remainingMinute),
      };
      if (refusal.period === 'minute') headers['retry-after'] = String(refusal.retryAfterSeconds);
      return problemResponse(
        refusal.period === 'minute' ? minuteLimit : monthLimit,
        c.req.path,
        headers,
      );
    }
    const counters = (response: Response): Response => {
      response.headers.set('x-ratelimit-limit-minute', limit);
      response.headers.set(
        'x-ratelimit-remaining-minute',
        String(context.credits.usage(payer, now).remainingMinute),
      );
      return response;
    };
    const fault = await faultGate(context, c.req.path);
    if (fault) return counters(fault);
    c.set('caller', caller);
    await next();
    c.res = counters(new Response(c.res.body, c.res));
  });
  routes.route('/', siteRoutes(context));
  routes.route('/', seriesRoutes(context));
  routes.route('/', equipmentRoutes(context));
  return routes;
}

function callerOf(
  context: SolarEdgeContext,
  apiKey: string | undefined,
  authorization: string | undefined,
): Caller | null {
  if (apiKey !== undefined) {
    const account = context.revokedKeys.has(apiKey)
      ? undefined
      : context.fleet.accountOfKey(apiKey);
    return account ? { kind: 'key', account } : null;
  }
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  const grant = bearer ? context.grants.grantOfAccessToken(bearer[1]!) : null;
  return grant ? { kind: 'grant', ...grant } : null;
}
