/**
 * The admin actions over HTTP (JSON under `/__admin`), so an E2E test in another process or a
 * person with curl can drive the emulator. Loopback only, like the emulator itself.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { commonAdminRoutes, json } from '../enphase/admin-routes';
import type { EmulatorClock } from '../enphase/clock';
import { jsonResponse } from '../enphase/http';
import type { Payer, SolarEdgeAdmin } from './admin';

const ownerBody = z
  .object({ login: z.string().min(3).max(320), siteId: z.number().int().optional() })
  .strict();
const keyBody = z.object({ apiKey: z.string().min(1).max(200) }).strict();
const payerField = z.union([
  z.literal('oauth'),
  z.object({ apiKey: z.string().min(1).max(200) }).strict(),
]);
const limitsBody = z
  .object({
    perMinute: z.number().int().min(1),
    perMonth: z.number().int().min(1),
    payer: payerField.optional(),
  })
  .strict();
const exhaustBody = z.object({ payer: payerField }).strict();
const alertBody = z
  .object({
    siteId: z.number().int(),
    type: z.string().min(1).max(100),
    severity: z.string().min(1).max(20),
    serialNumber: z.string().max(100).nullable(),
    description: z.string().max(500),
  })
  .strict();
const alertIdBody = z.object({ alertId: z.number().int() }).strict();
const delayBody = z.object({ seconds: z.number().int().min(0).max(86_400) }).strict();

/** Admin routes, to be mounted at `/__admin`. */
export function solarEdgeAdminRoutes(admin: SolarEdgeAdmin, clock: EmulatorClock): Hono {
  const routes = commonAdminRoutes(admin, clock, () => admin.state());
  const ok = () => jsonResponse(200, admin.state());

  routes.post('/owners/revoke', async (c) => {
    const body = ownerBody.parse(await json(c));
    admin.revokeOwner(body.login, body.siteId);
    return ok();
  });
  routes.post('/keys/revoke', async (c) => {
    admin.revokeKey(keyBody.parse(await json(c)).apiKey);
    return ok();
  });
  routes.post('/credits/limits', async (c) => {
    const { payer, ...limits } = limitsBody.parse(await json(c));
    admin.setCreditLimits(limits, payer as Payer | undefined);
    return ok();
  });
  routes.post('/credits/exhaust-month', async (c) => {
    admin.exhaustMonth(exhaustBody.parse(await json(c)).payer as Payer);
    return ok();
  });
  routes.post('/credits/reset', () => {
    admin.resetCredits();
    return ok();
  });
  routes.post('/alerts/open', async (c) => {
    const alertId = admin.openAlert(alertBody.parse(await json(c)));
    return jsonResponse(200, { alertId });
  });
  routes.post('/alerts/close', async (c) => {
    admin.closeAlert(alertIdBody.parse(await json(c)).alertId);
    return ok();
  });
  routes.post('/data-delay', async (c) => {
    admin.setDataDelay(delayBody.parse(await json(c)).seconds);
    return ok();
  });
  routes.get('/day-wh', (c) => {
    const siteId = Number(c.req.query('site_id'));
    const date = c.req.query('date') ?? '';
    return jsonResponse(200, { site_id: siteId, date, wh: admin.dayWh(siteId, date) });
  });
  routes.onError((error) =>
    jsonResponse(400, { error: error.name, message: error.message.slice(0, 500) }),
  );
  return routes;
}
