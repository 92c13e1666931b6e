/**
 * `/sites` (API key only; paged with `page`, 1-based, and `sites-in-page`, up to 1,000) and
 * `/sites/{id}` (details with peak power, installation date, zone and location).
 */
import { Hono } from 'hono';
import { apiKeyOnly, withSite, type ApiEnv } from './access';
import type { SolarEdgeContext } from './context';
import { jsonResponse } from '../enphase/http';
import { badRequest, problemResponse } from './problems';
import { siteView } from './views';

/** The largest page the API serves. */
export const MAX_SITES_IN_PAGE = 1_000;
/** The page size when none is asked for. */
export const DEFAULT_SITES_IN_PAGE = 100;

/** Site list and details routes (mounted under the API gate). */
export function siteRoutes(context: SolarEdgeContext): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();
  const { fleet, dialect } = context;

  routes.get('/sites', (c) => {
    const refused = apiKeyOnly(c);
    if (refused) return refused;
    const page = Number(c.req.query('page') ?? '1');
    const size = Number(c.req.query('sites-in-page') ?? String(DEFAULT_SITES_IN_PAGE));
    if (!(Number.isInteger(page) && page >= 1)) {
      return problemResponse(badRequest('page must be a whole number from 1.'), c.req.path);
    }
    if (!(Number.isInteger(size) && size >= 1 && size <= MAX_SITES_IN_PAGE)) {
      return problemResponse(badRequest('sites-in-page must be 1 to 1000.'), c.req.path);
    }
    const served = Math.min(size, dialect.sitesPageCap);
    const caller = c.get('caller');
    const all = caller.kind === 'key' ? caller.account.sites : [];
    const items = all
      .slice((page - 1) * served, page * served)
      .map((spec) => siteView(fleet, fleet.require(spec.siteId), dialect));
    if (dialect.sitesList === 'v1') {
      return jsonResponse(200, { sites: { count: all.length, site: items } });
    }
    return jsonResponse(200, { page, sitesInPage: served, totalCount: all.length, sites: items });
  });

  routes.get(
    '/sites/:id',
    withSite(context, (model) => jsonResponse(200, siteView(fleet, model, dialect))),
  );
  return routes;
}
