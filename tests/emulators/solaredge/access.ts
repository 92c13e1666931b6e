/**
 * Who is calling and what they may read: a fleet key reads its account's sites (403 for another
 * account's, 404 for none), a Site Access token reads only its one site and never the fleet
 * endpoints (`/sites`, `/alerts`: API key only).
 */
import type { Context } from 'hono';
import type { SolarEdgeContext } from './context';
import type { SiteModel } from './production';
import { forbidden, problemResponse, siteNotFound, type Problem } from './problems';
import type { FleetAccountSpec } from './sites';

/** The caller behind a request, set by the API gate. */
export type Caller =
  | { kind: 'key'; account: FleetAccountSpec }
  | { kind: 'grant'; login: string; siteId: number; scope: string };

/** Route variables set by the API gate. */
export type ApiEnv = { Variables: { caller: Caller } };

/** The site named in the path if the caller may read it, else the problem to answer with. */
export function readableSite(
  context: SolarEdgeContext,
  caller: Caller,
  rawId: string,
): SiteModel | Problem {
  const model = /^\d{1,12}$/.test(rawId) ? context.fleet.model(Number(rawId)) : undefined;
  if (!model) return siteNotFound(rawId);
  const siteId = model.spec.siteId;
  const allowed =
    caller.kind === 'key'
      ? caller.account.sites.some((site) => site.siteId === siteId)
      : caller.siteId === siteId;
  return allowed ? model : forbidden('This credential has no access to that site.');
}

/** A handler for `/sites/:id/...` that only runs for a site the caller may read. */
export function withSite(
  context: SolarEdgeContext,
  handler: (model: SiteModel, c: Context<ApiEnv>) => Response,
): (c: Context<ApiEnv>) => Response {
  return (c) => {
    const site = readableSite(context, c.get('caller'), c.req.param('id') ?? '');
    if ('status' in site) return problemResponse(site, c.req.path);
    return handler(site, c);
  };
}

/** Refuses Site Access tokens on the fleet endpoints, or null to go on. */
export function apiKeyOnly(c: Context<ApiEnv>): Response | null {
  if (c.get('caller').kind === 'key') return null;
  return problemResponse(
    forbidden('This endpoint accepts an API key only, not a Site Access token.'),
    c.req.path,
  );
}
