/**
 * `/sites/{id}/devices` (a Site Access token needs the DEVICE_DATA scope), and the alerts:
 * `/sites/{id}/alerts` and the fleet's `/alerts`, both for an API key only.
 */
import { Hono } from 'hono';
import { jsonResponse } from '../enphase/http';
import { apiKeyOnly, withSite, type ApiEnv } from './access';
import type { SolarEdgeContext } from './context';
import { forbidden, problemResponse } from './problems';
import { devicesView, openedAlerts, siteAlerts } from './views';

/** Device and alert routes (mounted under the API gate). */
export function equipmentRoutes(context: SolarEdgeContext): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();
  const { fleet, dialect } = context;

  routes.get(
    '/sites/:id/devices',
    withSite(context, (model, c) => {
      const caller = c.get('caller');
      if (caller.kind === 'grant' && !caller.scope.split(' ').includes('DEVICE_DATA')) {
        return problemResponse(forbidden('This grant lacks the DEVICE_DATA scope.'), c.req.path);
      }
      return jsonResponse(200, devicesView(fleet, model, dialect));
    }),
  );

  routes.get(
    '/sites/:id/alerts',
    withSite(context, (model, c) => {
      const refused = apiKeyOnly(c);
      if (refused) return refused;
      return jsonResponse(200, {
        siteId: model.spec.siteId,
        alerts: [...siteAlerts(fleet, model, dialect), ...openedAlerts(context, model)],
      });
    }),
  );

  routes.get('/alerts', (c) => {
    const refused = apiKeyOnly(c);
    if (refused) return refused;
    const caller = c.get('caller');
    const sites = caller.kind === 'key' ? caller.account.sites : [];
    const alerts = sites.flatMap((spec) => {
      const model = fleet.require(spec.siteId);
      return [...siteAlerts(fleet, model, dialect), ...openedAlerts(context, model)];
    });
    return jsonResponse(200, { alerts });
  });
  return routes;
}
