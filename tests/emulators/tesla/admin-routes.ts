/**
 * The Tesla admin actions over HTTP (JSON under `/__admin`), so an E2E test in another process
 * or a person with curl can drive the emulator; state, clock, faults and calls are the routes
 * every emulator shares.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { commonAdminRoutes, json } from '../enphase/admin-routes';
import type { EmulatorClock } from '../enphase/clock';
import { jsonResponse } from '../enphase/http';
import type { TeslaAdmin } from './admin';

const loginBody = z.object({ login: z.string().min(3).max(320) }).strict();
const billingBody = z
  .object({
    costPerRequestMicroUsd: z.number().int().min(0),
    monthlyCreditMicroUsd: z.number().int().min(0),
    limitMicroUsd: z.number().int().min(0),
    perMinute: z.number().int().min(1),
  })
  .partial()
  .strict();

/** Admin routes, mounted at `/__admin`. */
export function teslaAdminRoutes(admin: TeslaAdmin, clock: EmulatorClock): Hono {
  const routes = commonAdminRoutes(admin, clock, () => admin.state());
  const ok = () => jsonResponse(200, admin.state());
  routes.post('/owners/revoke', async (c) => {
    admin.revokeOwner(loginBody.parse(await json(c)).login);
    return ok();
  });
  routes.post('/billing', async (c) => {
    admin.setBilling(billingBody.parse(await json(c)));
    return ok();
  });
  routes.post('/billing/reset', () => {
    admin.resetBilling();
    return ok();
  });
  routes.get('/day-truth', (c) => {
    const siteId = Number(c.req.query('energy_site_id'));
    const date = c.req.query('date') ?? '';
    return jsonResponse(200, { energy_site_id: siteId, date, ...admin.dayTruth(siteId, date) });
  });
  routes.onError((error) =>
    jsonResponse(400, { error: error.name, message: error.message.slice(0, 500) }),
  );
  return routes;
}
